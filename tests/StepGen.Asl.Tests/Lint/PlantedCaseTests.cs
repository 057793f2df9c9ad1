using System.Text;
using System.Text.RegularExpressions;
using StepGen.Asl.Lint;

namespace StepGen.Asl.Tests.Lint;

/// <summary>
/// stepgen lint finds, on JSON, the mistakes the analyzers find on attributes: the package's planted C# cases planted
/// again in ASL (<see cref="PlantedCases"/>), each reported with its ID where it is marked, and nothing else.
/// </summary>
public sealed class PlantedCaseTests
{
    public static IEnumerable<object[]> Cases() => PlantedCases.All.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_reports_the_planted_mistake_where_it_is_and_nothing_else(string name)
    {
        (string text, List<(string Id, int Offset)> expected) = Unmark(PlantedCases.All.Single(c => c.Name == name).Json);
        LintResult result = DefinitionLinter.Lint(text, "Planted");
        var actual = result.Findings.Select(f => (f.Id, f.Offset)).OrderBy(f => f.Offset).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        expected = expected.OrderBy(f => f.Offset).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"expected {string.Join(", ", expected.Select(e => Describe(text, e)))}\nactual {string.Join(", ", actual.Select(a => Describe(text, a)))}\n"
            + string.Join("\n", result.Findings.Select(f => $"{f.Id} at {f.Offset}: {f.Message}")));
    }

    [Fact]
    public void Every_rule_planted_in_CSharp_is_planted_in_JSON_unless_only_attributes_can_break_it()
    {
        string diagnostics = File.ReadAllText(Path.Combine(IntegrationTableTests.RepositoryRoot(), "tests", "StepGen.Package.Tests", "DiagnosticsTests.cs"));
        var inCSharp = Regex.Matches(diagnostics, @"\{\|(SG\d{4}):").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var inJson = PlantedCases.All.SelectMany(c => Unmark(c.Json).Marks.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        string[] missing = inCSharp.Where(id => !inJson.Contains(id) && !PlantedCases.AttributeOnly.Contains(id)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "planted in C# but not in JSON: " + string.Join(", ", missing));
        Assert.True(inCSharp.Count >= 40, $"{inCSharp.Count} IDs planted in C#");
    }

    /// <summary>The text without its ⟦ID:...⟧ marks, and where each mark starts.</summary>
    internal static (string Text, List<(string Id, int Offset)> Marks) Unmark(string marked)
    {
        var text = new StringBuilder();
        var marks = new List<(string, int)>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '⟦')
            {
                int colon = marked.IndexOf(':', i);
                marks.Add((marked.Substring(i + 1, colon - i - 1), text.Length));
                i = colon;
            }
            else if (marked[i] != '⟧')
            {
                text.Append(marked[i]);
            }
        }

        return (text.ToString(), marks);
    }

    private static string Describe(string text, (string Id, int Offset) finding)
    {
        string at = text.Substring(finding.Offset, Math.Min(16, text.Length - finding.Offset)).Replace("\n", " ");
        return $"{finding.Id}@{finding.Offset} '{at}'";
    }

}
