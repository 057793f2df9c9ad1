using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

using StepGen.Asl.Json;
using StepGen.Testing.JsonAta;

namespace StepGen.Tool.Commands;

/// <summary>
/// <c>stepgen jsonata EXPR [--input FILE] [--bindings FILE]</c>: evaluates a JSONata expression with StepGen.Testing's
/// evaluator and prints one JSON object: <c>{"result": v}</c>, <c>{"undefined": true}</c> or
/// <c>{"error": {"code", "message"}}</c>, exiting 0 for all three. Bad arguments (an unknown option, a missing or
/// unreadable file, a file that is not JSON, bindings that are not an object) exit 1 with a message on stderr.
/// </summary>
internal static class JsonAtaCommand
{
    private static readonly string[] Options = ["--input", "--bindings"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            stdout.Write(Usage.Text);
            return ExitCodes.Ran;
        }

        // The expression is the one argument that is neither an option nor an option's value, wherever it stands
        // (stepgen jsonata --input order.json '$sum(items.price)' works too).
        int at = 0;
        while (at < args.Length && Array.IndexOf(Options, args[at]) >= 0)
        {
            at += 2;
        }

        if (at >= args.Length || args[at].StartsWith("--", StringComparison.Ordinal))
        {
            return Bad(stderr, "the expression is missing: stepgen jsonata EXPR [--input FILE] [--bindings FILE]");
        }

        string expression = args[at];
        var rest = new List<string>(args);
        rest.RemoveAt(at);
        OptionReader options = OptionReader.Read(rest.ToArray(), Options, out string? error);
        if (error != null)
        {
            return Bad(stderr, error);
        }

        JsonNode? input = null;
        if (options.Get("--input") is string inputPath)
        {
            if (JsonFile.TryRead(inputPath, $"stepgen jsonata: --input {inputPath}", stderr, out input) != JsonFileRead.Read)
            {
                return ExitCodes.BadArguments;
            }
        }

        var bindings = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (options.Get("--bindings") is string bindingsPath)
        {
            if (JsonFile.TryRead(bindingsPath, $"stepgen jsonata: --bindings {bindingsPath}", stderr, out JsonNode? bindingsNode) != JsonFileRead.Read)
            {
                return ExitCodes.BadArguments;
            }

            if (bindingsNode is not JsonObject variables)
            {
                return Bad(stderr, $"--bindings {bindingsPath}: the file must hold a JSON object of variable names and values, not {JsonFile.Describe(bindingsNode!)}");
            }

            foreach (KeyValuePair<string, JsonNode> variable in variables.Members)
            {
                bindings[variable.Key.StartsWith('$') ? variable.Key.Substring(1) : variable.Key] = variable.Value;
            }
        }

        var answer = new JsonObject();
        try
        {
            JsonNode? result = JsonAtaExpression.Compile(expression).Evaluate(input, bindings);
            if (result is null)
            {
                answer.Add("undefined", JsonNode.True);
            }
            else
            {
                answer.Add("result", result);
            }
        }
        catch (JsonAtaException e)
        {
            var details = new JsonObject();
            details.Add("code", new JsonString(e.Code));
            details.Add("message", new JsonString(e.Message));
            if (e.Position >= 0)
            {
                details.Add("position", JsonNumber.FromInt64(e.Position));
            }

            if (e.Token != null)
            {
                details.Add("token", new JsonString(e.Token));
            }

            answer.Add("error", details);
        }

        stdout.WriteLine(JsonWriter.Write(answer, indented: false));
        return ExitCodes.Ran;
    }

    private static int Bad(TextWriter stderr, string message)
    {
        var text = new StringBuilder("stepgen jsonata: ").Append(message);
        stderr.WriteLine(text.ToString());
        stderr.WriteLine("See 'stepgen --help'.");
        return ExitCodes.BadArguments;
    }
}
