using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepGen.Asl.JsonAta;
using StepGen.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace StepGen.Asl.Tests.JsonAta;

/// <summary>
/// Our parser against the reference (npm jsonata 2.2.2) on a hand-written corpus, every built-in called with 0 to 3
/// arguments, and 3,000+ seeded random expressions, valid and broken: same accept/reject, same error code.
/// </summary>
public sealed class JsonAtaDifferentialTests
{
    /// <summary>
    /// Disagreements we accept, with the reason. (Not listed because they are agreements by definition: where the
    /// reference throws a JavaScript SyntaxError without a code, for a regex literal or a signature that its RegExp
    /// constructor refuses, we give <see cref="JsonAtaSyntaxError.InvalidRegexCode"/> or
    /// <see cref="JsonAtaSyntaxError.InvalidSignatureCode"/>.)
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new()
    {
        [new string('(', 5000)] = "Deeper than JsonAtaParser.MaxDepth: we refuse with S0299; the reference runs out of JavaScript stack"
            + " (a RangeError) or, when its code is already optimized by the JIT, reaches the end and reports S0203.",
    };

    private readonly ITestOutputHelper _output;

    public JsonAtaDifferentialTests(ITestOutputHelper output) => _output = output;

    internal static IReadOnlyList<string> Corpus()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "JsonAta", "jsonata-corpus.txt");
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        foreach (string name in JsonAtaFunctions.Names)
        {
            lines.Add("$" + name + "()");
            lines.Add("$" + name + "(1)");
            lines.Add("$" + name + "(1, 2)");
            lines.Add("$" + name + "(1, 2, 3)");
        }

        return lines;
    }

    [Fact]
    public async Task ParserAgreesWithTheReference()
    {
        var expressions = new List<string>(Corpus());
        var generator = new JsonAtaExpressionGenerator(20261203);
        for (int i = 0; i < 1000; i++)
        {
            expressions.Add(generator.Valid());
            expressions.Add(generator.Broken());
            expressions.Add(generator.Soup());
        }

        expressions.Add(new string('(', 5000));
        IReadOnlyList<JsonObject> answers = await JsonAtaReference.RunAsync(
            expressions.Select(e => new JsonAtaReference.Request(e, ParseOnly: true)).ToList());

        var disagreements = new List<string>();
        int agreed = 0;
        for (int i = 0; i < expressions.Count; i++)
        {
            string expression = expressions[i];
            JsonAtaParseResult ours = JsonAtaParser.Parse(expression);
            JsonObject answer = answers[i];
            bool theirsParsed = answer["parsed"] is not null;
            string? theirCode = answer["error"]?["code"]?.GetValue<string>();
            string? theirMessage = answer["error"]?["message"]?.GetValue<string>();
            bool same = ours.Success == theirsParsed && (ours.Success || ours.Error!.Code == theirCode
                || (theirCode is null && ours.Error!.Code is JsonAtaSyntaxError.InvalidRegexCode or JsonAtaSyntaxError.InvalidSignatureCode)
                || (theirMessage is not null && theirMessage.Contains("call stack") && ours.Error!.Code == JsonAtaSyntaxError.TooDeepCode));
            if (same || KnownDifferences.ContainsKey(expression))
            {
                agreed++;
                continue;
            }

            disagreements.Add(
                $"{expression.Substring(0, Math.Min(expression.Length, 120))}  ours: {(ours.Success ? "parsed" : ours.Error!.Code)}"
                + $"  reference: {(theirsParsed ? "parsed" : theirCode + " " + theirMessage)}");
        }

        _output.WriteLine($"expressions: {expressions.Count}, agreed: {agreed}");
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonObject answer in answers)
        {
            string key = answer["parsed"] is not null ? "parsed" : answer["error"]?["code"]?.GetValue<string>() ?? "no code";
            codes[key] = codes.TryGetValue(key, out int n) ? n + 1 : 1;
        }

        _output.WriteLine("reference outcomes: " + string.Join(", ", codes.Select(c => c.Key + " " + c.Value)));
        Assert.True(disagreements.Count == 0, disagreements.Count + " disagreements:\n" + string.Join("\n", disagreements.Take(60)));
    }
}
