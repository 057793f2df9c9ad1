using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Json;

namespace StepGen.Asl.Runtime;

/// <summary>
/// How the runtime reads JSON values: numbers as <see cref="decimal"/> when they fit (exact, so <c>0.1 + 0.2</c> and
/// <c>1</c> vs <c>1.0</c> compare as people expect) and as <see cref="double"/> otherwise; value equality; the JSON
/// kind names used in causes; and copies.
/// </summary>
internal static class JsonValues
{
    /// <summary>The value of a number as a decimal; false when it is out of decimal's range (then use a double).</summary>
    public static bool TryGetDecimal(JsonNumber number, out decimal value) =>
        decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Compares two numbers by value: exactly when both fit a decimal, by their double values otherwise.
    /// </summary>
    public static int CompareNumbers(JsonNumber a, JsonNumber b)
    {
        if (TryGetDecimal(a, out decimal x) && TryGetDecimal(b, out decimal y))
        {
            return x.CompareTo(y);
        }

        if (!a.TryGetDouble(out double dx))
        {
            dx = a.Text.StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (!b.TryGetDouble(out double dy))
        {
            dy = b.Text.StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return dx.CompareTo(dy);
    }

    /// <summary>The value as a whole number, when it is one (<c>3</c>, <c>3.0</c>, <c>3e2</c>) and fits a long.</summary>
    public static bool TryGetWholeNumber(JsonNumber number, out long value)
    {
        if (number.TryGetInt64(out value))
        {
            return true;
        }

        if (TryGetDecimal(number, out decimal d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>A JSON number for a decimal, in plain notation without trailing zeros (<c>2.50</c> is <c>2.5</c>).</summary>
    public static JsonNumber FromDecimal(decimal value)
    {
        if (value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue)
        {
            return JsonNumber.FromInt64((long)value);
        }

        string text = value.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf('.') >= 0)
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return JsonNumber.TryFromText(text) ?? JsonNumber.FromInt64(0);
    }

    /// <summary>
    /// Value equality: like <see cref="JsonNode.DeepEquals"/> with member order ignored, except that numbers compare
    /// by value (<c>1</c> equals <c>1.0</c>).
    /// </summary>
    public static bool ValueEquals(JsonNode a, JsonNode b) =>
        JsonNode.DeepEqualsBy(a, b, ignoreMemberOrder: true, numbersEqual: (x, y) => CompareNumbers(x, y) == 0);

    /// <summary>A hash consistent with <see cref="ValueEquals"/>.</summary>
    public static int ValueHash(JsonNode node)
    {
        switch (node)
        {
            case JsonString s:
                return StringComparer.Ordinal.GetHashCode(s.Value);
            case JsonNumber n:
                return TryGetDecimal(n, out decimal d) ? d.GetHashCode() : n.Text.GetHashCode();
            case JsonArray a:
                return 31 * a.Count + 7;
            case JsonObject o:
                return 37 * o.Count + 11;
            default:
                return (int)node.Kind;
        }
    }

    /// <summary>The kind of a value as the causes name it: "an object", "a string", "null"...</summary>
    public static string Describe(JsonNode? node) => node?.Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.True or JsonNodeKind.False => "a boolean",
        JsonNodeKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A deep copy; strings, numbers and literals are immutable and shared.</summary>
    public static JsonNode DeepClone(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                {
                    var copy = new JsonObject();
                    foreach (KeyValuePair<string, JsonNode> member in o.Members)
                    {
                        copy.Add(member.Key, DeepClone(member.Value));
                    }

                    return copy;
                }

            case JsonArray a:
                {
                    var copy = new JsonArray();
                    foreach (JsonNode item in a.Items)
                    {
                        copy.Add(DeepClone(item));
                    }

                    return copy;
                }

            default:
                return node;
        }
    }

    /// <summary>A shallow copy of an object: the same member values, in the same order.</summary>
    public static JsonObject ShallowCopy(JsonObject source)
    {
        var copy = new JsonObject();
        foreach (KeyValuePair<string, JsonNode> member in source.Members)
        {
            copy.Add(member.Key, member.Value);
        }

        return copy;
    }

    /// <summary>The compact JSON text of a value, cut to a length fit for a cause.</summary>
    public static string Excerpt(JsonNode node, int max = 200)
    {
        string text = JsonWriter.Write(node, indented: false);
        return text.Length <= max ? text : text.Substring(0, max) + "...";
    }
}
