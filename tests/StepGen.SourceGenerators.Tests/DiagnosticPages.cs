using System.Text.RegularExpressions;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// A page of docs/diagnostics, read from the copy in the test output (see the project file), split into
/// its title, severity line, sections and fenced code blocks.
/// </summary>
internal sealed class DiagnosticPage
{
    private const string Fence = "```";

    private DiagnosticPage(string id, string title, string? severityLine, IReadOnlyList<PageSection> sections)
    {
        Id = id;
        Title = title;
        SeverityLine = severityLine;
        Sections = sections;
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Docs", "diagnostics");

    /// <summary>The index of all pages.</summary>
    public static string Index => File.ReadAllText(Path.Combine(Folder, "README.md"));

    /// <summary>The IDs of the pages that exist, from their file names.</summary>
    public static IEnumerable<string> ExistingIds => Directory.GetFiles(Folder, "SG*.md").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);

    public string Id { get; }

    /// <summary>The first line, e.g. <c># SG1001: StartAt is missing or names no state</c>.</summary>
    public string Title { get; }

    /// <summary>The line that starts with <c>**Default severity:**</c>, if there is one before the first section.</summary>
    public string? SeverityLine { get; }

    /// <summary>The <c>## </c> sections in page order.</summary>
    public IReadOnlyList<PageSection> Sections { get; }

    public static bool Exists(string id) => File.Exists(Path.Combine(Folder, id + ".md"));

    public static DiagnosticPage Load(string id) => Parse(id, File.ReadAllText(Path.Combine(Folder, id + ".md")));

    public PageSection? Section(string heading) => Sections.FirstOrDefault(s => s.Heading == heading);

    private static DiagnosticPage Parse(string id, string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        string? severityLine = null;
        var sections = new List<PageSection>();
        string? heading = null;
        var blocks = new List<CodeBlock>();
        var code = new List<string>();
        string? language = null;
        int codeLine = 0;

        void CloseSection()
        {
            if (heading is not null)
            {
                sections.Add(new PageSection(heading, blocks.ToArray()));
            }

            blocks.Clear();
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (language is not null)
            {
                if (line.TrimStart().StartsWith(Fence, StringComparison.Ordinal))
                {
                    blocks.Add(new CodeBlock(language, string.Join("\n", code) + "\n", codeLine));
                    language = null;
                    code.Clear();
                }
                else
                {
                    code.Add(line);
                }
            }
            else if (line.TrimStart().StartsWith(Fence, StringComparison.Ordinal))
            {
                language = line.Trim()[Fence.Length..].Trim();
                codeLine = i + 2;
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                CloseSection();
                heading = line[3..].Trim();
            }
            else if (heading is null && line.StartsWith("**Default severity:**", StringComparison.Ordinal))
            {
                severityLine = line;
            }
        }

        Assert.True(language is null, $"{id}.md: a code block is not closed");
        CloseSection();
        return new DiagnosticPage(id, lines[0], severityLine, sections);
    }
}

internal sealed record PageSection(string Heading, IReadOnlyList<CodeBlock> CodeBlocks);

/// <summary>A fenced block: its info string, its text, and the page line (1-based) of its first line of code.</summary>
internal sealed record CodeBlock(string Language, string Code, int PageLine)
{
    // "// SG1010 (x3)", "// SG1016 x2: ...", "// SG1008 (warning): ...", "// SG1004".
    private static readonly Regex MarkerPattern = new(
        @"//\s*(?<id>SG\d{4})\b(?:\s*\(x(?<count>\d+)\)|\s*x(?<count>\d+)\b|\s*\((?<severity>error|warning|info)\))?",
        RegexOptions.CultureInvariant);

    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    /// <summary>
    /// The <c>// SGxxxx</c> comments that say a diagnostic is reported on their line: the line (0-based in the
    /// block), the ID, how many times (<c>x2</c>, <c>(x3)</c>) and, when written, at which severity.
    /// </summary>
    public IReadOnlyList<Marker> Markers => Code.Split('\n')
        .SelectMany((line, index) => MarkerPattern.Matches(line).Select(m => new Marker(
            index,
            m.Groups["id"].Value,
            m.Groups["count"].Success ? int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1,
            m.Groups["severity"].Success ? m.Groups["severity"].Value : null)))
        .ToArray();
}

internal sealed record Marker(int Line, string Id, int Count, string? Severity);
