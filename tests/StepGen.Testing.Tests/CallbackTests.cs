using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary><c>.waitForTaskToken</c> tasks, heartbeats and task timeouts on the virtual clock.</summary>
public class CallbackTests
{
    private const string Approval = """
        {"StartAt": "Ask", "States": {
          "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "HeartbeatSeconds": 60, "TimeoutSeconds": 86400,
            "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals", "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
            "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.timeout", "Next": "NoAnswer"}], "End": true},
          "NoAnswer": {"Type": "Pass", "End": true}}}
        """;

    [Fact]
    public async Task The_task_token_reaches_the_payload_and_the_test_answers_it_with_success()
    {
        string? token = null;
        var runner = StateMachineRunner.FromDefinition(Approval).MockState("Ask", call =>
        {
            token = call.TaskToken;
            Assert.Contains(call.TaskToken!, call.PayloadJson);
            return TaskOutcome.Return("""{"approved": true}""").After(TimeSpan.FromSeconds(50));
        });

        ExecutionResult result = await runner.RunAsync("""{"order": 7}""");

        Assert.Equal("""{"approved":true}""", result.OutputJson);
        Assert.Equal("test-execution-token-1", token);
    }

    [Fact]
    public async Task Heartbeats_keep_a_long_callback_alive()
    {
        var runner = StateMachineRunner.FromDefinition(Approval).MockState("Ask", _ =>
            TaskOutcome.Return("{}").After(TimeSpan.FromMinutes(3)).WithHeartbeats(TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(150)));

        ExecutionResult result = await runner.RunAsync("""{"order": 7}""");

        Assert.Equal("{}", result.OutputJson);
        Assert.Equal(TimeSpan.FromMinutes(3), result.Duration);
    }

    [Fact]
    public async Task A_missed_heartbeat_times_the_task_out_with_HeartbeatTimeout_which_States_Timeout_catches()
    {
        var runner = StateMachineRunner.FromDefinition(Approval).MockState("Ask", _ =>
            TaskOutcome.Return("{}").After(TimeSpan.FromMinutes(5)).WithHeartbeats(TimeSpan.FromSeconds(30)));

        ExecutionResult result = await runner.RunAsync("""{"order": 7}""");

        Assert.Equal("States.HeartbeatTimeout", (string?)result.Output!["timeout"]!["Error"]);
        Assert.Equal(TimeSpan.FromSeconds(90), result.Duration); // the last heartbeat at 30 s, then 60 s of silence
        Assert.Equal("TaskTimedOut", result.History.Single(e => e.Type.StartsWith("TaskTimed", StringComparison.Ordinal)).Type);
    }

    [Fact]
    public async Task The_test_can_answer_with_a_failure()
    {
        var runner = StateMachineRunner.FromDefinition(Approval).MockState("Ask", _ => TaskOutcome.Throw("Rejected", "the manager said no"));

        ExecutionResult result = await runner.RunAsync("""{"order": 7}""");

        Assert.Equal(("Rejected", "the manager said no"), (result.Error, result.Cause));
    }
}
