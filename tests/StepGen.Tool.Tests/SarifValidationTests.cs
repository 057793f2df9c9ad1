using System.Text.Json.Nodes;
using StepGen.Tests.Shared;
using static StepGen.Tool.Tests.Stepgen;

namespace StepGen.Tool.Tests;

/// <summary>
/// The SARIF that <c>stepgen lint --format sarif</c> writes, judged by Microsoft's SARIF validator
/// (<c>sarif-multitool validate</c>, npm @microsoft/sarif-multitool in tests/js): the SARIF 2.1.0 schema and the
/// validator's own rules find nothing to say about it; a broken copy of it they do.
/// </summary>
public sealed class SarifValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stepgen-sarif-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_validator_finds_nothing_wrong_with_the_sarif_of_errors_warnings_and_an_unreadable_file()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "defs"));
        File.WriteAllText(Path.Combine(_dir, "defs", "orders.asl.json"), """
            { "StartAt": "Start", "States": { "Start": { "Type": "Pass", "Next": "Finsh" }, "Finish": { "Type": "Succeed" }, "Orphan": { "Type": "Succeed" } } }
            """);
        File.WriteAllText(Path.Combine(_dir, "defs", "with space.asl.json"), """
            { "QueryLanguage": "JSONata", "StartAt": "A", "States": { "A": { "Type": "Pass", "Output": { "n": "{% $lenght('x') %}" }, "End": true } } }
            """);
        string template = Path.Combine(_dir, "template.yaml");
        File.WriteAllText(template, "Resources:\n  A: [1, 2\n");

        (int code, string sarif, _) = await Run("lint", "--format", "sarif", Path.Combine(_dir, "defs"), template);

        Assert.Equal(2, code); // the template named on the command line, which is not YAML
        JsonNode run = JsonNode.Parse(sarif)!["runs"]![0]!;
        Assert.Equal(new[] { "SG1004", "SG2009" }, run["results"]!.AsArray().Select(r => (string)r!["ruleId"]!).Order(StringComparer.Ordinal));
        Assert.Single(run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray());
        Assert.Empty(await ValidateAsync(sarif));
    }

    [Fact]
    public async Task The_validator_does_find_a_broken_copy()
    {
        File.WriteAllText(Path.Combine(_dir, "orders.asl.json"), """{ "StartAt": "A", "States": { "A": { "Type": "Pass" } } }""");
        (_, string sarif, _) = await Run("lint", "--format", "sarif", Path.Combine(_dir, "orders.asl.json"));
        JsonNode broken = JsonNode.Parse(sarif)!;
        broken["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");

        Assert.NotEmpty(await ValidateAsync(broken.ToJsonString()));
    }

    /// <summary>The validator's results (errors and warnings) for <paramref name="sarif"/>.</summary>
    private async Task<List<string>> ValidateAsync(string sarif)
    {
        string input = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".sarif");
        string output = input + ".validation.sarif";
        File.WriteAllText(input, sarif);
        (int code, string stdout, string stderr) = await NodeScript.RunToolAsync("@microsoft/sarif-multitool", "sarif-multitool", ["validate", input, "--output", output], TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(output), $"sarif-multitool wrote no result ({code}):\n{stdout}\n{stderr}");
        JsonNode results = JsonNode.Parse(File.ReadAllText(output))!["runs"]![0]!["results"]!;
        return results.AsArray()
            .Where(r => (string?)r!["level"] is null or "error" or "warning")
            .Select(r => $"{r!["ruleId"]}: {r["message"]!.ToJsonString()}")
            .ToList();
    }
}
