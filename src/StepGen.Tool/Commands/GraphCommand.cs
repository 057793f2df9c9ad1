using System;
using System.IO;

using StepGen.Asl.Graph;
using StepGen.Asl.Json;

namespace StepGen.Tool.Commands;

/// <summary>
/// <c>stepgen graph FILE</c>: prints the Mermaid flowchart of the ASL definition in FILE (the text of the generated
/// <c>Mermaid</c> constant and of the build's <c>.mmd</c> file) and exits 0; a definition that is only half written is
/// drawn as far as it goes. Bad arguments (no file, more than one, an option, a file that does not exist) exit 1; a
/// file that is not JSON (with the line and column) or not a JSON object exits 2.
/// </summary>
internal static class GraphCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ran;
        }

        if (args.Length == 0)
        {
            return Bad(stderr, "the definition is missing: stepgen graph FILE");
        }

        string? name = args.Length == 3 && args[1] == "--definition" ? args[2] : null;
        if ((args.Length > 1 && name is null) || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            string unexpected = args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : args[1];
            return Bad(stderr, $"unexpected argument '{unexpected}': stepgen graph takes one definition file and no options");
        }

        string path = args[0];
        if (File.Exists(path) && !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // YAML, a template, Terraform: the definition the source readers find in it, as lint, iam and import read it.
            Sources.FoundDefinition? found = Lint.DefinitionChoice.Pick("graph", path, name, stderr, out int exitCode);
            if (found is null)
            {
                return exitCode;
            }

            stdout.Write(MermaidDiagram.Write(JsonParser.Parse(found.Text).Value as JsonObject));
            return ExitCodes.Ran;
        }

        switch (JsonFile.TryRead(path, "stepgen graph: " + path, stderr, out JsonNode? definition))
        {
            case JsonFileRead.Unreadable:
                return ExitCodes.BadArguments;
            case JsonFileRead.NotJson:
                return ExitCodes.CannotRun;
        }

        if (definition is not JsonObject machine)
        {
            stderr.WriteLine($"stepgen graph: {path}: an ASL definition is a JSON object with StartAt and States, not {JsonFile.Describe(definition!)}");
            return ExitCodes.CannotRun;
        }

        if (!machine.ContainsKey("States") && !machine.ContainsKey("StartAt"))
        {
            // A package.json drawn as an empty flowchart would pass for a diagram.
            stderr.WriteLine($"stepgen graph: {path}: not an ASL definition: it has neither StartAt nor States");
            return ExitCodes.CannotRun;
        }

        stdout.Write(MermaidDiagram.Write(machine));
        return ExitCodes.Ran;
    }

    private static int Bad(TextWriter stderr, string message)
    {
        stderr.WriteLine("stepgen graph: " + message);
        stderr.WriteLine("See 'stepgen --help'.");
        return ExitCodes.BadArguments;
    }
}
