using System.Text.Json.Nodes;

using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>The history as GetExecutionHistory shapes it: ids from 1, each event naming the one before it.</summary>
public class HistoryTests
{
    [Fact]
    public async Task A_task_execution_records_the_events_AWS_records_in_order()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "f"}, "TimeoutSeconds": 30, "End": true}}}
            """).MockState("Call", _ => TaskOutcome.Return("""{"Payload": 1}"""));

        ExecutionResult result = await runner.RunAsync("""{"a": 1}""");

        Assert.Equal(
            new[] { "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded" },
            result.History.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), result.History.Select(e => e.Id));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => (long)i), result.History.Select(e => e.PreviousEventId));

        JsonObject scheduled = result.History[2].Details!;
        Assert.Equal("lambda", (string?)scheduled["resourceType"]);
        Assert.Equal("invoke", (string?)scheduled["resource"]);
        Assert.Equal("us-east-1", (string?)scheduled["region"]);
        Assert.Equal("""{"FunctionName":"f"}""", (string?)scheduled["parameters"]);
        Assert.Equal(30, (int?)scheduled["timeoutInSeconds"]);
        Assert.Equal("""{"a":1}""", (string?)result.History[1].Details!["input"]);
    }

    [Fact]
    public async Task Events_of_branches_follow_their_own_branch()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}
            """);

        ExecutionResult result = await runner.RunAsync();

        HistoryEvent started = result.History.Single(e => e.Type == "ParallelStateStarted");
        HistoryEvent enteredA = result.History.Single(e => e.Type == "PassStateEntered" && e.StateName == "A");
        HistoryEvent enteredB = result.History.Single(e => e.Type == "PassStateEntered" && e.StateName == "B");
        Assert.Equal(started.Id, enteredA.PreviousEventId);
        Assert.Equal(started.Id, enteredB.PreviousEventId);
    }

    [Fact]
    public async Task The_result_prints_as_the_stepgen_run_contract()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "E"}}}
            """);

        ExecutionResult result = await runner.RunAsync();
        JsonObject printed = JsonNode.Parse(result.ToJson())!.AsObject();

        Assert.Equal(new[] { "status", "output", "error", "cause", "history" }, printed.Select(p => p.Key));
        Assert.Equal("FAILED", (string?)printed["status"]);
        Assert.Null(printed["output"]);
        Assert.Equal("E", (string?)printed["error"]);
        Assert.Null(printed["cause"]);
        Assert.Equal(new[] { "ExecutionStarted", "FailStateEntered", "ExecutionFailed" }, printed["history"]!.AsArray().Select(e => (string?)e!["type"]));
        Assert.Equal("2026-01-01T00:00:00.000Z", (string?)printed["history"]![0]!["timestamp"]);
    }
}
