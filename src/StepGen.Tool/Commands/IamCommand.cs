using System;
using System.IO;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;
using StepGen.Tool.Lint;
using StepGen.Tool.Sources;

namespace StepGen.Tool.Commands;

/// <summary>
/// <c>stepgen iam FILE [--definition NAME]</c>: prints the least-privilege IAM policy StepGen derives for a
/// definition file, the same the generator writes for attributes, so a team can compare it with the role it has.
/// The definition's errors, and the warnings about the policy itself (SG4005: where it could not be scoped), go to
/// stderr in the lint form; an error exits 3, like lint, after the policy is printed.
/// </summary>
internal static class IamCommand
{
    private static readonly string[] Options = { "--definition" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ran;
        }

        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine("stepgen iam: name the definition file: stepgen iam FILE [--definition NAME]");
            return ExitCodes.BadArguments;
        }

        OptionReader options = OptionReader.Read(args.AsSpan(1).ToArray(), Options, out string? error);
        if (error is not null)
        {
            stderr.WriteLine("stepgen iam: " + error);
            return ExitCodes.BadArguments;
        }

        FoundDefinition? definition = DefinitionChoice.Pick("iam", args[0], options.Get("--definition"), stderr, out int exitCode);
        if (definition is null)
        {
            return exitCode;
        }

        LintResult result = DefinitionLinter.Lint(definition.Text, DefinitionChoice.MachineClassName(definition), definition.MachineName);
        bool errors = false;
        foreach (LintFinding finding in result.Findings)
        {
            bool aboutPolicy = finding.Id.StartsWith("SG4", StringComparison.Ordinal);
            if (finding.Severity == RuleSeverity.Error || aboutPolicy)
            {
                errors |= finding.Severity == RuleSeverity.Error;
                LintReportItem item = LintReportItem.Of(definition, finding.Id, finding.Severity, finding.Message, finding.Offset, finding.Length);
                stderr.WriteLine(TextReportWriter.Line(item));
            }
        }

        if (result.Compiled is null)
        {
            return ExitCodes.CannotRun;
        }

        stdout.WriteLine(result.Compiled.IamPolicy);
        return errors ? ExitCodes.Findings : ExitCodes.Ran;
    }
}
