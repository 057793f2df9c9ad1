using System.Collections.Generic;

using StepGen.Asl.JsonAta;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The built-in functions as values: each implementation with its signature from the core's function catalogue
/// (<see cref="JsonAtaFunctions"/>, the one list of names and signatures) and its arity, the number of parameters
/// the reference's JavaScript implementation declares (it decides what <c>$map</c> and friends pass).
/// </summary>
internal static class JsonAtaBuiltIns
{
    /// <summary>The jsonata 2.2.2 built-ins by name.</summary>
    public static IReadOnlyDictionary<string, JsonAtaFunction> Standard { get; } = BuildStandard();

    /// <summary>The Step Functions additions by name (<c>random</c> replaces the built-in).</summary>
    public static IReadOnlyDictionary<string, JsonAtaFunction> StepFunctions { get; } = BuildStepFunctions();

    private static Dictionary<string, JsonAtaFunction> BuildStandard()
    {
        var functions = new Dictionary<string, JsonAtaFunction>(System.StringComparer.Ordinal);
        void Define(string name, int arity, JsonAtaNativeBody body) =>
            functions[name] = new JsonAtaNativeFunction(name, arity, Validator(JsonAtaFunctions.BuiltInSignature(name), name), body);

        Define("sum", 1, JsonAtaNumericFunctions.Sum);
        Define("count", 1, JsonAtaNumericFunctions.Count);
        Define("max", 1, JsonAtaNumericFunctions.Max);
        Define("min", 1, JsonAtaNumericFunctions.Min);
        Define("average", 1, JsonAtaNumericFunctions.Average);
        Define("string", 1, JsonAtaStringFunctions.String);
        Define("substring", 3, JsonAtaStringFunctions.Substring);
        Define("substringBefore", 2, JsonAtaStringFunctions.SubstringBefore);
        Define("substringAfter", 2, JsonAtaStringFunctions.SubstringAfter);
        Define("lowercase", 1, JsonAtaStringFunctions.Lowercase);
        Define("uppercase", 1, JsonAtaStringFunctions.Uppercase);
        Define("length", 1, JsonAtaStringFunctions.Length);
        Define("trim", 1, JsonAtaStringFunctions.Trim);
        Define("pad", 3, JsonAtaStringFunctions.Pad);
        Define("match", 3, JsonAtaStringFunctions.Match);
        Define("contains", 2, JsonAtaStringFunctions.Contains);
        Define("replace", 4, JsonAtaStringFunctions.Replace);
        Define("split", 3, JsonAtaStringFunctions.Split);
        Define("join", 2, JsonAtaStringFunctions.Join);
        Define("formatNumber", 3, JsonAtaNumberFormatter.FormatNumber);
        Define("formatBase", 2, JsonAtaNumericFunctions.FormatBase);
        Define("formatInteger", 2, JsonAtaIntegerFormatter.FormatInteger);
        Define("parseInteger", 2, JsonAtaIntegerFormatter.ParseInteger);
        Define("number", 1, JsonAtaNumericFunctions.Number);
        Define("floor", 1, JsonAtaNumericFunctions.Floor);
        Define("ceil", 1, JsonAtaNumericFunctions.Ceil);
        Define("round", 2, JsonAtaNumericFunctions.Round);
        Define("abs", 1, JsonAtaNumericFunctions.Abs);
        Define("sqrt", 1, JsonAtaNumericFunctions.Sqrt);
        Define("power", 2, JsonAtaNumericFunctions.Power);
        Define("random", 0, JsonAtaNumericFunctions.Random);
        Define("boolean", 1, JsonAtaCollectionFunctions.Boolean);
        Define("not", 1, JsonAtaCollectionFunctions.Not);
        Define("map", 2, JsonAtaCollectionFunctions.Map);
        Define("zip", 0, JsonAtaCollectionFunctions.Zip);
        Define("filter", 2, JsonAtaCollectionFunctions.Filter);
        Define("single", 2, JsonAtaCollectionFunctions.Single);
        Define("reduce", 3, JsonAtaCollectionFunctions.Reduce);
        Define("sift", 2, JsonAtaCollectionFunctions.Sift);
        Define("keys", 1, JsonAtaCollectionFunctions.Keys);
        Define("lookup", 2, JsonAtaCollectionFunctions.Lookup);
        Define("append", 2, JsonAtaCollectionFunctions.Append);
        Define("exists", 1, JsonAtaCollectionFunctions.Exists);
        Define("spread", 1, JsonAtaCollectionFunctions.Spread);
        Define("merge", 1, JsonAtaCollectionFunctions.Merge);
        Define("reverse", 1, JsonAtaCollectionFunctions.Reverse);
        Define("each", 2, JsonAtaCollectionFunctions.Each);
        Define("error", 1, JsonAtaCollectionFunctions.Error);
        Define("assert", 2, JsonAtaCollectionFunctions.Assert);
        Define("type", 1, JsonAtaCollectionFunctions.Type);
        Define("sort", 2, JsonAtaCollectionFunctions.Sort);
        Define("shuffle", 1, JsonAtaCollectionFunctions.Shuffle);
        Define("distinct", 1, JsonAtaCollectionFunctions.Distinct);
        Define("base64encode", 1, JsonAtaEncodingFunctions.Base64Encode);
        Define("base64decode", 1, JsonAtaEncodingFunctions.Base64Decode);
        Define("encodeUrlComponent", 1, JsonAtaEncodingFunctions.EncodeUrlComponent);
        Define("encodeUrl", 1, JsonAtaEncodingFunctions.EncodeUrl);
        Define("decodeUrlComponent", 1, JsonAtaEncodingFunctions.DecodeUrlComponent);
        Define("decodeUrl", 1, JsonAtaEncodingFunctions.DecodeUrl);
        Define("eval", 2, Eval);
        Define("toMillis", 2, JsonAtaDateTime.ToMillis);
        Define("fromMillis", 3, JsonAtaDateTime.FromMillis);
        Define("clone", 1, JsonAtaCollectionFunctions.Clone);
        Define("now", 2, JsonAtaDateTime.Now);
        Define("millis", 0, JsonAtaDateTime.Millis);
        foreach (string name in JsonAtaFunctions.Names)
        {
            if (!functions.ContainsKey(name) && !JsonAtaFunctions.IsStepFunctionsFunction(name))
            {
                throw new System.InvalidOperationException("The catalogue's built-in $" + name + " has no implementation.");
            }
        }

        return functions;
    }

    private static Dictionary<string, JsonAtaFunction> BuildStepFunctions()
    {
        var functions = new Dictionary<string, JsonAtaFunction>(System.StringComparer.Ordinal);
        void Define(string name, int arity, JsonAtaNativeBody body) =>
            functions[name] = new JsonAtaNativeFunction(name, arity, Validator(JsonAtaFunctions.Signature(name), name), body);

        Define("partition", 2, JsonAtaStepFunctionsFunctions.Partition);
        Define("range", 3, JsonAtaStepFunctionsFunctions.Range);
        Define("hash", 2, JsonAtaStepFunctionsFunctions.Hash);
        Define("random", 1, JsonAtaStepFunctionsFunctions.Random);
        Define("uuid", 0, JsonAtaStepFunctionsFunctions.Uuid);
        Define("parse", 1, JsonAtaStepFunctionsFunctions.Parse);
        return functions;
    }

    private static JsonAtaArgumentValidator Validator(string? signature, string name) =>
        JsonAtaArgumentValidator.Parse(signature ?? throw new System.InvalidOperationException("The function catalogue has no signature for $" + name + "."));

    /// <summary>
    /// <c>$eval(expr, context)</c>: parses and evaluates a string in the caller's scope, over <c>context</c> when given
    /// (else the caller's context); a syntax error is D3120, an evaluation error D3121.
    /// </summary>
    private static object? Eval(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string text)
        {
            return null;
        }

        object? input = call.Input;
        if (a.Length > 1 && a[1] is not null)
        {
            input = a[1];
            if (input is JsonAtaSequence { IsSequence: false } array)
            {
                input = new JsonAtaSequence { IsSequence = true, IsOuterWrapper = true };
                ((JsonAtaSequence)input).Add(array);
            }
        }

        JsonAtaParseResult parsed = JsonAtaParser.Parse(text);
        if (parsed.Root is null)
        {
            throw new JsonAtaException("D3120", "Syntax error in the expression passed to $eval: " + parsed.Error?.Message);
        }

        try
        {
            return call.Evaluator.Evaluate(parsed.Root, input, call.Frame);
        }
        catch (JsonAtaException e)
        {
            throw new JsonAtaException("D3121", "Error evaluating the expression passed to $eval: " + e.Message);
        }
    }
}
