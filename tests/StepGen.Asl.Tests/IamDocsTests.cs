using System.Text;
using StepGen.Asl.Iam;

namespace StepGen.Asl.Tests;

/// <summary>
/// docs/iam.md's table of integrations is the integration table itself, rendered: a row added or changed in the code
/// must show in the docs. Set STEPGEN_UPDATE_DOCS=1 to rewrite the table in place.
/// </summary>
public class IamDocsTests
{
    private const string Begin = "<!-- integrations:begin (rendered from src/StepGen.Asl/Iam/Integrations.cs by IamDocsTests) -->";
    private const string End = "<!-- integrations:end -->";

    [Fact]
    public void The_docs_table_is_the_integration_table()
    {
        string path = Path.Combine(IntegrationTableTests.RepositoryRoot(), "docs", "iam.md");
        string text = File.ReadAllText(path).ReplaceLineEndings("\n");
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/iam.md needs the lines {Begin} and {End} around the table");

        string current = text.Substring(begin + Begin.Length, end - begin - Begin.Length);
        string rendered = "\n" + Render() + "\n";
        if (current != rendered && Environment.GetEnvironmentVariable("STEPGEN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(begin + Begin.Length)] + rendered + text[end..]);
            return;
        }

        Assert.True(current == rendered, "docs/iam.md's integration table is out of date; run the tests with STEPGEN_UPDATE_DOCS=1 to rewrite it. Expected:\n" + rendered);
    }

    private static string Render()
    {
        var table = new StringBuilder();
        table.Append("| resource (`arn:aws:states:::...`) | patterns | allowed | on | guide page |\n");
        table.Append("|---|---|---|---|---|\n");
        foreach (Integration row in Integrations.All)
        {
            string api = row.Resource["arn:aws:states:::".Length..];
            string patterns = string.Join(", ", row.Patterns.Select(p => p.Length == 0 ? "request-response" : $"`{p}`"));
            string page = $"[{row.Page[(row.Page.LastIndexOf('/') + 1)..].Replace(".html", string.Empty, StringComparison.Ordinal)}]({row.Page})";
            (string allowed, string on) = row.Custom is null ? Describe(row) : (row.Allowed!, row.On!);
            table.Append($"| `{api}` | {patterns} | {allowed.Replace("|", "\\|", StringComparison.Ordinal)} | {on.Replace("|", "\\|", StringComparison.Ordinal)} | {page} |\n");
        }

        return table.ToString().TrimEnd('\n');
    }

    private static (string Allowed, string On) Describe(Integration row)
    {
        var allowed = new List<string> { Actions(row.Calls) };
        var on = new List<string> { Resources(row.Calls) };
        if (row.Sync.Length > 0 || row.CompletionRule is not null)
        {
            string sync = row.Sync.Length > 0 ? Actions(row.Sync) : string.Empty;
            allowed.Add("with `.sync`: " + string.Join(", ", new[] { sync, row.CompletionRule is null ? string.Empty : "the managed rule" }.Where(s => s.Length > 0)));
            if (row.Sync.Length > 0 && Resources(row.Sync) != Resources(row.Calls))
            {
                on.Add("`.sync`: " + Resources(row.Sync));
            }

            if (row.CompletionRule is not null)
            {
                on.Add($"`rule/{row.CompletionRule}`");
            }
        }

        if (row.PassesRoles && row.PassedTo is not null)
        {
            allowed.Add($"`iam:PassRole` on the roles in the parameters, to `{row.PassedTo}`");
        }

        return (string.Join("; ", allowed), string.Join("; ", on));
    }

    private static string Actions(IEnumerable<Grant> grants) =>
        string.Join(", ", grants.SelectMany(g => g.Actions).Distinct().Select(a => $"`{a}`"));

    private static string Resources(IEnumerable<Grant> grants) =>
        string.Join(", ", grants.SelectMany(g => g.On).Distinct().Select(r => $"`{r}`"));
}
