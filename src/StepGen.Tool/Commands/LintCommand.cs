using System;
using System.Collections.Generic;
using System.IO;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;
using StepGen.Tool.Lint;
using StepGen.Tool.Sources;

namespace StepGen.Tool.Commands;

/// <summary>
/// <c>stepgen lint PATH... [--format text|sarif|github] [--warnings-as-errors]</c>: finds the state machine
/// definitions in each path (ASL files, CloudFormation/SAM templates, Terraform, cdk.out) and checks each with the
/// rules the analyzers apply to attributes (<see cref="DefinitionLinter"/>), printing the findings at their line and
/// column in the files the user edits.
/// </summary>
/// <remarks>
/// <c>--severity ID=error|warning|info|none</c> (repeatable) sets a rule's severity for the run, as
/// <c>dotnet_diagnostic.ID.severity</c> does for the analyzers. Exit codes: 0 when nothing failed; 1 for bad arguments; 2 when a file could not be read as a definition or
/// template; 3 when a definition has an error (or a warning, with <c>--warnings-as-errors</c>).
/// </remarks>
internal static class LintCommand
{
    private static readonly string[] Formats = { "text", "sarif", "github" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new List<string>();
        string format = "text";
        bool warningsAsErrors = false;
        var severities = new Dictionary<string, RuleSeverity?>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                stdout.Write(Usage.Text);
                return ExitCodes.Ran;
            }

            if (arg == "--warnings-as-errors")
            {
                warningsAsErrors = true;
            }
            else if (arg == "--format" || arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                string? value = arg.Length > "--format".Length ? arg.Substring("--format=".Length) : (i + 1 < args.Length ? args[++i] : null);
                if (value is null || Array.IndexOf(Formats, value) < 0)
                {
                    return Bad(stderr, $"--format takes one of {string.Join(", ", Formats)}");
                }

                format = value;
            }
            else if (arg == "--severity" || arg.StartsWith("--severity=", StringComparison.Ordinal))
            {
                string? value = arg.Length > "--severity".Length ? arg.Substring("--severity=".Length) : (i + 1 < args.Length ? args[++i] : null);
                if (!TryReadSeverity(value, out string id, out RuleSeverity? severity))
                {
                    return Bad(stderr, "--severity takes ID=error, ID=warning, ID=info or ID=none, with the ID of a rule such as SG4005");
                }

                severities[id] = severity;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return Bad(stderr, $"unknown option '{arg}'; the options are --format, --severity and --warnings-as-errors");
            }
            else
            {
                paths.Add(arg);
            }
        }

        if (paths.Count == 0)
        {
            return Bad(stderr, "name at least one file or folder: stepgen lint PATH... [--format text|sarif|github] [--warnings-as-errors]");
        }

        foreach (string path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return Bad(stderr, $"'{path}' is neither a file nor a folder");
            }
        }

        LintReport report = Check(paths);
        ApplySeverities(report, severities);
        foreach (string empty in report.Empty)
        {
            stderr.WriteLine($"stepgen lint: no state machine definition found in '{empty}' (ASL files, CloudFormation or SAM templates, Terraform, cdk.out)");
        }

        switch (format)
        {
            case "sarif":
                SarifReportWriter.Write(report, stdout, typeof(LintCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                break;
            case "github":
                GitHubReportWriter.Write(report, stdout);
                TextReportWriter.Write(report, stderr);
                break;
            default:
                TextReportWriter.Write(report, stdout);
                break;
        }

        if (report.Unreadable.Count > 0)
        {
            return ExitCodes.CannotRun;
        }

        bool failed = report.Count(RuleSeverity.Error) > 0 || (warningsAsErrors && report.Count(RuleSeverity.Warning) > 0);
        return failed ? ExitCodes.Findings : ExitCodes.Ran;
    }

    /// <summary>Reads and checks every definition under <paramref name="paths"/>.</summary>
    internal static LintReport Check(IEnumerable<string> paths)
    {
        var report = new LintReport();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            SourceReadResult read = DefinitionSources.Read(path);
            if (read.Definitions.Count == 0 && read.Errors.Count == 0)
            {
                // Not a failure (a folder may hold none yet), but a CI step pointed at the wrong folder should say so.
                report.Empty.Add(path);
            }

            foreach (SourceError error in read.Errors)
            {
                report.Unreadable.Add(LintReportItem.Of(error));
            }

            foreach (FoundDefinition found in read.Definitions)
            {
                // Two paths (a folder and a file in it) may reach one definition: it is checked once.
                if (!seen.Add(Path.GetFullPath(found.File) + "\n" + found.Name + "\n" + found.Text))
                {
                    continue;
                }

                report.Definitions++;
                LintResult result = DefinitionLinter.Lint(found.Text, DefinitionChoice.MachineClassName(found), found.MachineName);
                foreach (LintFinding finding in result.Findings)
                {
                    report.Items.Add(LintReportItem.Of(found, finding.Id, finding.Severity, finding.Message, finding.Offset, finding.Length));
                }
            }
        }

        return report;
    }

    /// <summary>
    /// <c>--severity SG4005=none</c>: a rule's severity for this run, as <c>dotnet_diagnostic.SG4005.severity</c> sets it
    /// for the analyzers; <c>none</c> leaves its findings out.
    /// </summary>
    private static bool TryReadSeverity(string? value, out string id, out RuleSeverity? severity)
    {
        id = string.Empty;
        severity = null;
        int equals = value?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (value is null || equals <= 0)
        {
            return false;
        }

        id = value.Substring(0, equals).Trim();
        switch (value.Substring(equals + 1).Trim().ToLowerInvariant())
        {
            case "error": severity = RuleSeverity.Error; break;
            case "warning": severity = RuleSeverity.Warning; break;
            case "info" or "suggestion": severity = RuleSeverity.Info; break;
            case "none" or "silent": severity = null; break;
            default: return false;
        }

        return RuleCatalog.Get(id) is not null;
    }

    private static void ApplySeverities(LintReport report, Dictionary<string, RuleSeverity?> severities)
    {
        if (severities.Count == 0)
        {
            return;
        }

        var kept = new List<LintReportItem>();
        foreach (LintReportItem item in report.Items)
        {
            if (!severities.TryGetValue(item.Id, out RuleSeverity? severity))
            {
                kept.Add(item);
            }
            else if (severity is RuleSeverity chosen)
            {
                kept.Add(item with { Severity = chosen });
            }
        }

        report.Items.Clear();
        report.Items.AddRange(kept);
    }

    private static int Bad(TextWriter stderr, string message)
    {
        stderr.WriteLine("stepgen lint: " + message);
        return ExitCodes.BadArguments;
    }
}
