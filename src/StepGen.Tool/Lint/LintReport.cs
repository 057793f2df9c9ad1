using System.Collections.Generic;
using StepGen.Asl.Problems;

namespace StepGen.Tool.Lint;

/// <summary>A position in a file the user edits: 1-based line and column (UTF-16 code units, SARIF's default).</summary>
internal readonly record struct LintPosition(int Line, int Column);

/// <summary>One finding placed in a file: what the report formats print.</summary>
/// <param name="File">The file as the user named it (relative paths stay relative).</param>
/// <param name="Start">Where the characters at fault start.</param>
/// <param name="End">Where they end (exclusive).</param>
/// <param name="Definition">The definition it is about, when the file holds several (a template's resource), else null.</param>
internal sealed record LintReportItem(string File, LintPosition Start, LintPosition End, string Id, RuleSeverity Severity, string Message, string? Definition);

/// <summary>Everything one <c>stepgen lint</c> run found, in the order the files and definitions were read.</summary>
internal sealed class LintReport
{
    public List<LintReportItem> Items { get; } = new();

    /// <summary>Files that could not be read as a definition or template (not JSON or YAML, no state machine in it...).</summary>
    public List<LintReportItem> Unreadable { get; } = new();

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
