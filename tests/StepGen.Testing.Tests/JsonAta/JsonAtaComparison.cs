using System.Globalization;
using System.Text.Json.Nodes;

using StepGen.Testing.JsonAta;
using StepGen.Tests.Shared;

namespace StepGen.Testing.Tests.JsonAta;

/// <summary>One expression of a differential run: the text, the input document (or none) and the variables.</summary>
internal sealed record JsonAtaCase(string Expression, string InputName, JsonNode? Input, bool HasInput, JsonObject? Bindings = null);

/// <summary>
/// Evaluates cases with StepGen's evaluator and with the reference (npm jsonata 2.2.2, one node process for all) and
/// compares them: results as JSON values (numbers as doubles, object members in any order), errors by code,
/// undefined with undefined.
/// </summary>
internal static class JsonAtaComparison
{
    /// <summary>The instant both sides would need to agree on; cases that read the clock are not compared.</summary>
    public static readonly DateTimeOffset FixedNow = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<Outcome>> RunAsync(IReadOnlyList<JsonAtaCase> cases)
    {
        IReadOnlyList<JsonObject> reference = await JsonAtaReference.RunAsync(
            cases.Select(c => new JsonAtaReference.Request(c.Expression, Input: c.Input, HasInput: c.HasInput, Bindings: c.Bindings)).ToList());
        var outcomes = new List<Outcome>(cases.Count);
        for (int i = 0; i < cases.Count; i++)
        {
            JsonObject ours = Ours(cases[i]);
            outcomes.Add(new Outcome(cases[i], ours, reference[i], Agree(ours, reference[i])));
        }

        return outcomes;
    }

    /// <summary>StepGen's answer in the reference script's shape: result, undefined or error (with code).</summary>
    public static JsonObject Ours(JsonAtaCase c)
    {
        try
        {
            JsonAtaExpression expression = JsonAtaExpression.Compile(c.Expression);
            Asl.Json.JsonNode? input = c.HasInput ? ToAsl(c.Input) : null;
            Dictionary<string, Asl.Json.JsonNode>? bindings = c.Bindings?.ToDictionary(p => p.Key, p => ToAsl(p.Value)!);
            Asl.Json.JsonNode? result = expression.Evaluate(input, bindings, new JsonAtaOptions { Now = FixedNow, StepFunctionsFunctions = false });
            return result is null
                ? new JsonObject { ["undefined"] = true }
                : new JsonObject { ["result"] = JsonNode.Parse(result.ToString()) };
        }
        catch (JsonAtaException e)
        {
            return new JsonObject { ["error"] = new JsonObject { ["code"] = e.Code, ["message"] = e.Message, ["position"] = e.Position } };
        }
        catch (Exception e)
        {
            // Never agrees: the evaluator must only ever throw JsonAtaException.
            return new JsonObject { ["crash"] = e.GetType().Name + ": " + e.Message + " " + e.StackTrace?.Split('\n').FirstOrDefault() };
        }
    }

    private static Asl.Json.JsonNode? ToAsl(JsonNode? node)
    {
        if (node is null)
        {
            return Asl.Json.JsonNode.Null;
        }

        return Asl.Json.JsonParser.Parse(node.ToJsonString()).Value;
    }

    /// <summary>Whether the two answers agree (see the class summary).</summary>
    public static bool Agree(JsonObject ours, JsonObject reference)
    {
        if (reference.ContainsKey("error") || ours.ContainsKey("error"))
        {
            string? a = (string?)ours["error"]?["code"];
            string? b = (string?)reference["error"]?["code"];

            // A JavaScript exception inside the reference (a TypeError) has no JSONata code: both failing is agreement.
            if (reference["error"] is JsonObject error && error["code"] is null)
            {
                return a is not null;
            }

            return a is not null && a == b;
        }

        if (reference.ContainsKey("undefined") || ours.ContainsKey("undefined"))
        {
            return reference.ContainsKey("undefined") && ours.ContainsKey("undefined");
        }

        return reference.ContainsKey("result") && ours.ContainsKey("result") && SameValue(ours["result"], ReplaceFunctions(reference["result"]));
    }

    /// <summary>The reference script writes a function as {"$function": true}; StepGen's result writes it "".</summary>
    private static JsonNode? ReplaceFunctions(JsonNode? node) => node switch
    {
        JsonObject o when o.Count == 1 && o.ContainsKey("$function") => JsonValue.Create(string.Empty),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, ReplaceFunctions(p.Value)))),
        JsonArray a => new JsonArray(a.Select(ReplaceFunctions).ToArray()),
        _ => node?.DeepClone(),
    };

    public static bool SameValue(JsonNode? a, JsonNode? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonObject oa:
                return b is JsonObject ob && oa.Count == ob.Count && oa.All(p => ob.TryGetPropertyValue(p.Key, out JsonNode? v) && SameValue(p.Value, v));
            case JsonArray aa:
                return b is JsonArray ab && aa.Count == ab.Count && aa.Zip(ab).All(p => SameValue(p.First, p.Second));
            default:
                if (b is null || b is JsonObject || b is JsonArray)
                {
                    return false;
                }

                JsonValue va = a.AsValue();
                JsonValue vb = b.AsValue();
                if (va.GetValueKind() == System.Text.Json.JsonValueKind.Number && vb.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                {
                    return double.Parse(va.ToJsonString(), CultureInfo.InvariantCulture) == double.Parse(vb.ToJsonString(), CultureInfo.InvariantCulture);
                }

                return va.ToJsonString() == vb.ToJsonString();
        }
    }

    /// <summary>A case with both answers.</summary>
    public sealed record Outcome(JsonAtaCase Case, JsonObject Ours, JsonObject Reference, bool Agreed)
    {
        public override string ToString() =>
            $"[{Case.InputName}] {Case.Expression}{Environment.NewLine}    StepGen:   {Ours.ToJsonString()}{Environment.NewLine}    reference: {Reference.ToJsonString()}";
    }
}
