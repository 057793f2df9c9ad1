namespace StepGen.Tool.Sources;

/// <summary>
/// Quotes the <c>${...}</c> placeholders that stand where a JSON value goes rather than inside a string, as in a
/// Terraform heredoc's <c>"MaxConcurrency": ${var.concurrency}</c> or a DefinitionString's <c>"Seconds": ${Delay}</c>:
/// the deployment writes a number there, so the text is JSON only once it is deployed. Quoted, the placeholder is a
/// substitution StepGen keeps as it is (and does not check), instead of a syntax error in a definition AWS accepts.
/// </summary>
internal static class BarePlaceholders
{
    public static MappedString Quote(MappedString text)
    {
        string value = text.Value;
        if (value.IndexOf("${", System.StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var builder = new MappedTextBuilder();
        bool inString = false;
        int copied = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                int end = value.IndexOf('}', i + 2);
                if (end < 0)
                {
                    break;
                }

                builder.Append(text, copied, i - copied);
                int at = text.FileOffsetAt(i);
                builder.AppendSynthetic("\"", at);
                builder.Append(text, i, end + 1 - i);
                builder.AppendSynthetic("\"", at);
                copied = end + 1;
                i = end;
            }
        }

        if (copied == 0)
        {
            return text;
        }

        builder.Append(text, copied, value.Length - copied);
        return builder.ToMappedString();
    }
}
