using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>Retry and Catch as the developer guide's "Handling errors in Step Functions" describes them.</summary>
public class ErrorHandlingTests
{
    private static StateMachineRunner Flaky(string retry, string catchers = "[]") => StateMachineRunner.FromDefinition("""
        {"StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
            "Retry": @RETRY@, "Catch": @CATCHERS@, "Next": "Done"},
          "Done": {"Type": "Succeed"},
          "Recover": {"Type": "Pass", "End": true}}}
        """.Replace("@RETRY@", retry).Replace("@CATCHERS@", catchers));

    [Fact]
    public async Task Retries_wait_IntervalSeconds_times_BackoffRate_per_retry_then_succeed()
    {
        var runner = Flaky("""[{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 3, "BackoffRate": 1.5, "MaxAttempts": 3}]""")
            .MockState("Call", call => call.Attempt < 2
                ? TaskOutcome.Throw("Lambda.TooManyRequestsException", "slow down")
                : TaskOutcome.Return("""{"ok": true}"""));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(3, result.State("Call")[0].Attempts);
        // The guide's example: IntervalSeconds 3 and BackoffRate 1.5 wait 3 s, then 4.5 s.
        var scheduled = result.History.Where(e => e.Type == "TaskScheduled").Select(e => e.Timestamp - result.StartTime).ToList();
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7.5) }, scheduled);
    }

    [Fact]
    public async Task MaxDelaySeconds_caps_the_backoff()
    {
        var runner = Flaky("""[{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "BackoffRate": 10, "MaxAttempts": 3, "MaxDelaySeconds": 30}]""")
            .MockState("Call", _ => TaskOutcome.Throw("Boom"));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Boom", result.Error);
        Assert.Equal(4, result.State("Call")[0].Attempts);
        Assert.Equal(TimeSpan.FromSeconds(10 + 30 + 30), result.Duration);
    }

    [Fact]
    public async Task Full_jitter_waits_at_most_the_backoff_and_is_the_same_for_the_same_seed()
    {
        var runner = Flaky("""[{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 100, "MaxAttempts": 1, "JitterStrategy": "FULL"}]""")
            .MockState("Call", call => call.Attempt == 0 ? TaskOutcome.Throw("Boom") : TaskOutcome.Return("{}"));

        ExecutionResult first = await runner.RunAsync(options: new ExecutionOptions { RandomSeed = 5 });
        ExecutionResult again = await runner.RunAsync(options: new ExecutionOptions { RandomSeed = 5 });
        ExecutionResult other = await runner.RunAsync(options: new ExecutionOptions { RandomSeed = 6 });

        Assert.InRange(first.Duration, TimeSpan.Zero, TimeSpan.FromSeconds(100));
        Assert.Equal(first.Duration, again.Duration);
        Assert.NotEqual(first.Duration, other.Duration);
    }

    [Fact]
    public async Task MaxAttempts_zero_never_retries_and_the_first_matching_retrier_decides()
    {
        // The second retrier would retry, but the first matches and allows none.
        var runner = Flaky("""[{"ErrorEquals": ["Boom"], "MaxAttempts": 0}, {"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}]""")
            .MockState("Call", _ => TaskOutcome.Throw("Boom"));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(1, result.State("Call")[0].Attempts);
    }

    [Fact]
    public async Task Each_retrier_counts_its_own_attempts()
    {
        var errors = new[] { "A", "B", "A", "B" };
        var runner = Flaky("""[{"ErrorEquals": ["A"], "MaxAttempts": 2, "IntervalSeconds": 1}, {"ErrorEquals": ["B"], "MaxAttempts": 2, "IntervalSeconds": 1}]""")
            .MockState("Call", call => call.Attempt < errors.Length ? TaskOutcome.Throw(errors[call.Attempt]) : TaskOutcome.Return("1"));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(5, result.State("Call")[0].Attempts);
    }

    [Fact]
    public async Task Catch_puts_the_error_output_at_its_ResultPath_and_goes_to_its_Next()
    {
        var runner = Flaky("[]", """[{"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.error", "Next": "Recover"}]""")
            .MockState("Call", _ => TaskOutcome.Throw("Payment.Declined", "card expired"));

        ExecutionResult result = await runner.RunAsync("""{"order": 1}""");

        Assert.Equal("""{"order":1,"error":{"Error":"Payment.Declined","Cause":"card expired"}}""", result.OutputJson);
        Assert.Equal("Payment.Declined", result.State("Call")[0].Error);
        Assert.False(result.Entered("Done"));
    }

    [Fact]
    public async Task TaskFailed_does_not_catch_a_timeout_but_States_ALL_does()
    {
        var timedOut = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5,
                "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Recover"}, {"ErrorEquals": ["States.ALL"], "ResultPath": "$.why", "Next": "Late"}], "End": true},
              "Recover": {"Type": "Pass", "Result": "recovered", "End": true},
              "Late": {"Type": "Pass", "End": true}}}
            """).MockState("Call", _ => TaskOutcome.Return("{}").After(TimeSpan.FromSeconds(6)));

        ExecutionResult result = await timedOut.RunAsync("{}");

        // A timeout has no cause, so its error output has none (as the guide's catcher example in
        // input-output-resultpath.md prints an error output without one).
        Assert.Equal("""{"why":{"Error":"States.Timeout"}}""", result.OutputJson);
        Assert.Contains(result.History, e => e.Type == "TaskTimedOut");
        Assert.Equal(TimeSpan.FromSeconds(5), result.Duration);
    }

    [Fact]
    public async Task States_ALL_does_not_catch_States_Runtime()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.absent",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recover"}], "End": true},
              "Recover": {"Type": "Pass", "End": true}}}
            """).MockState("Call", _ => TaskOutcome.Return("{}"));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.False(result.Entered("Recover"));
    }

    [Fact]
    public async Task RetryCount_in_the_context_object_counts_the_retries()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"retry.$": "$$.State.RetryCount"},
              "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], "End": true}}}
            """);
        var seen = new List<string>();
        runner.MockState("Call", call =>
        {
            seen.Add(call.PayloadJson);
            return call.Attempt < 2 ? TaskOutcome.Throw("Again") : TaskOutcome.Return("{}");
        });

        await runner.RunAsync();

        Assert.Equal(new[] { """{"retry":0}""", """{"retry":1}""", """{"retry":2}""" }, seen);
    }
}
