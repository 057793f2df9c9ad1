using System.Text;

namespace StepGen.Asl.Conditions;

/// <summary>The value of a single-quoted string literal in a condition, from its raw content between the quotes.</summary>
internal static class ConditionStringLiteral
{
    /// <summary>
    /// Decodes <paramref name="raw"/>, whose first character is at <paramref name="contentStart"/> in the condition.
    /// In a like pattern <c>\*</c> and <c>\\</c> stay escaped, as StringMatches reads them; elsewhere <c>\\</c> is one
    /// backslash. <c>\'</c> is a quote in both. Returns null, with the message and the offset of the escape, for
    /// <c>\*</c> outside a like pattern (the lexer lets no other escape through).
    /// </summary>
    public static string? Decode(string raw, int contentStart, bool like, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        if (raw.IndexOf('\\') < 0)
        {
            return raw;
        }

        var sb = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                sb.Append(c);
                continue;
            }

            char e = raw[++i];
            if (e == '\'')
            {
                sb.Append('\'');
            }
            else if (e == '\\')
            {
                sb.Append(like ? "\\\\" : "\\");
            }
            else if (e == '*' && like)
            {
                sb.Append("\\*");
            }
            else
            {
                // The lexer lets only \' \\ and \* through, so this is \* outside a like pattern.
                error = "'\\" + e + "' is an escape only in like patterns; elsewhere write * for a star or \\\\* for a backslash and a star";
                errorOffset = contentStart + i - 1;
                return null;
            }
        }

        return sb.ToString();
    }
}
