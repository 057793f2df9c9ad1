using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>Choice, Wait, Succeed, Fail, Parallel and Map, and the virtual clock under them.</summary>
public class ControlFlowTests
{
    private const string Router = """
        {"StartAt": "Route", "States": {
          "Route": {"Type": "Choice", "Choices": [
              {"Variable": "$.total", "NumericGreaterThan": 100, "Next": "Big"},
              {"And": [{"Variable": "$.kind", "IsPresent": true}, {"Variable": "$.kind", "StringEquals": "gift"}], "Next": "Gift"}],
            "Default": "Small"},
          "Big": {"Type": "Pass", "Result": "big", "End": true},
          "Gift": {"Type": "Pass", "Result": "gift", "End": true},
          "Small": {"Type": "Pass", "Result": "small", "End": true}}}
        """;

    [Theory]
    [InlineData("""{"total": 101}""", "\"big\"")]
    [InlineData("""{"total": 100, "kind": "gift"}""", "\"gift\"")]
    [InlineData("""{"total": 5}""", "\"small\"")]
    [InlineData("""{"total": "101"}""", "\"small\"")] // a string is not a number: the rule is false, not an error
    public async Task Choice_takes_the_first_matching_rule_or_the_default(string input, string expected)
    {
        ExecutionResult result = await StateMachineRunner.FromDefinition(Router).RunAsync(input);

        Assert.Equal(expected, result.OutputJson);
    }

    [Fact]
    public async Task Choice_without_a_match_or_default_fails_with_NoChoiceMatched()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Route", "States": {"Route": {"Type": "Choice", "Choices": [
              {"Variable": "$.go", "BooleanEquals": true, "Next": "Done"}]},
              "Done": {"Type": "Succeed"}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"go": false}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.NoChoiceMatched", result.Error);
    }

    [Fact]
    public async Task A_thirty_day_wait_returns_at_once_on_the_virtual_clock()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Month", "States": {"Month": {"Type": "Wait", "Seconds": 2592000, "End": true}}}
            """);
        var started = DateTime.UtcNow;

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(TimeSpan.FromDays(30), result.Duration);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero), result.History[^1].Timestamp);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Wait_until_a_timestamp_from_the_input_and_a_start_time_set_by_the_test()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Until", "States": {"Until": {"Type": "Wait", "TimestampPath": "$.at", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync(
            """{"at": "2030-05-01T12:00:00Z"}""",
            new ExecutionOptions { StartTime = new DateTimeOffset(2030, 5, 1, 11, 0, 0, TimeSpan.Zero) });

        Assert.Equal(TimeSpan.FromHours(1), result.Duration);
    }

    [Theory]
    [InlineData("2030-05-01T13:00:00+01:00", 3600.0)]
    [InlineData("2030-05-01T12:00:00.500Z", 3600.5)]
    [InlineData("2030-05-01 12:00:00Z", null)]  // no T
    [InlineData("2030-05-01T12:00:00z", null)]  // lowercase z
    [InlineData("2030-05-01T12:00:00", null)]   // no offset
    public async Task TimestampPath_takes_the_RFC_3339_form_the_Wait_page_requires(string at, double? seconds)
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Until", "States": {"Until": {"Type": "Wait", "TimestampPath": "$.at", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync(
            $$"""{"at": "{{at}}"}""",
            new ExecutionOptions { StartTime = new DateTimeOffset(2030, 5, 1, 11, 0, 0, TimeSpan.Zero) });

        if (seconds is double expected)
        {
            Assert.Equal(TimeSpan.FromSeconds(expected), result.Duration);
        }
        else
        {
            Assert.Equal("States.Runtime", result.Error);
            Assert.Contains("RFC 3339", result.Cause);
        }
    }

    [Theory]
    [InlineData("45", 45)]
    [InlineData("-5", null)]
    [InlineData("\"45\"", null)]
    public async Task SecondsPath_takes_a_non_negative_whole_number(string seconds, int? expected)
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync($$"""{"s": {{seconds}}}""");

        if (expected is int wait)
        {
            Assert.Equal(TimeSpan.FromSeconds(wait), result.Duration);
        }
        else
        {
            Assert.Equal("States.Runtime", result.Error);
            Assert.Contains("SecondsPath gave", result.Cause);
        }
    }

    [Fact]
    public async Task Fail_reports_its_error_and_cause_and_null_where_it_has_none()
    {
        ExecutionResult withBoth = await StateMachineRunner.FromDefinition("""
            {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Rejected", "CausePath": "States.Format('order {} rejected', $.id)"}}}
            """).RunAsync("""{"id": 7}""");
        ExecutionResult bare = await StateMachineRunner.FromDefinition("""
            {"StartAt": "No", "States": {"No": {"Type": "Fail"}}}
            """).RunAsync();

        Assert.Equal(("Rejected", "order 7 rejected"), (withBoth.Error, withBoth.Cause));
        Assert.Equal(ExecutionStatus.Failed, bare.Status);
        Assert.Null(bare.Error);
        Assert.Null(bare.Cause);
        Assert.Equal("FailStateEntered", bare.History[^2].Type);
        Assert.Equal("ExecutionFailed", bare.History[^1].Type);
    }

    [Fact]
    public async Task Parallel_gives_the_branch_outputs_in_order_and_ends_with_the_slowest_branch()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 60, "Next": "A"}, "A": {"Type": "Pass", "Result": "a", "End": true}}},
              {"StartAt": "Fast", "States": {"Fast": {"Type": "Wait", "Seconds": 10, "Next": "B"}, "B": {"Type": "Pass", "Result": "b", "End": true}}}]}}}
            """);

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal("""["a","b"]""", result.OutputJson);
        Assert.Equal(TimeSpan.FromSeconds(60), result.Duration);
    }

    [Fact]
    public async Task A_failing_branch_fails_the_Parallel_with_its_error_which_Catch_can_handle()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Both", "States": {
              "Both": {"Type": "Parallel", "Next": "Ok", "Catch": [{"ErrorEquals": ["Broken"], "ResultPath": "$.err", "Next": "Handled"}], "Branches": [
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                {"StartAt": "B", "States": {"B": {"Type": "Fail", "Error": "Broken", "Cause": "b failed"}}}]},
              "Ok": {"Type": "Succeed"},
              "Handled": {"Type": "Pass", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"in": 1}""");

        Assert.Equal("""{"in":1,"err":{"Error":"Broken","Cause":"b failed"}}""", result.OutputJson);
        Assert.Contains(result.History, e => e.Type == "ParallelStateFailed");
        Assert.False(result.Entered("Ok"));
    }

    [Fact]
    public async Task Map_builds_each_item_input_with_ItemSelector_and_the_item_context()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.out", "End": true,
              "ItemSelector": {"index.$": "$$.Map.Item.Index", "sku.$": "$$.Map.Item.Value.sku", "order.$": "$.order"},
              "ItemProcessor": {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"order": "o1", "items": [{"sku": "a"}, {"sku": "b"}]}""");

        Assert.Equal(
            """{"order":"o1","items":[{"sku":"a"},{"sku":"b"}],"out":[{"index":0,"sku":"a","order":"o1"},{"index":1,"sku":"b","order":"o1"}]}""",
            result.OutputJson);
        Assert.Equal(2, result.History.Count(e => e.Type == "MapIterationSucceeded"));
    }

    [Theory]
    [InlineData(0, 10)]  // no limit: all five items wait side by side
    [InlineData(1, 50)]  // one at a time
    [InlineData(2, 30)]  // pairs: 10 + 10 + 10
    public async Task Map_MaxConcurrency_shapes_the_virtual_time(int maxConcurrency, int seconds)
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": @MAXCONCURRENCY@, "End": true,
              "ItemProcessor": {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 10, "End": true}}}}}}
            """.Replace("@MAXCONCURRENCY@", maxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        ExecutionResult result = await runner.RunAsync("[1, 2, 3, 4, 5]");

        Assert.Equal("[1,2,3,4,5]", result.OutputJson);
        Assert.Equal(TimeSpan.FromSeconds(seconds), result.Duration);
    }

    [Fact]
    public async Task Machine_TimeoutSeconds_times_the_execution_out_with_no_error_or_cause()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Long", "TimeoutSeconds": 60, "States": {"Long": {"Type": "Wait", "Seconds": 3600, "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Null(result.Error);
        Assert.Null(result.Cause);
        Assert.Equal("ExecutionTimedOut", result.History[^1].Type);
        Assert.Equal(TimeSpan.FromSeconds(60), result.Duration);
    }

    [Fact]
    public async Task A_loop_is_stopped_after_MaxTransitions_as_aborted()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Again", "States": {"Again": {"Type": "Pass", "Next": "Again"}}}
            """);

        ExecutionResult result = await runner.RunAsync(options: new ExecutionOptions { MaxTransitions = 50 });

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        Assert.Contains("'Again'", result.Cause);
        Assert.Equal(50, result.State("Again").Count);
    }
}
