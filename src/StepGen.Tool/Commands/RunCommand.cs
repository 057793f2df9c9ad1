using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

using StepGen.Testing;

namespace StepGen.Tool.Commands;

/// <summary>
/// <c>stepgen run</c>: runs a definition with StepGen.Testing and prints the result as one JSON object. The
/// contract (options, output, exit codes) is API.md §4's; scripts depend on it.
/// </summary>
internal static class RunCommand
{
    private static readonly string[] Options =
        ["--definition", "--input", "--mocks", "--test-case", "--state-machine", "--execution-name", "--start-time", "--substitution", "--max-transitions"];

    private static readonly string[] Repeatable = ["--substitution"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ran;
        }

        OptionReader options = OptionReader.Read(args, Options, out string? error, Repeatable);
        if (error != null)
        {
            return Bad(stderr, error);
        }

        string? definitionPath = options.Get("--definition");
        if (definitionPath is null)
        {
            return Bad(stderr, "--definition is required: the ASL definition to run");
        }

        string? mocksPath = options.Get("--mocks");
        string? testCase = options.Get("--test-case");
        if ((mocksPath is null) != (testCase is null))
        {
            return Bad(stderr, mocksPath is null ? "--test-case needs --mocks (the mock configuration it names)" : "--mocks needs --test-case (which test case of the file to use)");
        }

        var execution = new ExecutionOptions();
        if (options.Get("--execution-name") is string name)
        {
            execution.Name = name;
        }

        if (options.Get("--start-time") is string start)
        {
            if (!DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset startTime))
            {
                return Bad(stderr, $"--start-time '{start}' is not an ISO 8601 time such as 2026-01-01T00:00:00Z");
            }

            execution.StartTime = startTime;
        }

        if (options.Get("--max-transitions") is string max)
        {
            if (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out int transitions) || transitions < 1)
            {
                return Bad(stderr, $"--max-transitions '{max}' is not a positive whole number");
            }

            execution.MaxTransitions = transitions;
        }

        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in options.All("--substitution"))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return Bad(stderr, $"--substitution '{pair}' is not NAME=VALUE (for ${{NAME}} in the definition)");
            }

            substitutions[pair.Substring(0, equals)] = pair.Substring(equals + 1);
        }

        string? definition = ReadFile(definitionPath, "--definition", stderr);
        string? input = options.Get("--input") is string inputPath ? ReadFile(inputPath, "--input", stderr) : "{}";
        string? mocksText = mocksPath is null ? null : ReadFile(mocksPath, "--mocks", stderr);
        if (definition is null || input is null || (mocksPath != null && mocksText is null))
        {
            return ExitCodes.BadArguments;
        }

        try
        {
            MockConfigFile? mocks = mocksText is null ? null : MockConfigFile.Parse(mocksText, Path.GetFileName(mocksPath!));
            string? stateMachine = options.Get("--state-machine");
            string machineName = stateMachine
                ?? (mocks is { StateMachines.Count: 1 } ? mocks.StateMachines[0] : StateMachineRunner.NameOfFile(definitionPath));
            var runner = StateMachineRunner.FromDefinition(definition, machineName, substitutions);
            if (mocks != null)
            {
                runner.UseMockConfig(mocks, testCase!, stateMachine);
            }

            ExecutionResult result;
            try
            {
                result = await runner.RunAsync(input, execution).ConfigureAwait(false);
            }
            catch (ArgumentException e) when (e.ParamName == "input")
            {
                return Cannot(stderr, $"{Path.GetFileName(options.Get("--input"))}: {WithoutParameter(e)}");
            }
            catch (MockMissingException e) when (e.StateName != null)
            {
                // The runner's message names the C# calls; the tool's user adds the state to the mock file.
                string where = testCase is null ? "a mock file (--mocks FILE --test-case NAME)" : $"test case '{testCase}' of {Path.GetFileName(mocksPath)}";
                return Cannot(stderr, $"{e.Message}{Environment.NewLine}With stepgen run: add \"{e.StateName}\": \"<mocked response>\" to {where}, and the response to MockedResponses.");
            }

            stdout.WriteLine(result.ToJson());
            return ExitCodes.Ran;
        }
        catch (Exception e) when (e is StateMachineDefinitionException or FormatException or MockMissingException or InvalidMockException or NotSupportedException or ArgumentException)
        {
            return Cannot(stderr, e is ArgumentException a ? WithoutParameter(a) : e.Message);
        }
    }

    /// <summary>The message without the " (Parameter 'x')" that ArgumentException appends, which means nothing to a tool user.</summary>
    private static string WithoutParameter(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);

    private static string? ReadFile(string path, string option, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"stepgen run: {option} {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
            return null;
        }
    }

    private static int Bad(TextWriter stderr, string message)
    {
        stderr.WriteLine("stepgen run: " + message);
        stderr.WriteLine("See 'stepgen --help'.");
        return ExitCodes.BadArguments;
    }

    private static int Cannot(TextWriter stderr, string message)
    {
        stderr.WriteLine("stepgen run: " + message);
        return ExitCodes.CannotRun;
    }
}
