using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Json;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The evaluator's value model and its conversions. A value is C# null (undefined), <see cref="JsonAtaNull"/>,
/// a boxed <see cref="bool"/>, a boxed <see cref="double"/> (JavaScript numbers), a <see cref="string"/>, a
/// <see cref="JsonAtaSequence"/>, a <see cref="JsonAtaObject"/> or a <see cref="JsonAtaFunction"/>.
/// </summary>
internal static class JsonAtaValues
{
    /// <summary>The boxed true, shared so booleans do not allocate.</summary>
    public static readonly object True = true;

    /// <summary>The boxed false.</summary>
    public static readonly object False = false;

    /// <summary>A boxed boolean without allocation.</summary>
    public static object Box(bool value) => value ? True : False;

    /// <summary>Whether the value is a JSONata number (a finite double). An infinite number is error D1001, as the reference's isNumeric.</summary>
    public static bool IsNumber(object? value)
    {
        if (value is double d)
        {
            if (double.IsNaN(d))
            {
                return false;
            }

            if (double.IsInfinity(d))
            {
                throw new JsonAtaException("D1001", "Number out of range: " + NumberToString(d));
            }

            return true;
        }

        return false;
    }

    public static bool IsArray(object? value) => value is JsonAtaSequence;

    public static bool IsFunction(object? value) => value is JsonAtaFunction;

    /// <summary>Whether every item is a string (false for a non-array).</summary>
    public static bool IsArrayOfStrings(object? value)
    {
        if (value is not JsonAtaSequence list)
        {
            return false;
        }

        foreach (object? item in list)
        {
            if (item is not string)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every item is a number (false for a non-array).</summary>
    public static bool IsArrayOfNumbers(object? value)
    {
        if (value is not JsonAtaSequence list)
        {
            return false;
        }

        foreach (object? item in list)
        {
            if (!IsNumber(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name <c>$type</c> gives: null, number, string, boolean, array, object or function; null for undefined.</summary>
    public static string? TypeName(object? value) => value switch
    {
        null => null,
        JsonAtaNull => "null",
        double => "number",
        string => "string",
        bool => "boolean",
        JsonAtaSequence => "array",
        JsonAtaFunction => "function",
        _ => "object",
    };

    /// <summary>
    /// The truthiness rule of <c>$boolean</c>: null for undefined; false for "", 0, null, false, an empty array or
    /// object and a function; an array is true when any of its items is.
    /// </summary>
    public static bool? Truthy(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonAtaSequence list:
                if (list.Count == 1)
                {
                    return Truthy(list[0]);
                }

                foreach (object? item in list)
                {
                    if (Truthy(item) == true)
                    {
                        return true;
                    }
                }

                return false;
            case string s:
                return s.Length > 0;
            case double d:
                return IsNumber(d) && d != 0;
            case bool b:
                return b;
            case JsonAtaObject o:
                return o.Count > 0;
            default:
                return false;
        }
    }

    /// <summary>The reference's deep equality: arrays item by item, objects by key set and values, the rest by value.</summary>
    public static bool DeepEqual(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        switch (a)
        {
            case double x:
                return b is double y && x == y;
            case string s:
                return b is string t && string.Equals(s, t, StringComparison.Ordinal);
            case bool p:
                return b is bool q && p == q;
            case JsonAtaSequence la when b is JsonAtaSequence lb:
                if (la.Count != lb.Count)
                {
                    return false;
                }

                for (int i = 0; i < la.Count; i++)
                {
                    if (!DeepEqual(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonAtaObject oa when b is JsonAtaObject ob:
                if (oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (string key in oa.Keys)
                {
                    if (!ob.TryGet(key, out object? other) || !DeepEqual(oa.Get(key), other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>JavaScript's <c>String(number)</c>: <c>1</c>, <c>0.1</c>, <c>1e+21</c>, <c>1e-7</c>, <c>NaN</c>, <c>Infinity</c>.</summary>
    public static string NumberToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // .NET's "R" is the shortest text that reads back as the value, as JavaScript's; only the layout differs.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r[0] == '-';
        int start = negative ? 1 : 0;
        int e = r.IndexOf('E');
        string mantissa = e < 0 ? r.Substring(start) : r.Substring(start, e - start);
        int exponent = e < 0 ? 0 : int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        int n = (point < 0 ? mantissa.Length : point) + exponent; // the decimal point's position in digits
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits.Substring(leadingZeros).TrimEnd('0');
        n -= leadingZeros;
        if (digits.Length == 0)
        {
            return "0";
        }

        int k = digits.Length;
        var sb = new StringBuilder(k + 8);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            int x = n - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+').Append(Math.Abs(x).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>A non-integer rounded to 15 significant digits, as <c>$string</c> writes numbers (integers stay).</summary>
    public static double ToPrecision15(double value)
    {
        if (value == Math.Floor(value) || double.IsInfinity(value) || double.IsNaN(value))
        {
            return value;
        }

        return double.Parse(value.ToString("E14", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>$string</c>: a string stays, a function is "", a number non-finite is D3001, anything else is its JSON
    /// text with non-integers at 15 significant digits and functions inside written "". Undefined stays undefined.
    /// </summary>
    public static string? ToJsonAtaString(object? value, bool prettify = false)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
            case JsonAtaFunction:
                return string.Empty;
            case double d when double.IsInfinity(d) || double.IsNaN(d):
                throw new JsonAtaException("D3001", "Attempting to invoke string function on Infinity or NaN");
            case double d:
                return NumberToString(ToPrecision15(d));
            case bool b:
                return b ? "true" : "false";
            case JsonAtaNull:
                return "null";
        }

        if (value is JsonAtaSequence { IsOuterWrapper: true } wrapper && wrapper.Count > 0)
        {
            value = wrapper[0];
        }

        var sb = new StringBuilder();
        WriteJson(sb, value, prettify ? 0 : -1, forString: true);
        return sb.ToString();
    }

    /// <summary>
    /// Writes a value as JSON. <paramref name="indent"/> -1 is compact, otherwise the current depth of
    /// JSON.stringify's two-space form. With <paramref name="forString"/>, numbers follow <c>$string</c>'s
    /// 15-digit rule and an infinite number is D1001. Undefined members are left out, as JSON.stringify does.
    /// </summary>
    internal static void WriteJson(StringBuilder sb, object? value, int indent, bool forString)
    {
        switch (value)
        {
            case null:
            case JsonAtaNull:
                sb.Append("null");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                if (double.IsNaN(d))
                {
                    sb.Append("null");
                    return;
                }

                if (double.IsInfinity(d))
                {
                    if (forString)
                    {
                        throw new JsonAtaException("D1001", "Number out of range: " + NumberToString(d));
                    }

                    sb.Append("null");
                    return;
                }

                sb.Append(NumberToString(forString ? ToPrecision15(d) : d));
                return;
            case string s:
                JsonWriter.WriteString(sb, s);
                return;
            case JsonAtaFunction:
                sb.Append("\"\"");
                return;
            case JsonAtaSequence list:
                {
                    sb.Append('[');
                    for (int i = 0; i < list.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(',');
                        }

                        NewLine(sb, indent, 1);
                        // JSON.stringify writes an undefined array item as null.
                        WriteJson(sb, list[i], indent < 0 ? -1 : indent + 1, forString);
                    }

                    if (list.Count > 0)
                    {
                        NewLine(sb, indent, 0);
                    }

                    sb.Append(']');
                    return;
                }

            case JsonAtaObject obj:
                {
                    sb.Append('{');
                    bool first = true;
                    foreach (string key in obj.Keys)
                    {
                        object? member = obj.Get(key);
                        if (member is null)
                        {
                            continue;
                        }

                        if (!first)
                        {
                            sb.Append(',');
                        }

                        first = false;
                        NewLine(sb, indent, 1);
                        JsonWriter.WriteString(sb, key);
                        sb.Append(indent < 0 ? ":" : ": ");
                        WriteJson(sb, member, indent < 0 ? -1 : indent + 1, forString);
                    }

                    if (!first)
                    {
                        NewLine(sb, indent, 0);
                    }

                    sb.Append('}');
                    return;
                }
        }
    }

    private static void NewLine(StringBuilder sb, int indent, int deeper)
    {
        if (indent < 0)
        {
            return;
        }

        sb.Append('\n');
        sb.Append(' ', (indent + deeper) * 2);
    }

    /// <summary>A JSON document as an evaluator value (deep copy; a JSON array becomes a plain array, not a sequence).</summary>
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonString s:
                return s.Value;
            case JsonNumber n:
                return ParseNumber(n.Text);
            case JsonArray array:
                {
                    var list = new JsonAtaSequence(array.Count);
                    foreach (JsonNode item in array.Items)
                    {
                        list.Add(FromJson(item));
                    }

                    return list;
                }

            case JsonObject obj:
                {
                    var result = new JsonAtaObject(obj.Count);
                    foreach (KeyValuePair<string, JsonNode> member in obj.Members)
                    {
                        result.Set(member.Key, FromJson(member.Value));
                    }

                    return result;
                }

            default:
                return node.Kind switch
                {
                    JsonNodeKind.True => True,
                    JsonNodeKind.False => False,
                    _ => JsonAtaNull.Value,
                };
        }
    }

    /// <summary>A JSON number's value; short integers, the usual case, without the general parser.</summary>
    private static double ParseNumber(string text)
    {
        int start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (text.Length - start is > 0 and <= 15)
        {
            long value = 0;
            int i = start;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    break;
                }

                value = (value * 10) + (c - '0');
            }

            if (i == text.Length)
            {
                return start == 1 ? (value == 0 ? -0.0 : -value) : value;
            }
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// An evaluator value as JSON, as the reference's result reads after JSON.stringify: a function is <c>""</c>,
    /// undefined members are left out, undefined array items and non-finite numbers are null. Undefined is C# null.
    /// </summary>
    public static JsonNode? ToJson(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonAtaNull:
                return JsonNode.Null;
            case bool b:
                return JsonNode.FromBoolean(b);
            case double d:
                return double.IsNaN(d) || double.IsInfinity(d) ? JsonNode.Null : JsonNumber.FromValidatedText(NumberToString(d));
            case string s:
                return new JsonString(s);
            case JsonAtaFunction:
                return new JsonString(string.Empty);
            case JsonAtaSequence list:
                {
                    var array = new JsonArray();
                    foreach (object? item in list)
                    {
                        array.Add(ToJson(item) ?? JsonNode.Null);
                    }

                    return array;
                }

            case JsonAtaObject obj:
                {
                    var result = new JsonObject();
                    foreach (string key in obj.Keys)
                    {
                        JsonNode? member = ToJson(obj.Get(key));
                        if (member != null)
                        {
                            result.Add(key, member);
                        }
                    }

                    return result;
                }

            default:
                return JsonNode.Null;
        }
    }

    /// <summary>A deep copy through JSON, as <c>$clone</c> and the transform operator copy their input.</summary>
    public static object? Clone(object? value)
    {
        switch (value)
        {
            case JsonAtaSequence list:
                {
                    var copy = new JsonAtaSequence(list.Count);
                    foreach (object? item in list)
                    {
                        copy.Add(item is null || item is JsonAtaFunction ? (item is null ? JsonAtaNull.Value : string.Empty) : Clone(item));
                    }

                    return copy;
                }

            case JsonAtaObject obj:
                {
                    var copy = new JsonAtaObject(obj.Count);
                    foreach (string key in obj.Keys)
                    {
                        object? member = obj.Get(key);
                        if (member is not null)
                        {
                            copy.Set(key, member is JsonAtaFunction ? string.Empty : Clone(member));
                        }
                    }

                    return copy;
                }

            case double d:
                return ToPrecision15(d);
            default:
                return value;
        }
    }
}
