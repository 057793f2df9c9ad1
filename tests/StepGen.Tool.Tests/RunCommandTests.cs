using System.Text.Json.Nodes;
using static StepGen.Tool.Tests.Stepgen;

namespace StepGen.Tool.Tests;

/// <summary>The <c>stepgen run</c> contract of API.md §4, through the tool's entry point.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stepgen-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Prints_status_output_error_cause_and_the_numbered_history()
    {
        string definition = Write("order.asl.json", """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2}], "OutputPath": "$.Payload", "End": true}}}
            """);
        string mocks = Write("mocks.json", """
            {"StateMachines": {"Orders": {"TestCases": {"Throttled": {"Charge": "ThrottledOnce"}}}},
             "MockedResponses": {"ThrottledOnce": {
               "0": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded"}},
               "1": {"Return": {"StatusCode": 200, "Payload": {"charged": 10}}}}}}
            """);
        string input = Write("input.json", """{"amount": 10}""");

        (int code, string stdout, string stderr) = await Run(
            "run", "--definition", definition, "--input", input, "--mocks", mocks, "--test-case", "Throttled",
            "--execution-name", "e1", "--start-time", "2030-01-01T00:00:00Z");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        JsonObject result = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal(new[] { "status", "output", "error", "cause", "history" }, result.Select(p => p.Key));
        Assert.Equal("SUCCEEDED", (string?)result["status"]);
        Assert.Equal(10, (int?)result["output"]!["charged"]);
        Assert.Null(result["error"]);
        JsonArray history = result["history"]!.AsArray();
        Assert.Equal("ExecutionStarted", (string?)history[0]!["type"]);
        Assert.Equal(1, (int?)history[0]!["id"]);
        Assert.Equal(0, (int?)history[0]!["previousEventId"]);
        Assert.Equal("2030-01-01T00:00:00.000Z", (string?)history[0]!["timestamp"]);
        Assert.Contains(history, e => (string?)e!["type"] == "TaskFailed");
        Assert.Equal("2030-01-01T00:00:02.000Z", (string?)history[^1]!["timestamp"]);
        // The machine takes the name of the mock file's only entry.
        Assert.Equal("arn:aws:iam::123456789012:role/Orders-role", (string?)history[0]!["executionStartedEventDetails"]!["roleArn"]);
    }

    [Fact]
    public async Task Runs_a_JSONata_definition_with_its_mocks_and_the_virtual_clock()
    {
        string definition = Write("greet.asl.json", """
            {"QueryLanguage": "JSONata", "StartAt": "Lookup", "States": {
              "Lookup": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Arguments": {"FunctionName": "lookup", "Payload": {"id": "{% $states.input.id %}"}},
                "Assign": {"name": "{% $states.result.Payload.name %}"}, "Output": "{% $states.input %}", "Next": "Pause"},
              "Pause": {"Type": "Wait", "Seconds": "{% $states.input.delay %}", "Next": "Greet"},
              "Greet": {"Type": "Pass", "Output": {"greeting": "{% 'Hello ' & $name %}", "at": "{% $now() %}"}, "End": true}}}
            """);
        string mocks = Write("mocks.json", """
            {"StateMachines": {"Greet": {"TestCases": {"Ann": {"Lookup": "Ann"}}}},
             "MockedResponses": {"Ann": {"0": {"Return": {"StatusCode": 200, "Payload": {"name": "Ann"}}}}}}
            """);
        string input = Write("input.json", """{"id": "c-1", "delay": 90}""");

        (int code, string stdout, string stderr) = await Run(
            "run", "--definition", definition, "--input", input, "--mocks", mocks, "--test-case", "Ann", "--start-time", "2030-01-01T00:00:00Z");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        JsonObject result = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal("SUCCEEDED", (string?)result["status"]);
        Assert.Equal("Hello Ann", (string?)result["output"]!["greeting"]);
        Assert.Equal("2030-01-01T00:01:30.000Z", (string?)result["output"]!["at"]);
    }

    [Fact]
    public async Task A_failed_execution_still_exits_0()
    {
        string definition = Write("fail.asl.json", """{"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Nope", "Cause": "because"}}}""");

        (int code, string stdout, _) = await Run("run", "--definition", definition);

        Assert.Equal(0, code);
        JsonObject result = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal("FAILED", (string?)result["status"]);
        Assert.Equal("Nope", (string?)result["error"]);
        Assert.Equal("because", (string?)result["cause"]);
        Assert.Null(result["output"]);
    }

    [Theory]
    [InlineData(new[] { "run" }, 1, "--definition is required")]
    [InlineData(new[] { "run", "--definition" }, 1, "needs a value")]
    [InlineData(new[] { "run", "--definition", "missing.json" }, 1, "no such file")]
    [InlineData(new[] { "run", "--definitoin", "x" }, 1, "unknown option '--definitoin'")]
    [InlineData(new[] { "run", "--definition", "DEF", "--test-case", "T" }, 1, "--test-case needs --mocks")]
    [InlineData(new[] { "walk" }, 1, "unknown command 'walk'")]
    public async Task Bad_arguments_exit_non_zero_with_the_reason_on_stderr(string[] args, int expectedCode, string expected)
    {
        string definition = Write("ok.asl.json", """{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""");
        string[] resolved = args.Select(a => a == "DEF" ? definition : a == "missing.json" ? Path.Combine(_dir, a) : a).ToArray();

        (int code, string stdout, string stderr) = await Run(resolved);

        Assert.Equal(expectedCode, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr);
    }

    [Theory]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}""", "Next names 'B'")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""", "has no mock")]
    [InlineData("not json", "(line 1, column 1)")]
    public async Task A_definition_that_cannot_run_exits_2_with_the_reason(string definitionText, string expected)
    {
        string definition = Write("bad.asl.json", definitionText);

        (int code, string stdout, string stderr) = await Run("run", "--definition", definition);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public async Task Substitutions_fill_placeholders_and_max_transitions_stops_a_loop()
    {
        string definition = Write("sub.asl.json", """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "${Greeting}", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}
            """);

        (int code, string stdout, string stderr) = await Run("run", "--definition", definition, "--substitution", "Greeting=hi", "--substitution", "Unused=x", "--max-transitions", "10");

        Assert.Equal(0, code);
        JsonObject result = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal("ABORTED", (string?)result["status"]);
        Assert.Contains("\"hi\"", (string?)result["history"]![2]!["stateExitedEventDetails"]!["output"]);
        Assert.Contains("--max-transitions", (string?)result["cause"]);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task Run_help_prints_the_usage_and_a_missing_mock_says_what_to_add_to_the_mock_file()
    {
        string definition = Write("task.asl.json", """{"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""");
        string input = Write("bad-input.json", "{oops");

        (int helpCode, string help, _) = await Run("run", "--help");
        (int mockCode, _, string mockError) = await Run("run", "--definition", definition);
        (int inputCode, _, string inputError) = await Run("run", "--definition", definition, "--input", input);

        Assert.Equal(0, helpCode);
        Assert.Contains("--substitution", help);
        Assert.Equal(2, mockCode);
        Assert.Contains("add \"Charge\": \"<mocked response>\" to a mock file (--mocks FILE --test-case NAME)", mockError);
        Assert.Equal(2, inputCode);
        Assert.DoesNotContain("(Parameter", inputError);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

}
