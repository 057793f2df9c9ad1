using System.Collections.Generic;
using System.IO;
using StepGen.Asl.Problems;
using StepGen.Tool.Sources;

namespace StepGen.Tool.Lint;

/// <summary>One finding placed in a file: what the report formats print.</summary>
/// <param name="File">The file as the user named it (relative paths stay relative).</param>
/// <param name="Start">Where the characters at fault start.</param>
/// <param name="End">Where they end (exclusive).</param>
/// <param name="Definition">The definition it is about, when the file holds several (a template's resource), else null.</param>
internal sealed record LintReportItem(string File, FilePosition Start, FilePosition End, string Id, RuleSeverity Severity, string Message, string? Definition)
{
    /// <summary>A finding of <paramref name="definition"/>, placed in its file.</summary>
    public static LintReportItem Of(FoundDefinition definition, string id, RuleSeverity severity, string message, int offset, int length) =>
        new(definition.File, definition.Map.PositionOf(offset), definition.Map.PositionOf(offset + length), id, severity, message, Label(definition));

    /// <summary>A file that could not be read: no rule, so no ID.</summary>
    public static LintReportItem Of(SourceError error) => new(error.File, error.Position, error.Position, string.Empty, RuleSeverity.Error, error.Message, null);

    /// <summary>The definition's name when its file can hold several (a template's resource), else null.</summary>
    public static string? Label(FoundDefinition definition) =>
        string.Equals(definition.Name, Path.GetFileName(definition.File), System.StringComparison.Ordinal) ? null : definition.Name;
}

/// <summary>Everything one <c>stepgen lint</c> run found, in the order the files and definitions were read.</summary>
internal sealed class LintReport
{
    public List<LintReportItem> Items { get; } = new();

    /// <summary>Files that could not be read as a definition or template (not JSON or YAML, no state machine in it...).</summary>
    public List<LintReportItem> Unreadable { get; } = new();

    /// <summary>Paths in which no state machine definition was found.</summary>
    public List<string> Empty { get; } = new();

    /// <summary>How many definitions were checked.</summary>
    public int Definitions { get; set; }

    public int Count(RuleSeverity severity)
    {
        int count = 0;
        foreach (LintReportItem item in Items)
        {
            count += item.Severity == severity ? 1 : 0;
        }

        return count;
    }
}
