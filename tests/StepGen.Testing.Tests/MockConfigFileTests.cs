using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>The Step Functions Local mock configuration format, with the developer guide's own example file.</summary>
public class MockConfigFileTests
{
    // The example of the guide's "Mock configuration file" page, as published.
    private const string GuideExample = """
        {"StateMachines": {"LambdaSQSIntegration": {"TestCases": {
            "HappyPath": {"LambdaState": "MockedLambdaSuccess", "SQSState": "MockedSQSSuccess"},
            "RetryPath": {"LambdaState": "MockedLambdaRetry", "SQSState": "MockedSQSSuccess"},
            "HybridPath": {"LambdaState": "MockedLambdaSuccess"}}}},
         "MockedResponses": {
            "MockedLambdaSuccess": {"0": {"Return": {"StatusCode": 200, "Payload": {"StatusCode": 200, "body": "Hello from Lambda!"}}}},
            "LambdaMockedResourceNotReady": {"0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready."}}},
            "MockedSQSSuccess": {"0": {"Return": {"MD5OfMessageBody": "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51", "MessageId": "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}}},
            "MockedLambdaRetry": {
              "0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready."}},
              "1-2": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "Lambda timed out."}},
              "3": {"Return": {"StatusCode": 200, "Payload": {"StatusCode": 200, "body": "Hello from Lambda!"}}}}}}
        """;

    // The guide's LambdaSQSIntegration machine: a Lambda call with retries, then an SQS message.
    private const string Machine = """
        {"StartAt": "LambdaState", "States": {
          "LambdaState": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"Payload.$": "$", "FunctionName": "HelloWorldFunction"},
            "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
            "Next": "SQSState"},
          "SQSState": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", "MessageBody.$": "$"}, "End": true}}}
        """;

    [Fact]
    public async Task The_happy_path_returns_the_mocked_results()
    {
        var runner = StateMachineRunner.FromDefinition(Machine, "LambdaSQSIntegration")
            .UseMockConfig(MockConfigFile.Parse(GuideExample), "HappyPath");

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"MD5OfMessageBody":"3bcb6e8e-7h85-4375-b0bc-1a59812c6e51","MessageId":"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}""", result.OutputJson);
    }

    [Fact]
    public async Task The_retry_path_walks_the_invocation_ranges()
    {
        var runner = StateMachineRunner.FromDefinition(Machine)
            .UseMockConfig(MockConfigFile.Parse(GuideExample), "RetryPath");

        ExecutionResult result = await runner.RunAsync("{}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(4, result.State("LambdaState")[0].Attempts);
        Assert.Equal(
            new[] { "Lambda.ResourceNotReadyException", "Lambda.TimeoutException", "Lambda.TimeoutException" },
            result.History.Where(e => e.Type == "TaskFailed").Select(e => (string?)e.Details!["error"]));
        Assert.Equal(TimeSpan.FromSeconds(2 + 4 + 8), result.Duration);
    }

    [Fact]
    public async Task A_state_the_test_case_leaves_out_needs_another_mock_and_the_message_says_so()
    {
        var runner = StateMachineRunner.FromDefinition(Machine)
            .UseMockConfig(MockConfigFile.Parse(GuideExample), "HybridPath");

        var e = await Assert.ThrowsAsync<MockMissingException>(() => runner.RunAsync("{}"));

        Assert.Contains("'SQSState'", e.Message);
        Assert.Contains("HybridPath", e.Message);
    }

    [Fact]
    public void Unknown_test_cases_and_bad_files_are_reported_with_what_exists()
    {
        var file = MockConfigFile.Parse(GuideExample);
        var runner = StateMachineRunner.FromDefinition(Machine);

        var unknown = Assert.Throws<ArgumentException>(() => runner.UseMockConfig(file, "SadPath"));
        var badKey = Assert.Throws<FormatException>(() => MockConfigFile.Parse("""{"MockedResponses": {"R": {"first": {"Return": 1}}}}"""));
        var both = Assert.Throws<FormatException>(() => MockConfigFile.Parse("""{"MockedResponses": {"R": {"0": {"Return": 1, "Throw": {"Error": "E"}}}}}"""));
        var dangling = Assert.Throws<FormatException>(() => MockConfigFile.Parse("""{"StateMachines": {"M": {"TestCases": {"T": {"S": "Nope"}}}}}"""));

        Assert.Contains("HappyPath, RetryPath, HybridPath", unknown.Message);
        Assert.Contains("\"first\"", badKey.Message);
        Assert.Contains("exactly one of Return or Throw", both.Message);
        Assert.Contains("'Nope'", dangling.Message);
        Assert.Equal(new[] { "LambdaSQSIntegration" }, file.StateMachines);
    }

    [Fact]
    public async Task Invocations_beyond_the_file_fail_the_test_with_the_index_to_add()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3}], "End": true}}}
            """).UseMockConfig(MockConfigFile.Parse("""
            {"StateMachines": {"M": {"TestCases": {"T": {"Call": "Fails"}}}},
             "MockedResponses": {"Fails": {"0-1": {"Throw": {"Error": "E", "Cause": "c"}}}}}
            """), "T");

        var e = await Assert.ThrowsAsync<MockMissingException>(() => runner.RunAsync());

        Assert.Contains("\"2\"", e.Message);
        Assert.Contains("0-1", e.Message);
    }
}
