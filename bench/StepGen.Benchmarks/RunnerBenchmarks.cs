using System.Text;
using BenchmarkDotNet.Attributes;
using StepGen.Testing;

namespace StepGen.Benchmarks;

/// <summary>
/// Issue 17's speed targets for StepGen.Testing: 100,000 Pass-state transitions, an inline Map over 10,000 items,
/// and a workflow whose waits add up to 30 days (which must cost no real time). Each setup runs the workflow once
/// and checks its output, so a benchmark never measures a run that went wrong. Results: docs/performance.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class RunnerBenchmarks
{
    private StateMachineRunner _passChain = null!;
    private StateMachineRunner _map = null!;
    private StateMachineRunner _month = null!;
    private string _mapInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        _passChain = StateMachineRunner.FromDefinition(PassChain(100_000));
        _map = StateMachineRunner.FromDefinition("""
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
              "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value"},
              "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass",
                "Parameters": {"index.$": "$.index", "twice.$": "States.MathAdd($.value, $.value)"}, "End": true}}}}}}
            """);
        _mapInput = "{\"items\": [" + string.Join(",", Enumerable.Range(0, 10_000)) + "]}";
        _month = StateMachineRunner.FromDefinition(Waits(30));

        Guard(PassChainRun(), r => r.State("S99999").Count == 1 && r.OutputJson == "{\"n\":1}", "the Pass chain");
        Guard(MapRun(), r => r.Output!.AsArray().Count == 10_000 && (int?)r.Output[9_999]!["twice"] == 19_998, "the Map");
        Guard(MonthOfWaitsRun(), r => r.Duration == TimeSpan.FromDays(30), "the waits");
    }

    /// <summary>100,000 Pass states in a row, each recorded in the history (200,002 events).</summary>
    [Benchmark]
    public ExecutionResult PassChainRun() =>
        _passChain.RunAsync("{\"n\":1}", new ExecutionOptions { MaxTransitions = 200_000 }).GetAwaiter().GetResult();

    /// <summary>An inline Map over 10,000 items, each with ItemSelector, $$.Map.Item and an intrinsic function.</summary>
    [Benchmark]
    public ExecutionResult MapRun() =>
        _map.RunAsync(_mapInput, new ExecutionOptions { MaxTransitions = 200_000 }).GetAwaiter().GetResult();

    /// <summary>30 Wait states of one day each: 30 days of virtual time.</summary>
    [Benchmark]
    public ExecutionResult MonthOfWaitsRun() => _month.RunAsync().GetAwaiter().GetResult();

    private static string PassChain(int n)
    {
        var sb = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
        for (int i = 0; i < n; i++)
        {
            sb.Append(i == 0 ? string.Empty : ",").Append("\"S").Append(i).Append("\": {\"Type\": \"Pass\", ")
              .Append(i == n - 1 ? "\"End\": true}" : "\"Next\": \"S" + (i + 1) + "\"}");
        }

        return sb.Append("}}").ToString();
    }

    private static string Waits(int days)
    {
        var sb = new StringBuilder("{\"StartAt\": \"W0\", \"States\": {");
        for (int i = 0; i < days; i++)
        {
            sb.Append(i == 0 ? string.Empty : ",").Append("\"W").Append(i).Append("\": {\"Type\": \"Wait\", \"Seconds\": 86400, ")
              .Append(i == days - 1 ? "\"End\": true}" : "\"Next\": \"W" + (i + 1) + "\"}");
        }

        return sb.Append("}}").ToString();
    }

    private static void Guard(ExecutionResult result, Func<ExecutionResult, bool> check, string what)
    {
        if (result.Status != ExecutionStatus.Succeeded || !check(result))
        {
            throw new InvalidOperationException($"{what} did not run as expected: {result}");
        }
    }
}
