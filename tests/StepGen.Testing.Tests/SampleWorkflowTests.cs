using System.Net;
using System.Text.Json.Nodes;

using StepGen.Samples;
using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>The README's order workflow (samples/QuickStart), run from its generated class.</summary>
public class SampleWorkflowTests
{
    private const string Connection = "arn:aws:events:us-east-1:123456789012:connection/Mailer/81210c42-8af1-456b-9c4a-6ff02fc664ac";

    private static readonly Dictionary<string, string> Substitutions = new()
    {
        ["ReserveStockFunctionArn"] = "arn:aws:lambda:us-east-1:123456789012:function:reserve-stock",
        ["SaveOrderFunctionArn"] = "arn:aws:lambda:us-east-1:123456789012:function:save-order",
        ["MailerConnectionArn"] = Connection,
    };

    private static StateMachineRunner Orders() => StateMachineRunner.For(typeof(OrderFulfillment), Substitutions);

    [Fact]
    public async Task An_order_with_nothing_to_pay_is_rejected_by_the_Fail_state()
    {
        ExecutionResult result = await Orders().RunAsync("""{"order": {"id": "o-9", "priority": "standard", "total": 0}}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("OrderRejected", result.Error);
        Assert.Equal("Order o-9 was rejected", result.Cause);
        Assert.Equal(new[] { "CheckOrder", "RejectOrder" }, result.History.Where(e => e.Type.EndsWith("StateEntered")).Select(e => e.StateName));
    }

    [Fact]
    public async Task A_failing_reservation_is_caught_and_routed_to_the_Fail_state()
    {
        var runner = Orders().MockState(OrderFulfillment.ReserveOneItem.ReserveStock.Name, _ => TaskOutcome.Throw("Lambda.ServiceException", "out of stock service"));

        ExecutionResult result = await runner.RunAsync(ExpressOrder);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("OrderRejected", result.Error);
        Assert.True(result.Entered(OrderFulfillment.RejectOrder.Name));
        Assert.Equal("Lambda.ServiceException", result.State(OrderFulfillment.ReserveItems.Name)[0].Error);
    }

    [Fact]
    public async Task A_throttled_reservation_is_retried_with_its_backoff_and_then_succeeds()
    {
        int calls = 0;
        var runner = Orders()
            .MockState(OrderFulfillment.ReserveOneItem.ReserveStock.Name, call =>
            {
                calls++;
                return call.Attempt == 0
                    ? TaskOutcome.Throw("Lambda.TooManyRequestsException", "Rate exceeded")
                    : TaskOutcome.Return("""{"StatusCode": 200, "Payload": {"reserved": true}}""");
            })
            .MockState(OrderFulfillment.RecordOrder.SaveOrder.Name, _ => TaskOutcome.Return("""{"Payload": {"saved": true}}"""))
            .UseHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });

        ExecutionResult result = await runner.RunAsync(ExpressOrder);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(4, calls); // two items, each failing once
        // Summarize is a JSONata Pass state: its Output reads $states.input, the Parallel's output.
        Assert.Equal("""{"orderId":"o-1","reserved":2}""", result.State(OrderFulfillment.Summarize.Name)[0].OutputJson);
        Assert.Equal("""{"orderId":"o-1","reserved":2}""", result.OutputJson);
    }

    [Fact]
    public async Task The_confirmation_mail_is_sent_as_Step_Functions_sends_it()
    {
        HttpRequestMessage? sent = null;
        string? body = null;
        var runner = Orders()
            .MockState(OrderFulfillment.ReserveOneItem.ReserveStock.Name, _ => TaskOutcome.Return("""{"Payload": {"reserved": true}}"""))
            .MockState(OrderFulfillment.RecordOrder.SaveOrder.Name, _ => TaskOutcome.Return("""{"Payload": {}}"""))
            .UseConnection(Connection, HttpConnection.ApiKey("x-api-key", "secret"))
            .UseHttpHandler(request =>
            {
                sent = request;
                body = request.Content!.ReadAsStringAsync().Result;
                return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("""{"queued": true}""", System.Text.Encoding.UTF8, "application/json") };
            });

        ExecutionResult result = await runner.RunAsync(ExpressOrder);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.NotNull(sent);
        Assert.Equal(HttpMethod.Post, sent!.Method);
        Assert.Equal("https://api.mailer.example.com/v3/send", sent.RequestUri!.ToString());
        Assert.Equal("secret", sent.Headers.GetValues("x-api-key").Single());
        Assert.Equal("Amazon|StepFunctions|HttpInvoke|us-east-1", string.Join(" ", sent.Headers.GetValues("User-Agent")));
        JsonObject json = JsonNode.Parse(body!)!.AsObject();
        Assert.Equal("ann@example.com", (string?)json["to"]);
        Assert.Equal("Order o-1 is on its way", (string?)json["subject"]);
        Assert.Equal(2, (int?)json["itemCount"]);
    }

    [Fact]
    public async Task The_output_reads_as_the_generated_ExecutionOutput_record()
    {
        Uri? called = null;
        var runner = StateMachineRunner.For(typeof(PlainGet)).UseHttpHandler(request =>
        {
            called = request.RequestUri;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"healthy": true}""", System.Text.Encoding.UTF8, "application/json") };
        });

        ExecutionResult result = await runner.RunAsync();
        PlainGet.ExecutionOutput? output = result.OutputAs(PlainGet.JsonContext.Default.ExecutionOutput);

        Assert.Equal("https://api.example.com/v1/status?verbose=true", called!.ToString());
        Assert.Equal(200, output!.StatusCode);
        Assert.Equal("OK", output.StatusText);
        Assert.True(output.ResponseBody!.Value.GetProperty("healthy").GetBoolean());
    }

    private const string ExpressOrder = """
        {"order": {"id": "o-1", "priority": "express", "total": 30, "customerEmail": "ann@example.com",
          "items": [{"sku": "a", "quantity": 1}, {"sku": "b", "quantity": 2}]}}
        """;
}
