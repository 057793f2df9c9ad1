using System;
using System.IO;
using StepGen.Asl.Import;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;
using StepGen.Tool.Lint;
using StepGen.Tool.Sources;

namespace StepGen.Tool.Commands;

/// <summary>
/// <c>stepgen import FILE [--namespace N] [--class C] [--definition NAME]</c>: writes to stdout the StepGen C# for an
/// existing definition, which builds back to the same ASL (<see cref="CSharpSourceWriter"/>). What the attributes keep
/// in another form than StepGen's own properties is listed on stderr as notes with its JSON path. A definition the
/// attributes cannot hold at all (a state without a Type, a field of the wrong kind...) writes nothing: each problem
/// is reported with its path and position, and the command exits 2. Errors the build will report (a Next that names
/// no state...) are listed as warnings; the class is still written, as the definition is.
/// </summary>
internal static class ImportCommand
{
    private static readonly string[] Options = { "--namespace", "--class", "--definition" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ran;
        }

        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine("stepgen import: name the definition file: stepgen import FILE [--namespace N] [--class C]");
            return ExitCodes.BadArguments;
        }

        OptionReader options = OptionReader.Read(args.AsSpan(1).ToArray(), Options, out string? error);
        if (error is not null)
        {
            stderr.WriteLine("stepgen import: " + error);
            return ExitCodes.BadArguments;
        }

        string? className = options.Get("--class");
        if (className is not null && !ClassNames.IsIdentifier(className))
        {
            stderr.WriteLine($"stepgen import: --class '{className}' is not a C# class name");
            return ExitCodes.BadArguments;
        }

        string? @namespace = options.Get("--namespace");
        if (@namespace is not null && !Array.TrueForAll(@namespace.Split('.'), ClassNames.IsIdentifier))
        {
            stderr.WriteLine($"stepgen import: --namespace '{@namespace}' is not a C# namespace");
            return ExitCodes.BadArguments;
        }

        FoundDefinition? definition = DefinitionChoice.Pick("import", args[0], options.Get("--definition"), stderr, out int exitCode);
        if (definition is null)
        {
            return exitCode;
        }

        className ??= ClassNames.ForMachine(DefinitionChoice.MachineClassName(definition));
        AslImport import = AslImporter.Read(definition.Text, className, definition.MachineName);
        if (!import.Parsed.Success)
        {
            Write(stderr, definition, import.Parsed.ErrorOffset, import.Parsed.ErrorLength, "error", Rules.BadJson, "not valid JSON: " + import.Parsed.Error);
            return ExitCodes.CannotRun;
        }

        if (import.Machine is null || import.Problems.Count > 0)
        {
            foreach (ImportProblem problem in import.Problems)
            {
                Write(stderr, definition, problem.Offset, problem.Length, "error", problem.Id, $"{problem.Path}: {problem.Message} StepGen's attributes cannot hold it, so nothing was written.");
            }

            return ExitCodes.CannotRun;
        }

        foreach (ImportNote note in import.Notes)
        {
            Write(stderr, definition, note.Offset, note.Length, "info", "import", $"{note.Path}: {note.Message}");
        }

        LintResult lint = DefinitionLinter.Lint(definition.Text, className, definition.MachineName);
        foreach (LintFinding finding in lint.Findings)
        {
            if (finding.Severity == RuleSeverity.Error)
            {
                Write(stderr, definition, finding.Offset, finding.Length, "warning", finding.Id, "the build will report: " + finding.Message);
            }
        }

        stdout.Write(CSharpSourceWriter.Write(import.Machine, @namespace, $"Imported by stepgen import from {Path.GetFileName(definition.File)}."));
        return ExitCodes.Ran;
    }

    private static void Write(TextWriter stderr, FoundDefinition definition, int offset, int length, string severity, string id, string message)
    {
        FilePosition start = definition.Map.PositionOf(offset);
        stderr.WriteLine($"{definition.File}({start.Line},{start.Column}): {severity} {id}: {message}");
    }
}
