using System;
using System.IO;
using System.Threading.Tasks;

using StepGen.Tool.Commands;

namespace StepGen.Tool;

/// <summary>The entry point: picks the command and hands it the rest of the arguments.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with explicit streams, so tests call it in process.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.Write(Usage.Text);
            return ExitCodes.BadArguments;
        }

        if (args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ran;
        }

        switch (args[0])
        {
            case "run":
                return await RunCommand.RunAsync(args.AsSpan(1).ToArray(), stdout, stderr).ConfigureAwait(false);
            case "jsonata":
                return JsonAtaCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr);
            case "lint":
                return LintCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr);
            case "iam":
                return IamCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr);
            case "import":
                return ImportCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr);
            case "graph":
                return GraphCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr);
            case "--version":
                stdout.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3));
                return ExitCodes.Ran;
            default:
                stderr.WriteLine($"stepgen: unknown command '{args[0]}'. The commands are: run, jsonata, lint, iam, import, graph. See 'stepgen --help'.");
                return ExitCodes.BadArguments;
        }
    }
}
