using System.Text.Json.Nodes;

namespace StepGen.Tests.Shared;

/// <summary>
/// The JSONata reference implementation (the npm package jsonata, pinned in tests/js/package.json), run through
/// tests/js/jsonata-reference.js: an independent opinion on whether an expression parses and what it evaluates to.
/// </summary>
internal static class JsonAtaReference
{
    /// <summary>One expression to compile (and, unless <paramref name="ParseOnly"/>, evaluate).</summary>
    /// <param name="Input">The input document, used when <paramref name="HasInput"/> (otherwise the input is undefined); a JSON null input is Input = null with HasInput = true.</param>
    public sealed record Request(string Expression, bool ParseOnly = false, JsonNode? Input = null, bool HasInput = false, JsonObject? Bindings = null)
    {
        internal JsonObject ToJson()
        {
            var json = new JsonObject { ["expression"] = Expression, ["parseOnly"] = ParseOnly };
            if (HasInput)
            {
                json["input"] = Input?.DeepClone();
            }

            if (Bindings is not null)
            {
                json["bindings"] = Bindings.DeepClone();
            }

            return json;
        }
    }

    /// <summary>
    /// The reference's answers, one per request in order: <c>{"parsed":true}</c>, <c>{"result":v}</c>,
    /// <c>{"undefined":true}</c>, <c>{"error":{"code","message","position","token"}}</c> or <c>{"timeout":true}</c>
    /// (see the script's header). A function value is written <c>{"$function":true}</c>.
    /// </summary>
    public static async Task<IReadOnlyList<JsonObject>> RunAsync(IReadOnlyList<Request> requests)
    {
        var array = new JsonArray(requests.Select(r => (JsonNode)r.ToJson()).ToArray());
        string stdout = await NodeScript.RunAsync("jsonata-reference.js", array.ToJsonString(), TimeSpan.FromMinutes(5));
        JsonArray answers = JsonNode.Parse(stdout) as JsonArray
            ?? throw new Xunit.Sdk.XunitException("jsonata-reference.js printed no array: " + stdout);
        if (answers.Count != requests.Count)
        {
            throw new Xunit.Sdk.XunitException($"jsonata-reference.js answered {answers.Count} of {requests.Count} requests.");
        }

        return answers.Select(a => (JsonObject)a!).ToList();
    }
}
