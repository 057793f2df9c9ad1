using StepGen.Asl.Json;

namespace StepGen.Asl.Compile;

/// <summary>Short constructors for JSON values used when building ASL and IAM documents.</summary>
internal static class J
{
    public static JsonNode Str(string value) => new JsonString(value);

    public static JsonNode Num(long value) => JsonNumber.FromInt64(value);

    public static JsonNode? Num(double value) => JsonNumber.TryFromDouble(value);

    public static JsonNode Bool(bool value) => value ? JsonNode.True : JsonNode.False;

    public static JsonNode Null => JsonNode.Null;

    public static JsonArray Strings(System.Collections.Generic.IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (string value in values)
        {
            array.Add(new JsonString(value));
        }

        return array;
    }
}
