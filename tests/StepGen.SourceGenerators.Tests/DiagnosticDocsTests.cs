using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Problems;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The pages in docs/diagnostics must match what StepGen does: each analyzer page's bad example reports its
/// diagnostic where the page's <c>// SGxxxx</c> comments say, its fixed examples report nothing, and every
/// page has the common shape, is linked from its descriptor and is listed in the index.
/// </summary>
public class DiagnosticDocsTests
{
    /// <summary>Logged by the MSBuild step (StepGen.Build), always as errors; they have no analyzer descriptor.</summary>
    /// <summary>What the package's MSBuild step reports, with each one's severity.</summary>
    private static readonly Dictionary<string, string> BuildSteps = new() { ["SG5000"] = "error", ["SG5001"] = "error", ["SG5002"] = "error", ["SG5003"] = "warning" };

    private static readonly string[] BuildStepIds = BuildSteps.Keys.ToArray();

    private static readonly string[] RequiredSections = { "What it means", "Why it matters at run time", "Example", "Configuring" };

    private const string ExampleSourcePath = "Source0.cs";

    public static IEnumerable<object[]> EveryPageId =>
        DiagnosticDescriptors.All.Select(d => d.Id).Concat(BuildStepIds).Distinct().Order(StringComparer.Ordinal).Select(id => new object[] { id });

    /// <summary>
    /// Compiles each C# block of the page's Example section with the generator and runs the analyzer. A block
    /// with <c>// SGxxxx</c> comments is a bad example: every diagnostic of the page's ID must be on a marked
    /// line, as many times as marked (<c>x2</c>) and at the marked severity (<c>(warning)</c>) or else the
    /// default one. Other IDs may appear there only at info level or when marked. A block without such
    /// comments is a fixed example and must report no StepGen diagnostic. No block may have compiler errors.
    /// </summary>
    /// <remarks>
    /// One case per analyzer diagnostic, listed here rather than computed so that a case can be skipped with
    /// a reason when a page is right and the analyzer is not. <see cref="ExampleTheory_CoversEveryAnalyzerDiagnostic"/>
    /// keeps the list complete. SG0001 has no example: it reports a bug in StepGen.
    /// </remarks>
    [Theory]
    [InlineData("SG1001")]
    [InlineData("SG1002")]
    [InlineData("SG1003")]
    [InlineData("SG1004")]
    [InlineData("SG1005")]
    [InlineData("SG1006")]
    [InlineData("SG1007")]
    [InlineData("SG1008")]
    [InlineData("SG1017")]
    [InlineData("SG1018")]
    [InlineData("SG1009")]
    [InlineData("SG1010")]
    [InlineData("SG1019")]
    [InlineData("SG1020")]
    [InlineData("SG1021")]
    [InlineData("SG1011")]
    [InlineData("SG1012")]
    [InlineData("SG1013")]
    [InlineData("SG1014")]
    [InlineData("SG1015")]
    [InlineData("SG1016")]
    [InlineData("SG2001")]
    [InlineData("SG2002")]
    [InlineData("SG2003")]
    [InlineData("SG2004")]
    [InlineData("SG2005")]
    [InlineData("SG2006")]
    [InlineData("SG2007")]
    [InlineData("SG2008")]
    [InlineData("SG2009")]
    [InlineData("SG2010")]
    [InlineData("SG2011")]
    [InlineData("SG2012")]
    [InlineData("SG2013")]
    [InlineData("SG2014")]
    [InlineData("SG2015")]
    [InlineData("SG3001")]
    [InlineData("SG3002")]
    [InlineData("SG3003")]
    [InlineData("SG3004")]
    [InlineData("SG3012")]
    [InlineData("SG3013")]
    [InlineData("SG3005")]
    [InlineData("SG3006")]
    [InlineData("SG3007")]
    [InlineData("SG3008")]
    [InlineData("SG3009")]
    [InlineData("SG3010")]
    [InlineData("SG3011")]
    [InlineData("SG4001")]
    [InlineData("SG4002")]
    [InlineData("SG4003")]
    [InlineData("SG4004")]
    [InlineData("SG4005")]
    [InlineData("SG4006")]
    public async Task Example_BehavesAsThePageSays(string id)
    {
        DiagnosticPage page = DiagnosticPage.Load(id);
        PageSection example = page.Section("Example") ?? throw new Xunit.Sdk.XunitException($"{id}.md has no Example section");
        CodeBlock[] blocks = example.CodeBlocks.Where(b => b.IsCSharp).ToArray();

        Assert.True(blocks.Length >= 2, $"{id}.md: the Example section needs a bad and a fixed C# block, and has {blocks.Length}");
        Assert.True(
            blocks[0].Markers.Any(m => m.Id == id),
            $"{id}.md: the first C# block of Example is the bad example; end each line where {id} is reported with '// {id}'");
        Assert.True(blocks.Skip(1).Any(b => b.Markers.Count == 0), $"{id}.md: no fixed example (a C# block without '// SGxxxx' comments)");

        var failures = new List<string>();
        foreach (CodeBlock block in blocks)
        {
            failures.AddRange((await CheckAsync(id, block)).Select(f => $"{id}.md, C# block at line {block.PageLine}: {f}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void ExampleTheory_CoversEveryAnalyzerDiagnostic()
    {
        MethodInfo theory = typeof(DiagnosticDocsTests).GetMethod(nameof(Example_BehavesAsThePageSays))!;
        string[] cases = theory.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(theory)).Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToArray();
        string[] expected = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => id != Rules.InternalError).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, cases);
    }

    [Theory]
    [MemberData(nameof(EveryPageId))]
    public void Page_HasTheCommonShape(string id)
    {
        Assert.True(DiagnosticPage.Exists(id), $"docs/diagnostics/{id}.md is missing");
        DiagnosticPage page = DiagnosticPage.Load(id);
        DiagnosticDescriptor[] descriptors = DiagnosticDescriptors.All.Where(d => d.Id == id).ToArray();

        Match title = Regex.Match(page.Title, @"^# (SG\d{4}): (\S.*)$");
        Assert.True(title.Success, $"{id}.md: the first line must be '# {id}: <title>', not '{page.Title}'");
        Assert.Equal(id, title.Groups[1].Value);

        Assert.True(page.SeverityLine is not null, $"{id}.md: no '**Default severity:** ...' line before the first section");
        CheckSeverity($"{id}.md, severity line", SeverityText(page.SeverityLine!), descriptors);

        string[] headings = page.Sections.Select(s => s.Heading).ToArray();
        string[] present = headings.Where(RequiredSections.Contains).ToArray();
        Assert.True(
            present.SequenceEqual(RequiredSections),
            $"{id}.md: needs the sections {string.Join(", ", RequiredSections.Select(s => $"'## {s}'"))} in this order; has {string.Join(", ", headings.Select(s => $"'## {s}'"))}");

        if (descriptors.Length > 0)
        {
            Assert.Equal(descriptors[0].Title.ToString(), title.Groups[2].Value);
            Assert.Contains($"**Category:** {descriptors[0].Category}", page.SeverityLine);
        }
    }

    [Fact]
    public void EveryPage_IsADiagnostic()
    {
        string[] known = EveryPageId.Select(row => (string)row[0]).ToArray();
        Assert.Empty(DiagnosticPage.ExistingIds.Except(known));
    }

    [Fact]
    public void EveryDescriptor_LinksToItsPage()
    {
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.EndsWith($"docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(DiagnosticPage.Exists(descriptor.Id), $"{descriptor.HelpLinkUri}: docs/diagnostics/{descriptor.Id}.md is missing");
        }
    }

    /// <summary>Every page has one row in docs/diagnostics/README.md, with its link, its title and its severity.</summary>
    [Fact]
    public void Index_ListsEveryPage()
    {
        var rows = Regex.Matches(DiagnosticPage.Index, @"^\|\s*(?<id>SG\d{4})\s*\|(?<severity>[^|]*)\|(?<title>[^|]*)\|(?<link>[^|]*)\|\s*$", RegexOptions.Multiline)
            .ToLookup(m => m.Groups["id"].Value);

        foreach (string id in DiagnosticPage.ExistingIds)
        {
            Match[] matches = rows[id].ToArray();
            Assert.True(matches.Length == 1, $"README.md: needs one row '| {id} | severity | title | [{id}]({id}.md) |', has {matches.Length}");
            Match row = matches[0];
            Assert.Equal($"[{id}]({id}.md)", row.Groups["link"].Value.Trim());

            DiagnosticPage page = DiagnosticPage.Load(id);
            Assert.Equal(page.Title, $"# {id}: {row.Groups["title"].Value.Trim()}");
            CheckSeverity($"README.md, row {id}", row.Groups["severity"].Value.Trim(), DiagnosticDescriptors.All.Where(d => d.Id == id).ToArray());
        }

        Assert.Empty(rows.Select(g => g.Key).Except(DiagnosticPage.ExistingIds));
    }

    /// <summary>The text after "**Default severity:**", up to the next field ("· **Category:** ...").</summary>
    private static string SeverityText(string line) => line["**Default severity:**".Length..].Split('·')[0].Trim();

    /// <summary>
    /// The severity text starts with the default severity: the ID's descriptor's (one per ID, see
    /// SeverityConfigurationTests), or the build step's. Should an ID ever have descriptors at two severities,
    /// the second must be mentioned too.
    /// </summary>
    private static void CheckSeverity(string where, string text, DiagnosticDescriptor[] descriptors)
    {
        string? buildStep = BuildSteps.Keys.FirstOrDefault(id => where.StartsWith(id, StringComparison.Ordinal) || where.Contains($"row {id}", StringComparison.Ordinal));
        string[] severities = descriptors.Length == 0 ? new[] { buildStep is null ? "error" : BuildSteps[buildStep] } : descriptors.Select(d => Name(d.DefaultSeverity)).Distinct().ToArray();
        string first = Regex.Match(text, @"^\w+").Value;
        Assert.True(first == severities[0], $"{where}: '{text}' must start with the default severity '{severities[0]}'");
        foreach (string other in severities.Skip(1))
        {
            Assert.True(text.Contains(other, StringComparison.Ordinal), $"{where}: '{text}' does not mention that some cases are reported as {other}");
        }
    }

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private static async Task<List<string>> CheckAsync(string id, CodeBlock block)
    {
        // The pages leave out `using StepGen;` to stay short.
        bool addUsing = !Regex.IsMatch(block.Code, @"^\s*using\s+StepGen\s*;", RegexOptions.Multiline);
        string source = addUsing ? "using StepGen;\n" + block.Code : block.Code;
        int firstLine = addUsing ? 1 : 0;

        (Compilation output, GeneratorDriverRunResult run) = TestCompilation.Generate(source);
        ImmutableArray<Diagnostic> analyzed = await TestCompilation.AnalyzeAsync(source);
        Diagnostic[] stepGen = analyzed.Concat(run.Diagnostics).OrderBy(d => d.Location.SourceSpan.Start).ToArray();

        var failures = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"compiler error {Describe(d, firstLine)}")
            .ToList();

        IReadOnlyList<Marker> markers = block.Markers;
        if (markers.Count == 0)
        {
            failures.AddRange(stepGen.Select(d => $"the fixed example reports {Describe(d, firstLine)}"));
            return failures;
        }

        var found = markers.ToDictionary(m => m, _ => new List<Diagnostic>());
        foreach (Diagnostic diagnostic in stepGen)
        {
            (int start, int end) = Lines(diagnostic, firstLine);
            Marker? marker = markers.FirstOrDefault(m => m.Id == diagnostic.Id && m.Line >= start && m.Line <= end);
            if (marker is not null)
            {
                found[marker].Add(diagnostic);
            }
            else if (diagnostic.Id == id || diagnostic.Severity != DiagnosticSeverity.Info)
            {
                failures.Add($"{Describe(diagnostic, firstLine)} is reported on a line without a '// {diagnostic.Id}' comment");
            }
        }

        foreach ((Marker marker, List<Diagnostic> diagnostics) in found)
        {
            string where = $"line {marker.Line + 1} of the block says {marker.Id}{(marker.Count > 1 ? " x" + marker.Count : "")}";
            if (diagnostics.Count != marker.Count)
            {
                string reported = diagnostics.Count == 0
                    ? "it is not reported there"
                    : $"it is reported {diagnostics.Count} time(s) there: " + string.Join("; ", diagnostics.Select(d => Describe(d, firstLine)));
                failures.Add($"{where}, but {reported}");
            }

            string expected = marker.Severity ?? Name(DiagnosticDescriptors.All.First(d => d.Id == marker.Id).DefaultSeverity);
            failures.AddRange(diagnostics.Where(d => Name(d.Severity) != expected).Select(d => $"{where} at {expected}, but it is reported as {Name(d.Severity)}: {Describe(d, firstLine)}"));
        }

        return failures;
    }

    /// <summary>The 0-based lines of the block that the diagnostic spans; (-1, -1) when it is not in the block.</summary>
    private static (int Start, int End) Lines(Diagnostic diagnostic, int firstLine)
    {
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree!.FilePath != ExampleSourcePath)
        {
            return (-1, -1);
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line - firstLine, span.EndLinePosition.Line - firstLine);
    }

    private static string Describe(Diagnostic diagnostic, int firstLine)
    {
        (int start, _) = Lines(diagnostic, firstLine);
        string where = start >= 0 ? $" at line {start + 1} of the block" : "";
        return $"{diagnostic.Id} ({Name(diagnostic.Severity)}){where}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
