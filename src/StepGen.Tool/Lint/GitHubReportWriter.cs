using System.IO;
using System.Text;
using StepGen.Asl.Problems;

namespace StepGen.Tool.Lint;

/// <summary>
/// GitHub Actions workflow commands, one annotation per finding
/// (<c>::error file=F,line=L,endLine=L,col=C,endColumn=C,title=ID::message</c>), which GitHub shows on the lines of
/// the pull request ("Workflow commands for GitHub Actions" in GitHub's documentation). Columns are sent only for a
/// finding on one line: the toolkit refuses them for a span across lines. Info findings are notices.
/// </summary>
internal static class GitHubReportWriter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (LintReportItem item in report.Unreadable)
        {
            output.WriteLine(Command(item));
        }

        foreach (LintReportItem item in report.Items)
        {
            output.WriteLine(Command(item));
        }
    }

    public static string Command(LintReportItem item)
    {
        string kind = item.Severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "notice",
        };

        var text = new StringBuilder("::").Append(kind);
        text.Append(" file=").Append(Property(item.File.Replace('\\', '/')));
        text.Append(",line=").Append(item.Start.Line).Append(",endLine=").Append(item.End.Line);
        if (item.Start.Line == item.End.Line)
        {
            text.Append(",col=").Append(item.Start.Column).Append(",endColumn=").Append(item.End.Column);
        }

        string title = item.Id.Length == 0 ? "stepgen lint" : item.Id;
        text.Append(",title=").Append(Property(title + (item.Definition is null ? string.Empty : " in " + item.Definition)));
        text.Append("::").Append(Data(item.Message));
        return text.ToString();
    }

    /// <summary>A message: '%', CR and LF are escaped, as the Actions toolkit escapes command data.</summary>
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value: also ':' and ',', which separate properties.</summary>
    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
