using System;
using System.Collections.Generic;
using System.IO;

namespace StepGen.Tool.Lint;

/// <summary>
/// The one definition a command that works on one (<c>stepgen iam</c>, <c>stepgen import</c>) takes from a file: the
/// only one in it, or the one <c>--definition NAME</c> names among several (a template's resources).
/// </summary>
internal static class DefinitionChoice
{
    /// <summary>The definition, or null with the message already written to <paramref name="stderr"/> and <paramref name="exitCode"/> set.</summary>
    public static DefinitionFile? Pick(string command, string file, string? name, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Ran;
        if (!File.Exists(file))
        {
            stderr.WriteLine($"stepgen {command}: '{file}' is not a file");
            exitCode = ExitCodes.BadArguments;
            return null;
        }

        var report = new LintReport();
        var found = new List<DefinitionFile>(DefinitionFiles.Read(file, report));
        if (report.Unreadable.Count > 0)
        {
            foreach (LintReportItem item in report.Unreadable)
            {
                stderr.WriteLine(TextReportWriter.Line(item));
            }

            exitCode = ExitCodes.CannotRun;
            return null;
        }

        if (name is not null)
        {
            found = found.FindAll(d => string.Equals(d.Label ?? d.Name, name, StringComparison.Ordinal) || string.Equals(d.Name, name, StringComparison.Ordinal));
        }

        if (found.Count == 1)
        {
            return found[0];
        }

        if (found.Count == 0)
        {
            stderr.WriteLine(name is null
                ? $"stepgen {command}: {file} holds no state machine definition"
                : $"stepgen {command}: {file} holds no state machine named '{name}'");
            exitCode = name is null ? ExitCodes.CannotRun : ExitCodes.BadArguments;
            return null;
        }

        var names = found.ConvertAll(d => d.Label ?? d.Name);
        stderr.WriteLine($"stepgen {command}: {file} holds {found.Count} state machines ({string.Join(", ", names)}); choose one with --definition NAME");
        exitCode = ExitCodes.BadArguments;
        return null;
    }
}
