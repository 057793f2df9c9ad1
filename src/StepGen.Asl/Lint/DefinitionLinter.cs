using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Import;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Lint;

/// <summary>One problem with a definition read from JSON: the rule, its default severity, the message and the characters at fault.</summary>
/// <param name="Offset">Start of the characters at fault in the JSON text.</param>
/// <param name="Length">Their length (at least 1 when the text is not empty).</param>
public sealed record LintFinding(string Id, RuleSeverity Severity, string Message, int Offset, int Length);

/// <summary>What linting one definition gives: its findings in text order, and the machine compiled from it.</summary>
/// <param name="Compiled">The definition compiled by the core (its IAM policy, its ASL as StepGen writes it); null when the text is not a JSON object.</param>
public sealed record LintResult(IReadOnlyList<LintFinding> Findings, CompiledMachine? Compiled, AslImport Import);

/// <summary>
/// Checks an ASL definition written as JSON with the rules the analyzers apply to attributes: the definition is read
/// as the attributes a person would write for it (<see cref="AslImporter"/>), compiled by the one
/// <see cref="MachineCompiler"/>, and each problem placed back in the JSON text. Never throws.
/// </summary>
public static class DefinitionLinter
{
    /// <param name="text">The definition's JSON text.</param>
    /// <param name="name">What to call the machine when its deployed name is not known: the file's or the template resource's name.</param>
    /// <param name="machineName">
    /// The deployed state machine's name, when the deployment gives it as a literal: the IAM policy's state machine
    /// ARN names it, and it is checked as a name. A name that holds a <c>${...}</c> placeholder is not known.
    /// </param>
    public static LintResult Lint(string text, string name, string? machineName = null)
    {
        text ??= string.Empty;
        string className = ClassNames.ForMachine(name);
        if (machineName is not null && (machineName.Length == 0 || machineName.IndexOf("${", StringComparison.Ordinal) >= 0))
        {
            machineName = null;
        }

        AslImport import = AslImporter.Read(text, className, machineName);
        var findings = new List<LintFinding>();
        if (!import.Parsed.Success)
        {
            findings.Add(Finding(Rules.BadJson, Messages.Sentence("The definition is not valid JSON: " + import.Parsed.Error), import.Parsed.ErrorOffset, import.Parsed.ErrorLength, text));
            return new LintResult(findings, null, import);
        }

        foreach (ImportProblem problem in import.Problems)
        {
            findings.Add(Finding(problem.Id, problem.Message, problem.Offset, problem.Length, text));
        }

        CompiledMachine? compiled = null;
        if (import.Machine is not null)
        {
            compiled = MachineCompiler.Compile(import.Machine);
            foreach (Problem problem in compiled.Problems)
            {
                (int Offset, int Length) at = import.Sites.Locate(problem.Location) ?? (0, 0);
                findings.Add(Finding(problem.Id, problem.Message, at.Offset, at.Length, text));
            }
        }

        findings.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : string.CompareOrdinal(a.Id, b.Id));
        return new LintResult(findings, compiled, import);
    }

    private static LintFinding Finding(string id, string message, int offset, int length, string text)
    {
        RuleSeverity severity = RuleCatalog.Get(id)?.Severity ?? RuleSeverity.Error;
        int start = Math.Max(0, Math.Min(offset, text.Length));
        int end = Math.Max(start, Math.Min(text.Length, offset + Math.Max(1, length)));
        return new LintFinding(id, severity, message, start, end - start);
    }
}
