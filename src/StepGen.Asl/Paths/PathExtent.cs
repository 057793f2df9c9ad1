namespace StepGen.Asl.Paths;

/// <summary>
/// Where a path written inside a larger expression ends: a path in a <c>[When]</c> condition (<c>$.a[0] == 1</c>)
/// or in an intrinsic function argument (<c>States.Format('{}', $.a)</c>). The scanner only finds the extent;
/// <see cref="PathParser"/> then says whether the text is a valid path.
/// </summary>
/// <remarks>
/// <para>
/// Both callers embed the same JSONPath language, so they share one reading of it, the one <see cref="PathParser"/>
/// validates. Inside brackets and parentheses (<c>['a b']</c>, <c>[?(@.a &gt; 1)]</c>, <c>.length()</c>) a quoted
/// part, <c>'...'</c> or <c>"..."</c> with backslash escapes, is skipped whole, so <c>$['a,b)']</c> is one path;
/// outside them a backslash escapes the next character (<c>$.a\,b</c> names <c>a,b</c>). The path ends, outside
/// brackets, parentheses and quotes, at a <c>,</c>; and, anywhere outside quotes, at a <c>)</c> that closes no
/// <c>(</c> of the path, even inside brackets.
/// </para>
/// <para>
/// What else ends it belongs to the enclosing language, not to JSONPath: in a condition, whitespace and the operator
/// characters <c>= ! &lt; &gt; &amp; |</c> outside brackets, parentheses and quotes (<c>$.a==1</c> compares);
/// in an intrinsic argument nothing else, because an argument list is only separated by <c>,</c> and closed by
/// <c>)</c>: an operator character stays in the path (a Jayway dot name may hold it, and so may a
/// <see cref="PathParser"/> one), a space is read on so that <see cref="PathParser"/> can say that names with
/// spaces need <c>['...']</c>, and the spaces before the <c>,</c> or <c>)</c> are not part of the path (an escaped
/// space is).
/// </para>
/// <para>
/// Where the two callers used to differ, and why this reading was chosen (AWS's documentation says nothing on any of
/// these; the first and the last choice stop reporting an error on a path <see cref="PathParser"/> accepts, the
/// second only changes which error an invalid path gets; a condition reads all three as before):
/// a backslash inside brackets or parentheses but outside quotes is an ordinary character, as
/// <see cref="PathParser"/> reads a filter, not an escape (an intrinsic argument used to skip the character after
/// it, so in <c>$[?(@.a == \'x')]</c> the quote after <c>x</c> opened a quoted part that swallowed the rest of the
/// call); an unmatched <c>)</c> inside brackets ends the path (an argument used to read on, past the call's own
/// <c>)</c>: no JSONPath bracket holds an unquoted <c>)</c> without its <c>(</c>, so either way the path is
/// invalid, and now the error is that the <c>[</c> is not closed); an escaped trailing space in an argument is kept
/// (it used to be dropped with the other trailing spaces, leaving a dangling backslash).
/// </para>
/// Never throws; linear in the length of the path.
/// </remarks>
internal static class PathExtent
{
    /// <summary>The length of the path that starts at <paramref name="start"/> (its <c>$</c>) in a condition.</summary>
    public static int InCondition(string text, int start) => Scan(text, start, inCondition: true);

    /// <summary>
    /// The length of the path that starts at <paramref name="start"/> (its <c>$</c>) in an intrinsic function
    /// argument, without the spaces before the <c>,</c> or <c>)</c> that ends the argument.
    /// </summary>
    public static int InIntrinsicArgument(string text, int start) => Scan(text, start, inCondition: false);

    private static int Scan(string text, int start, bool inCondition)
    {
        int n = text.Length;
        int i = start;
        int brackets = 0;
        int parens = 0;

        // One past the last character that is not a trailing space (in an argument, spaces are read on).
        int end = start;
        while (i < n)
        {
            char c = text[i];
            bool nested = brackets > 0 || parens > 0;
            if (nested && (c == '\'' || c == '"'))
            {
                int quote = i;
                i++;
                while (i < n && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i < n)
                {
                    i++;
                    end = i;
                }
                else
                {
                    // Unterminated: the path runs to the end of the text, without its trailing spaces in an argument.
                    i = n;
                    end = inCondition ? n : TrimEnd(text, quote, n);
                }

                continue;
            }

            if (!nested)
            {
                if (c == '\\')
                {
                    i = i + 2 < n ? i + 2 : n;
                    end = i;
                    continue;
                }

                if (c == ',' || (inCondition && (char.IsWhiteSpace(c) || IsConditionOperator(c))))
                {
                    break;
                }
            }

            if (c == '[')
            {
                brackets++;
            }
            else if (c == ']')
            {
                if (brackets > 0)
                {
                    brackets--;
                }
            }
            else if (c == '(')
            {
                parens++;
            }
            else if (c == ')')
            {
                if (parens == 0)
                {
                    break;
                }

                parens--;
            }

            i++;
            if (inCondition || !char.IsWhiteSpace(c))
            {
                end = i;
            }
        }

        return end - start;
    }

    /// <summary>One past the last non-space character of <paramref name="text"/> in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static int TrimEnd(string text, int from, int to)
    {
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return to;
    }

    private static bool IsConditionOperator(char c) => c == '=' || c == '!' || c == '<' || c == '>' || c == '&' || c == '|';
}
