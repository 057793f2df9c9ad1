using System.Net;

using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>HTTP Tasks against an HttpMessageHandler: the request as Step Functions builds it, the result as it shapes it.</summary>
public class HttpTaskTests
{
    private static StateMachineRunner Http(string parameters, string extra = "") => StateMachineRunner.FromDefinition("""
        {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
          "Parameters": @PARAMETERS@, @EXTRA@ "End": true}, "Handled": {"Type": "Pass", "End": true}}}
        """.Replace("@PARAMETERS@", parameters).Replace("@EXTRA@", extra));

    [Fact]
    public async Task Query_parameters_are_encoded_by_ArrayFormat_and_the_task_result_has_the_response()
    {
        HttpRequestMessage? sent = null;
        var runner = Http("""
            {"ApiEndpoint": "https://api.example.com/items", "Method": "GET",
             "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Api/1"},
             "QueryParameters": {"tag": ["a b", "c"], "page": 2},
             "Transform": {"RequestEncodingOptions": {"ArrayFormat": "BRACKETS"}}}
            """).UseHttpHandler(request =>
            {
                sent = request;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"n": 1}""", System.Text.Encoding.UTF8, "application/json") };
            });

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal("?tag%5B%5D=a%20b&tag%5B%5D=c&page=2", sent!.RequestUri!.Query);
        Assert.Equal("bytes=0-262144", sent.Headers.GetValues("Range").Single());
        var output = result.Output!.AsObject();
        Assert.Equal(200, (int?)output["StatusCode"]);
        Assert.Equal("OK", (string?)output["StatusText"]);
        Assert.Equal(1, (int?)output["ResponseBody"]!["n"]);
        Assert.Equal("application/json; charset=utf-8", (string?)output["Headers"]!["Content-Type"]![0]);
    }

    [Fact]
    public async Task A_non_2xx_status_is_the_StatusCode_error_that_Retry_and_Catch_match()
    {
        int calls = 0;
        var runner = Http(
            """{"ApiEndpoint": "https://api.example.com/pay", "Method": "POST", "RequestBody": {"amount": 5}}""",
            """
            "Retry": [{"ErrorEquals": ["States.Http.StatusCode.503"], "MaxAttempts": 2}],
            "Catch": [{"ErrorEquals": ["States.Http.StatusCode.404"], "ResultPath": "$.error", "Next": "Handled"}],
            """).UseHttpHandler(_ => new HttpResponseMessage(++calls < 3 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NotFound));

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal(3, calls);
        Assert.Equal("States.Http.StatusCode.404", (string?)result.Output!["error"]!["Error"]);
        Assert.True(result.Entered("Handled"));
    }

    [Fact]
    public async Task A_forbidden_header_fails_the_task_with_States_Runtime()
    {
        var runner = Http("""{"ApiEndpoint": "https://api.example.com", "Method": "GET", "Headers": {"Authorization": "Bearer x"}}""")
            .UseHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("Authorization", result.Cause);
    }

    [Fact]
    public async Task Url_encoded_bodies_and_the_connection_body_parameters_merge_with_the_connection_winning()
    {
        string? body = null;
        var connection = HttpConnection.Basic("user", "pw");
        connection.BodyParameters["client"] = "from-connection";
        var runner = Http("""
            {"ApiEndpoint": "https://api.example.com/form", "Method": "POST",
             "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Api/1"},
             "Headers": {"content-type": "application/x-www-form-urlencoded"},
             "RequestBody": {"client": "from-task", "ids": [1, 2]},
             "Transform": {"RequestBodyEncoding": "URL_ENCODED"}}
            """)
            .UseConnection("arn:aws:events:us-east-1:123456789012:connection/Api/1", connection)
            .UseHttpHandler(request =>
            {
                body = request.Content!.ReadAsStringAsync().Result;
                Assert.Equal("Basic dXNlcjpwdw==", request.Headers.Authorization!.ToString());
                return new HttpResponseMessage(HttpStatusCode.OK);
            });

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("client=from-connection&ids%5B0%5D=1&ids%5B1%5D=2", body);
    }

    [Fact]
    public async Task An_HTTP_task_without_a_handler_names_what_to_add()
    {
        var runner = Http("""{"ApiEndpoint": "https://api.example.com", "Method": "GET"}""");

        var e = await Assert.ThrowsAsync<MockMissingException>(() => runner.RunAsync());

        Assert.Contains("'Call'", e.Message);
        Assert.Contains("UseHttpHandler", e.Message);
    }
}
