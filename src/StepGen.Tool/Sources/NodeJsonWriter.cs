using System.Globalization;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources;

/// <summary>
/// Writes a <see cref="SourceNode"/> tree as compact JSON text whose anchors lead back to the file: each key and string
/// character to where it was read (an escaped character to the character it escapes), numbers and literals to their
/// text, punctuation to the node it opens or closes.
/// </summary>
internal static class NodeJsonWriter
{
    /// <summary>
    /// Past this many characters the text is refused: YAML aliases can multiply a small file, and Step Functions takes
    /// definitions of up to 1 MiB.
    /// </summary>
    private const int MaxLength = 8 * 1024 * 1024;

    public static MappedString Write(SourceNode node)
    {
        var builder = new MappedTextBuilder();
        WriteNode(builder, node, 0);
        return builder.ToMappedString();
    }

    private static void WriteNode(MappedTextBuilder builder, SourceNode node, int depth)
    {
        if (builder.Length > MaxLength || depth > 1000)
        {
            throw new SourceFormatException(node.Offset, "the definition expands to too much text (YAML aliases of aliases?)");
        }

        switch (node)
        {
            case SourceMapping mapping:
                builder.AppendSynthetic("{", mapping.Offset);
                for (int i = 0; i < mapping.Members.Count; i++)
                {
                    SourceMember member = mapping.Members[i];
                    if (i > 0)
                    {
                        builder.AppendSynthetic(",", member.Key.Offset);
                    }

                    WriteString(builder, member.Key.Text, member.Key.Offset);
                    builder.AppendSynthetic(":", member.Key.Offset);
                    WriteNode(builder, member.Value, depth + 1);
                }

                builder.AppendSynthetic("}", mapping.Offset);
                break;
            case SourceSequence sequence:
                builder.AppendSynthetic("[", sequence.Offset);
                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.AppendSynthetic(",", sequence.Items[i].Offset);
                    }

                    WriteNode(builder, sequence.Items[i], depth + 1);
                }

                builder.AppendSynthetic("]", sequence.Offset);
                break;
            case SourceScalar { Kind: ScalarKind.String } scalar:
                WriteString(builder, scalar.Text, scalar.Offset);
                break;
            case SourceScalar scalar:
                builder.Append(scalar.Text);
                break;
        }
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string; <paramref name="offset"/> is where its quotes map.</summary>
    public static void WriteString(MappedTextBuilder builder, MappedString value, int offset)
    {
        builder.AppendSynthetic("\"", offset);
        string s = value.Value;
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            string? escape = Escape(s[i]);
            if (escape is null)
            {
                continue;
            }

            builder.Append(value, run, i - run);
            builder.AppendSynthetic(escape, value.FileOffsetAt(i));
            run = i + 1;
        }

        builder.Append(value, run, s.Length - run);
        builder.AppendSynthetic("\"", value.Length > 0 ? value.FileOffsetAt(s.Length - 1) : offset);
    }

    private static string? Escape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        _ => null,
    };
}
