using System.Collections.Generic;
using System.Text;

namespace StepGen.Asl.Json;

/// <summary>
/// Deterministic JSON text. Indented output uses two spaces and <c>"\n"</c> line breaks,
/// <c>"key": value</c> with one space after the colon, and writes empty containers as <c>{}</c> and
/// <c>[]</c>. Compact output has no whitespace. Never throws and never recurses.
/// </summary>
public static class JsonWriter
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>The JSON text of <paramref name="node"/> (a null node is written as <c>null</c>).</summary>
    public static string Write(JsonNode node, bool indented = true)
    {
        var sb = new StringBuilder();
        Write(sb, node, indented);
        return sb.ToString();
    }

    /// <summary>Appends the JSON text of <paramref name="node"/> to <paramref name="sb"/>.</summary>
    /// <remarks>
    /// A container that contains itself (only possible when built by hand) is written as <c>null</c>
    /// at the point where it repeats, so the output stays finite.
    /// </remarks>
    public static void Write(StringBuilder sb, JsonNode node, bool indented = true)
    {
        if (sb is null)
        {
            return;
        }

        var containers = new List<JsonNode>();
        var positions = new List<int>();
        HashSet<JsonNode>? open = null;

        WriteValue(sb, node, containers, positions, ref open);
        while (containers.Count > 0)
        {
            int top = containers.Count - 1;
            JsonNode container = containers[top];
            int next = positions[top];
            var obj = container as JsonObject;
            var arr = container as JsonArray;
            int count = obj != null ? obj.Count : arr!.Count;

            if (next < count)
            {
                positions[top] = next + 1;
                if (next > 0)
                {
                    sb.Append(',');
                }

                if (indented)
                {
                    NewLine(sb, containers.Count);
                }

                JsonNode child;
                if (obj != null)
                {
                    KeyValuePair<string, JsonNode> member = obj.Members[next];
                    WriteString(sb, member.Key);
                    sb.Append(indented ? ": " : ":");
                    child = member.Value;
                }
                else
                {
                    child = arr!.Items[next];
                }

                WriteValue(sb, child, containers, positions, ref open);
            }
            else
            {
                containers.RemoveAt(top);
                positions.RemoveAt(top);
                open?.Remove(container);
                if (indented)
                {
                    NewLine(sb, containers.Count);
                }

                sb.Append(obj != null ? '}' : ']');
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="value"/> as a quoted JSON string (null is written as <c>""</c>).
    /// Escapes <c>"</c>, <c>\</c>, control characters (short forms <c>\b \f \n \r \t</c>, otherwise
    /// <c>\u00XX</c> with uppercase hex), U+007F, U+2028, U+2029 and unpaired surrogates; every other
    /// character, non-ASCII included, is written as is. <c>/ &lt; &gt; '</c> are not escaped.
    /// </summary>
    public static void WriteString(StringBuilder sb, string value)
    {
        if (sb is null)
        {
            return;
        }

        sb.Append('"');
        if (value != null)
        {
            int runStart = 0;
            int n = value.Length;
            for (int i = 0; i < n; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F)
                {
                    continue;
                }

                if (c > 0x7F && c != '\u2028' && c != '\u2029' && !char.IsSurrogate(c))
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(value[i + 1]))
                {
                    i++; // a valid pair is written as is
                    continue;
                }

                sb.Append(value, runStart, i - runStart);
                runStart = i + 1;
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default: AppendUnicodeEscape(sb, c); break;
                }
            }

            sb.Append(value, runStart, n - runStart);
        }

        sb.Append('"');
    }

    internal static void AppendUnicodeEscape(StringBuilder sb, char c)
    {
        sb.Append('\\').Append('u')
            .Append(Hex[(c >> 12) & 0xF])
            .Append(Hex[(c >> 8) & 0xF])
            .Append(Hex[(c >> 4) & 0xF])
            .Append(Hex[c & 0xF]);
    }

    /// <summary>
    /// Nesting up to this depth is checked for a repeated container by a scan of the open ones; deeper, by a set.
    /// Hashing every container by identity cost more than the rest of writing for typical ASL (depth under ten).
    /// </summary>
    private const int ScanDepth = 32;

    /// <summary>False when <paramref name="node"/> is already open (a container inside itself).</summary>
    private static bool Enter(JsonNode node, List<JsonNode> containers, ref HashSet<JsonNode>? open)
    {
        if (open is null)
        {
            if (containers.Count < ScanDepth)
            {
                foreach (JsonNode container in containers)
                {
                    if (ReferenceEquals(container, node))
                    {
                        return false;
                    }
                }

                return true;
            }

            open = new HashSet<JsonNode>(containers);
        }

        return open.Add(node);
    }

    private static void WriteValue(StringBuilder sb, JsonNode? node, List<JsonNode> containers, List<int> positions, ref HashSet<JsonNode>? open)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                return;
            case JsonString s:
                WriteString(sb, s.Value);
                return;
            case JsonNumber num:
                sb.Append(num.Text);
                return;
            case JsonObject obj:
                if (obj.Count == 0)
                {
                    sb.Append("{}");
                    return;
                }

                break;
            case JsonArray arr:
                if (arr.Count == 0)
                {
                    sb.Append("[]");
                    return;
                }

                break;
            default:
                sb.Append(node.Kind == JsonNodeKind.True ? "true" : node.Kind == JsonNodeKind.False ? "false" : "null");
                return;
        }

        if (!Enter(node, containers, ref open))
        {
            sb.Append("null");
            return;
        }

        sb.Append(node is JsonObject ? '{' : '[');
        containers.Add(node);
        positions.Add(0);
    }

    private static void NewLine(StringBuilder sb, int depth)
    {
        sb.Append('\n').Append(' ', depth * 2);
    }
}
