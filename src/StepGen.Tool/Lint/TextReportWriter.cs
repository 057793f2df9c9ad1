using System.IO;
using StepGen.Asl.Problems;

namespace StepGen.Tool.Lint;

/// <summary>
/// The plain form, one line per finding as compilers write them, <c>file(line,col): severity ID: message</c>, so that
/// editors and CI logs link each to its place; then a summary line.
/// </summary>
internal static class TextReportWriter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (LintReportItem item in report.Unreadable)
        {
            output.WriteLine(Line(item));
        }

        foreach (LintReportItem item in report.Items)
        {
            output.WriteLine(Line(item));
        }

        int errors = report.Count(RuleSeverity.Error) + report.Unreadable.Count;
        int warnings = report.Count(RuleSeverity.Warning);
        int infos = report.Count(RuleSeverity.Info);
        string checkedText = report.Definitions == 1 ? "1 state machine" : $"{report.Definitions} state machines";
        output.WriteLine($"{checkedText} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "message")}.");
    }

    public static string Line(LintReportItem item)
    {
        string about = item.Definition is null ? string.Empty : $" [{item.Definition}]";
        string id = item.Id.Length == 0 ? string.Empty : " " + item.Id;
        return $"{item.File}({item.Start.Line},{item.Start.Column}): {Word(item.Severity)}{id}: {item.Message}{about}";
    }

    public static string Word(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
