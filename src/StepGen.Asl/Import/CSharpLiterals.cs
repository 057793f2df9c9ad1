using System;
using System.Globalization;
using System.Text;
using StepGen.Asl.Json;

namespace StepGen.Asl.Import;

/// <summary>C# literals for the values <see cref="CSharpSourceWriter"/> writes: strings, numbers, and JSON text as raw string literals.</summary>
internal static class CSharpLiterals
{
    /// <summary>A regular string literal, every character that needs it escaped.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>A double as C# writes it back to the same value: <c>2.0</c>, <c>1.5</c>.</summary>
    public static string Double(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
    }

    /// <summary>An integer literal, with the L suffix beyond int.</summary>
    public static string Integer(long value) =>
        value.ToString(CultureInfo.InvariantCulture) + (value is > int.MaxValue or < int.MinValue ? "L" : string.Empty);

    /// <summary>
    /// JSON text as a C# literal: on one line when short (<c>"""{ "a": 1 }"""</c>), else indented over several lines
    /// with the closing quotes at <paramref name="indent"/>. A raw string literal needs more quotes than the longest
    /// run of quotes inside; a text that starts or ends with a quote is written as a regular literal on one line.
    /// </summary>
    public static string Json(string json, string indent, int room)
    {
        JsonParseResult parsed = JsonParser.Parse(json, AslImporter.MaxDepth);
        if (!parsed.Success)
        {
            return String(json);
        }

        string inline = Inline(parsed.Value!);
        string quotes = new('"', Math.Max(3, LongestQuoteRun(inline) + 1));
        if (parsed.Value is not (JsonObject or JsonArray) || inline.StartsWith("\"", StringComparison.Ordinal) || inline.EndsWith("\"", StringComparison.Ordinal))
        {
            return String(inline);
        }

        if (inline.Length + 2 * quotes.Length <= room)
        {
            return quotes + inline + quotes;
        }

        string indented = JsonWriter.Write(parsed.Value!, indented: true);
        quotes = new('"', Math.Max(3, LongestQuoteRun(indented) + 1));
        var text = new StringBuilder(quotes).Append('\n');
        foreach (string line in indented.Split('\n'))
        {
            text.Append(indent).Append(line).Append('\n');
        }

        return text.Append(indent).Append(quotes).ToString();
    }

    /// <summary>JSON on one line with a space after each ':' and ',' and inside braces: <c>{ "a": [1, 2] }</c>.</summary>
    public static string Inline(JsonNode node)
    {
        var text = new StringBuilder();
        WriteInline(node, text, 0);
        return text.ToString();
    }

    private static void WriteInline(JsonNode node, StringBuilder text, int depth)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0 && depth < 256:
                text.Append("{ ");
                for (int i = 0; i < obj.Members.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(new JsonString(obj.Members[i].Key).ToString()).Append(": ");
                    WriteInline(obj.Members[i].Value, text, depth + 1);
                }

                text.Append(" }");
                break;
            case JsonArray array when array.Count > 0 && depth < 256:
                text.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    WriteInline(array[i]!, text, depth + 1);
                }

                text.Append(']');
                break;
            default:
                text.Append(node.ToString());
                break;
        }
    }

    private static int LongestQuoteRun(string text)
    {
        int longest = 0;
        int run = 0;
        foreach (char c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
