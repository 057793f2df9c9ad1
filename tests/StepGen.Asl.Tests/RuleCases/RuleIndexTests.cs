using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// docs/rules.md says, for every rule ID, which files of the core check it and which Roslyn-free test covers it. The
/// table is derived from the sources here, so it cannot go stale: a rule moved to another file fails this test until
/// the table says so. <c>STEPGEN_ACCEPT_SNAPSHOTS=1</c> rewrites the table; review the diff and commit it.
/// </summary>
public sealed class RuleIndexTests
{
    private const string Start = "<!-- rule-index:start -->";
    private const string End = "<!-- rule-index:end -->";

    private static readonly Regex IdTest = new(@"\.Id\s*(is|==|!=)\s");

    [Fact]
    public void The_rule_index_in_docs_matches_where_the_core_reports_each_rule()
    {
        string root = IntegrationTableTests.RepositoryRoot();
        string expected = Table(root);
        string path = Path.Combine(root, "docs", "rules.md");
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = text.IndexOf(Start, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/rules.md has no {Start} ... {End} section");
        string actual = text.Substring(start + Start.Length, end - start - Start.Length);
        if (actual != expected && Environment.GetEnvironmentVariable("STEPGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, text.Substring(0, start + Start.Length) + expected + text.Substring(end));
            return;
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>One row per rule: the ID (linked to its page), the constant, the files that report it, its test file.</summary>
    private static string Table(string root)
    {
        string core = Path.Combine(root, "src", "StepGen.Asl");
        string[] sources = Directory.GetFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "Rules.cs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var texts = sources.ToDictionary(f => f, File.ReadAllText);
        Dictionary<string, string> testFiles = TestFiles();

        var table = new StringBuilder("\n| ID | constant | reported in `src/StepGen.Asl/` | Roslyn-free test |\n|---|---|---|---|\n");
        foreach (FieldInfo field in typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && ((string)f.GetRawConstantValue()!).StartsWith("SG", StringComparison.Ordinal)))
        {
            string id = (string)field.GetRawConstantValue()!;
            // Where a problem with the ID is made; a line that only tests a problem's Id for it does not count.
            var use = new Regex(@"\bRules\." + field.Name + @"\b");
            string[] files = sources.Where(f => texts[f].Split('\n').Any(line => use.IsMatch(line) && !IdTest.IsMatch(line)))
                .Select(f => "`" + Path.GetRelativePath(core, f).Replace('\\', '/') + "`")
                .ToArray();
            string test = testFiles.TryGetValue(id, out string? file) ? "`" + file + "`" : "-";
            table.Append($"| [{id}](diagnostics/{id}.md) | `{field.Name}` | {(files.Length == 0 ? "-" : string.Join(", ", files))} | {test} |\n");
        }

        return table.ToString();
    }

    /// <summary>The RuleCases file whose test methods are named after each ID.</summary>
    private static Dictionary<string, string> TestFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Type type in typeof(RuleIndexTests).Assembly.GetTypes().Where(t => t.Namespace == typeof(RuleIndexTests).Namespace).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (MethodInfo method in type.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any() && m.Name.StartsWith("SG", StringComparison.Ordinal)))
            {
                files.TryAdd(method.Name.Split('_')[0], "RuleCases/" + type.Name + ".cs");
            }
        }

        return files;
    }
}
