using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// Random JSONPath workflows from <see cref="WorkflowGenerator"/> (fixed seeds, so every run builds the same
/// machines) run through StepGen.Testing and aws-local-stepfunctions, which must end alike. A failure names the
/// seed; <c>WorkflowGenerator.Generate(seed)</c> rebuilds that case.
/// </summary>
public class GeneratedDifferentialTests
{
    private const int Machines = 1000;

    private readonly ITestOutputHelper _output;

    public GeneratedDifferentialTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_generator_is_deterministic() =>
        Assert.Equal(
            DifferentialCase.Canonical(WorkflowGenerator.Generate(7).ToRequest()),
            DifferentialCase.Canonical(WorkflowGenerator.Generate(7).ToRequest()));

    [Fact]
    public async Task Generated_workflows_end_alike_in_StepGen_and_aws_local_stepfunctions()
    {
        var stopwatch = Stopwatch.StartNew();
        List<DifferentialCase> cases = Enumerable.Range(1, Machines).Select(WorkflowGenerator.Generate).ToList();
        IReadOnlyList<JsonObject> local = await LocalStepFunctions.RunAsync(cases.Select(c => c.ToRequest()).ToList());
        TimeSpan localTime = stopwatch.Elapsed;

        var report = new StringBuilder();
        var statuses = new Dictionary<string, int>();
        int failures = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            JsonObject stepGen = await cases[i].RunWithStepGenAsync();
            string status = (string?)local[i]["status"] ?? "?";
            string key = status == "FAILED" ? $"FAILED {(string?)local[i]["error"]}" : status;
            statuses[key] = statuses.GetValueOrDefault(key) + 1;

            List<string> differences = status == "INVALID"
                ? ["aws-local-stepfunctions refused the definition: " + (string?)local[i]["cause"]]
                : cases[i].Differences(stepGen, local[i]);
            if (differences.Count > 0 && ++failures <= 10)
            {
                report.AppendLine($"{cases[i].Name}:");
                differences.ForEach(d => report.AppendLine("  " + d));
                report.AppendLine("  request: " + cases[i].ToRequest().ToJsonString());
            }
        }

        _output.WriteLine($"{Machines} machines; aws-local-stepfunctions took {localTime.TotalSeconds:0.0} s, everything {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        foreach ((string status, int count) in statuses.OrderByDescending(p => p.Value))
        {
            _output.WriteLine($"  {count,4} {status}");
        }

        Assert.True(failures == 0, $"{failures} of {Machines} generated workflows end differently:{Environment.NewLine}{report}");
    }
}
