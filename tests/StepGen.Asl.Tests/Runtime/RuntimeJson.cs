using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Asl.Tests.Runtime;

/// <summary>Small helpers for the runtime tests: JSON from text, and JSON comparison by value.</summary>
internal static class RuntimeJson
{
    public static JsonNode Parse(string json)
    {
        JsonParseResult parsed = JsonParser.Parse(json);
        Assert.True(parsed.Success, parsed.Error);
        return parsed.Value!;
    }

    /// <summary>Asserts that <paramref name="actual"/> is the JSON <paramref name="expected"/> (member order included).</summary>
    public static void Equal(string expected, JsonNode actual) =>
        Assert.Equal(Parse(expected).ToString(), actual.ToString());

    public static EvaluationScope Scope(string input, string? context = null, IReadOnlyDictionary<string, JsonNode>? variables = null) =>
        new EvaluationScope(Parse(input), context is null ? null : Parse(context), variables);

    public static AslRuntimeException Throws(string error, Action action)
    {
        AslRuntimeException e = Assert.Throws<AslRuntimeException>(action);
        Assert.Equal(error, e.Error);
        return e;
    }
}
