using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// Maps character offsets in a string literal's value to positions in the source text, for regular, verbatim
/// and raw literals. The decoded value is checked against the compiler's; on any mismatch it gives up, so a
/// location is never wrong, only less precise.
/// </summary>
internal static class StringLiteralMap
{
    public static bool TryMap(SyntaxToken token, int offset, int length, out TextSpan span)
    {
        span = default;
        string text = token.Text;
        string value = token.ValueText;
        List<int>? positions = Decode(text);
        if (positions is null || positions.Count != value.Length + 1 || offset > value.Length)
        {
            return false;
        }

        int end = offset + length > value.Length ? value.Length : offset + length;
        int start = positions[offset];
        int stop = end > offset ? positions[end - 1] + 1 : start + 1;
        if (end > offset && end < positions.Count && positions[end] > stop && end - 1 >= 0)
        {
            // An escape sequence spans several source characters: include them all.
            stop = positions[end];
        }

        span = TextSpan.FromBounds(token.SpanStart + start, token.SpanStart + stop);
        return true;
    }

    /// <summary>Source index of each value character, plus one entry for the position just after the value.</summary>
    private static List<int>? Decode(string text)
    {
        if (text.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            return DecodeRaw(text);
        }

        if (text.StartsWith("@\"", System.StringComparison.Ordinal))
        {
            return DecodeVerbatim(text);
        }

        if (text.StartsWith("\"", System.StringComparison.Ordinal))
        {
            return DecodeRegular(text);
        }

        return null;
    }

    private static List<int>? DecodeRegular(string text)
    {
        var positions = new List<int>(text.Length);
        int i = 1;
        while (i < text.Length - 1)
        {
            positions.Add(i);
            if (text[i] != '\\')
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                return null;
            }

            char kind = text[i + 1];
            int escapeLength = kind switch
            {
                'u' => 6,
                'x' => XLength(text, i + 2) + 2,
                'U' => 10,
                _ => 2,
            };

            if (kind == 'U')
            {
                // A \U escape outside the BMP decodes to two UTF-16 characters.
                positions.Add(i);
            }

            i += escapeLength;
        }

        positions.Add(text.Length - 1);
        return positions;
    }

    private static int XLength(string text, int start)
    {
        int count = 0;
        while (count < 4 && start + count < text.Length && System.Uri.IsHexDigit(text[start + count]))
        {
            count++;
        }

        return count;
    }

    private static List<int>? DecodeVerbatim(string text)
    {
        var positions = new List<int>(text.Length);
        int i = 2;
        while (i < text.Length - 1)
        {
            positions.Add(i);
            i += text[i] == '"' ? 2 : 1;
        }

        positions.Add(text.Length - 1);
        return positions;
    }

    private static List<int>? DecodeRaw(string text)
    {
        int quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        int contentEnd = text.Length - quotes;
        if (contentEnd < quotes)
        {
            return null;
        }

        int firstNewline = text.IndexOf('\n', quotes);
        if (firstNewline < 0 || firstNewline >= contentEnd)
        {
            // Single-line raw literal: the value is the text between the quotes.
            var single = new List<int>();
            for (int i = quotes; i < contentEnd; i++)
            {
                single.Add(i);
            }

            single.Add(contentEnd);
            return single;
        }

        // Multi-line: the closing line's whitespace is removed from every content line.
        int lastNewline = text.LastIndexOf('\n', contentEnd - 1);
        int indent = contentEnd - (lastNewline + 1);
        int closingLineStart = lastNewline + 1;
        if (lastNewline > 0 && text[lastNewline - 1] == '\r')
        {
            lastNewline--;
        }

        var positions = new List<int>();
        int lineStart = firstNewline + 1;
        while (lineStart <= lastNewline)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > closingLineStart)
            {
                return null;
            }

            int contentLineEnd = lineEnd > 0 && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            int start = lineStart;
            for (int k = 0; k < indent && start < contentLineEnd; k++)
            {
                start++;
            }

            for (int i = start; i < contentLineEnd; i++)
            {
                positions.Add(i);
            }

            if (lineEnd + 1 < closingLineStart)
            {
                // The line break between two content lines is part of the value.
                for (int i = contentLineEnd; i <= lineEnd; i++)
                {
                    positions.Add(i);
                }
            }

            lineStart = lineEnd + 1;
        }

        positions.Add(lastNewline < 0 ? contentEnd : lastNewline);
        return positions;
    }
}
