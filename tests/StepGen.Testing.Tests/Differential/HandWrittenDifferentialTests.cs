using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// Runs each hand-written case through StepGen.Testing and aws-local-stepfunctions and compares how they end.
/// The package runs every case in one node process, started by the first test that needs it.
/// </summary>
public class HandWrittenDifferentialTests
{
    private static readonly Lazy<Task<Dictionary<string, JsonObject>>> LocalResults = new(RunAllLocallyAsync);

    private readonly ITestOutputHelper _output;

    public HandWrittenDifferentialTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (DifferentialCase c in HandWrittenCases.All)
        {
            names.Add(c.Name);
        }

        return names;
    }

    [Fact]
    public void Case_names_are_unique() =>
        Assert.Empty(HandWrittenCases.All.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task StepGen_and_aws_local_stepfunctions_agree(string name)
    {
        DifferentialCase c = HandWrittenCases.All.Single(x => x.Name == name);
        JsonObject local = (await LocalResults.Value)[name];
        JsonObject stepGen = await c.RunWithStepGenAsync();
        _output.WriteLine("StepGen:                 " + DifferentialCase.Canonical(stepGen));
        _output.WriteLine("aws-local-stepfunctions: " + DifferentialCase.Canonical(local));

        Assert.NotEqual("INVALID", (string?)local["status"]);
        Assert.Empty(c.Differences(stepGen, local));
    }

    private static async Task<Dictionary<string, JsonObject>> RunAllLocallyAsync()
    {
        IReadOnlyList<DifferentialCase> all = HandWrittenCases.All;
        IReadOnlyList<JsonObject> results = await LocalStepFunctions.RunAsync(all.Select(c => c.ToRequest()).ToList());
        return all.Select((c, i) => (c.Name, Result: results[i])).ToDictionary(p => p.Name, p => p.Result);
    }
}
