using System;
using System.Collections.Generic;
using System.IO;
using StepGen.Tool.Sources;

namespace StepGen.Tool.Lint;

/// <summary>
/// The one definition a command that works on one (<c>stepgen iam</c>, <c>stepgen import</c>) takes from a file: the
/// only one in it, or the one <c>--definition NAME</c> names among several (a template's resources).
/// </summary>
internal static class DefinitionChoice
{
    /// <summary>The definition, or null with the message already written to <paramref name="stderr"/> and <paramref name="exitCode"/> set.</summary>
    public static FoundDefinition? Pick(string command, string file, string? name, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Ran;
        if (!File.Exists(file))
        {
            stderr.WriteLine($"stepgen {command}: '{file}' is not a file");
            exitCode = ExitCodes.BadArguments;
            return null;
        }

        SourceReadResult read = DefinitionSources.Read(file);
        if (read.Errors.Count > 0)
        {
            foreach (SourceError error in read.Errors)
            {
                stderr.WriteLine(TextReportWriter.Line(LintReportItem.Of(error)));
            }

            exitCode = ExitCodes.CannotRun;
            return null;
        }

        var found = new List<FoundDefinition>(read.Definitions);
        if (name is not null)
        {
            found = found.FindAll(d => string.Equals(d.Name, name, StringComparison.Ordinal) || string.Equals(d.MachineName, name, StringComparison.Ordinal));
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

        var names = found.ConvertAll(d => d.Name);
        stderr.WriteLine($"stepgen {command}: {file} holds {found.Count} state machines ({string.Join(", ", names)}); choose one with --definition NAME");
        exitCode = ExitCodes.BadArguments;
        return null;
    }

    /// <summary>What to call the machine's class: the file's stem for an ASL file, else the template's name for it.</summary>
    public static string MachineClassName(FoundDefinition definition)
    {
        string name = LintReportItem.Label(definition) ?? Path.GetFileName(definition.File);
        int dot = LintReportItem.Label(definition) is null ? name.IndexOf('.', StringComparison.Ordinal) : -1;
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
