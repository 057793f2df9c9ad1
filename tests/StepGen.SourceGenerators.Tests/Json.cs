using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepGen.SourceGenerators.Tests;

/// <summary>Compares JSON as values (System.Text.Json, independent of StepGen's own reader and writer).</summary>
internal static class Json
{
    public static void Equal(string expected, string actual)
    {
        JsonNode? e = JsonNode.Parse(expected);
        JsonNode? a = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"JSON differs.\nExpected:\n{e?.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}\nActual:\n{actual}");
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json) ?? throw new InvalidOperationException("null JSON");
}
