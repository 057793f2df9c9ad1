using System.Net;
using System.Text.Json.Nodes;

using StepGen.Samples;
using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>
/// The README's nightly pipeline (samples/QuickStart), every path through it: the happy path, a 503 from Lambda
/// retried with the sample's back-off, and a failure caught, reported through the HTTP task and ended by the Fail state.
/// The docs/testing.md example is the second test.
/// </summary>
public class NightlyPipelineTests
{
    private static StateMachineRunner Pipeline() => StateMachineRunner.For(typeof(NightlyDataPipeline), new Dictionary<string, string>
    {
        ["ExtractFunctionArn"] = "arn:aws:lambda:us-east-1:123456789012:function:extract",
        ["TransformFunctionArn"] = "arn:aws:lambda:us-east-1:123456789012:function:transform",
        ["LoadFunctionArn"] = "arn:aws:lambda:us-east-1:123456789012:function:load",
        ["SupportConnectionArn"] = "arn:aws:events:us-east-1:123456789012:connection/Support/1",
    });

    private static TaskOutcome Payload(string json) => TaskOutcome.Return($$"""{"StatusCode": 200, "Payload": {{json}}}""");

    [Fact]
    public async Task Each_step_hands_its_payload_to_the_next()
    {
        var runner = Pipeline()
            .MockState(NightlyDataPipeline.ExtractData.Name, _ => Payload("""{"rows": 3}"""))
            .MockState(NightlyDataPipeline.TransformData.Name, call => Payload("""{"rows": 3, "clean": true}"""))
            .MockState(NightlyDataPipeline.LoadData.Name, call => Payload("""{"loaded": 3}"""));

        ExecutionResult result = await runner.RunAsync("""{"date": "2026-12-01"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"loaded":3}""", result.OutputJson);
        Assert.Equal("""{"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:transform","Payload":{"rows":3}}""",
            result.History.Where(e => e.Type == "TaskScheduled").Select(e => (string?)e.Details!["parameters"]).ElementAt(1));
    }

    [Fact]
    public async Task A_503_from_Lambda_is_retried_with_the_samples_backoff_and_then_succeeds()
    {
        var runner = Pipeline()
            .MockState(NightlyDataPipeline.ExtractData.Name, call => call.Attempt < 2
                ? TaskOutcome.Throw("Lambda.ServiceException", "Service Unavailable (Service: Lambda, Status Code: 503)")
                : Payload("""{"rows": 3}"""))
            .MockState(NightlyDataPipeline.TransformData.Name, _ => Payload("{}"))
            .MockState(NightlyDataPipeline.LoadData.Name, _ => Payload("{}"));

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(3, result.State(NightlyDataPipeline.ExtractData.Name)[0].Attempts);
        Assert.Equal(TimeSpan.FromSeconds(2 + 4), result.Duration); // IntervalSeconds 2, BackoffRate 2
    }

    [Fact]
    public async Task A_failed_step_opens_a_support_ticket_and_ends_in_the_Fail_state()
    {
        JsonObject? ticket = null;
        var runner = Pipeline()
            .MockState(NightlyDataPipeline.ExtractData.Name, _ => Payload("""{"rows": 3}"""))
            .MockState(NightlyDataPipeline.TransformData.Name, _ => TaskOutcome.Throw("Transform.BadRow", "row 2 has no id"))
            .UseHttpHandler(request =>
            {
                ticket = JsonNode.Parse(request.Content!.ReadAsStringAsync().Result)!.AsObject();
                return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id": 99}""", System.Text.Encoding.UTF8, "application/json") };
            });

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("DataPipelineFailed", result.Error);
        Assert.True(result.Entered(NightlyDataPipeline.DataPipelineFailed.Name));
        Assert.Equal("The nightly pipeline failed: row 2 has no id", (string?)ticket!["description"]);
        Assert.False(result.Entered(NightlyDataPipeline.LoadData.Name));
    }
}
