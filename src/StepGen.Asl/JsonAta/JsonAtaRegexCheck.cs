namespace StepGen.Asl.JsonAta;

/// <summary>
/// The commonest reasons the JavaScript <c>RegExp</c> constructor (without the <c>u</c> flag) refuses a pattern, so
/// that a regex literal the reference cannot compile is refused here too: a quantifier with nothing to repeat, a
/// <c>)</c> without its <c>(</c>, a <c>(</c> or <c>[</c> left open, an unknown <c>(?</c> group, a trailing
/// backslash. Not a full JavaScript regex grammar: rarer faults pass.
/// </summary>
internal static class JsonAtaRegexCheck
{
    /// <summary>What is wrong with <paramref name="pattern"/>, or <see langword="null"/> when nothing is found.</summary>
    public static string? Problem(string pattern)
    {
        int groups = 0;
        bool canRepeat = false;
        bool justQuantified = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return "it ends with a backslash";
                    }

                    i++;
                    canRepeat = pattern[i] != 'b' && pattern[i] != 'B';
                    justQuantified = false;
                    break;
                case '[':
                    int close = i + 1;
                    if (close < pattern.Length && pattern[close] == '^')
                    {
                        close++;
                    }

                    while (close < pattern.Length && pattern[close] != ']')
                    {
                        if (pattern[close] == '\\')
                        {
                            close++;
                        }

                        close++;
                    }

                    if (close >= pattern.Length)
                    {
                        return "a [ is not closed";
                    }

                    i = close;
                    canRepeat = true;
                    justQuantified = false;
                    break;
                case '(':
                    groups++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        string rest = pattern.Substring(i + 2);
                        if (rest.StartsWith(":", System.StringComparison.Ordinal) || rest.StartsWith("=", System.StringComparison.Ordinal)
                            || rest.StartsWith("!", System.StringComparison.Ordinal))
                        {
                            i += 2;
                        }
                        else if (rest.StartsWith("<=", System.StringComparison.Ordinal) || rest.StartsWith("<!", System.StringComparison.Ordinal))
                        {
                            i += 3;
                        }
                        else if (rest.StartsWith("<", System.StringComparison.Ordinal) && rest.IndexOf('>') > 1)
                        {
                            i += 1 + rest.IndexOf('>') + 1;
                        }
                        else
                        {
                            return "(? does not start a known kind of group";
                        }
                    }

                    canRepeat = false;
                    justQuantified = false;
                    break;
                case ')':
                    if (groups == 0)
                    {
                        return "a ) has no matching (";
                    }

                    groups--;
                    canRepeat = true;
                    justQuantified = false;
                    break;
                case '|':
                    canRepeat = false;
                    justQuantified = false;
                    break;
                case '^':
                case '$':
                    canRepeat = false;
                    justQuantified = false;
                    break;
                case '{':
                    int braceEnd = BracedQuantifierEnd(pattern, i);
                    if (braceEnd < 0)
                    {
                        canRepeat = true;
                        justQuantified = false;
                        break;
                    }

                    if (!canRepeat)
                    {
                        return "'" + pattern.Substring(i, braceEnd - i + 1) + "' has nothing to repeat";
                    }

                    i = braceEnd;
                    canRepeat = false;
                    justQuantified = true;
                    break;
                case '*':
                case '+':
                case '?':
                    if (justQuantified && c == '?')
                    {
                        justQuantified = false;
                        canRepeat = false;
                        break;
                    }

                    if (!canRepeat)
                    {
                        return "'" + c + "' has nothing to repeat";
                    }

                    canRepeat = false;
                    justQuantified = true;
                    break;
                default:
                    canRepeat = true;
                    justQuantified = false;
                    break;
            }
        }

        return groups > 0 ? "a ( is not closed" : null;
    }

    /// <summary>The index of the <c>}</c> ending a quantifier <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at <paramref name="open"/>, or -1.</summary>
    private static int BracedQuantifierEnd(string pattern, int open)
    {
        int i = open + 1;
        int digits = 0;
        while (i < pattern.Length && pattern[i] >= '0' && pattern[i] <= '9')
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return -1;
        }

        if (i < pattern.Length && pattern[i] == ',')
        {
            i++;
            while (i < pattern.Length && pattern[i] >= '0' && pattern[i] <= '9')
            {
                i++;
            }
        }

        return i < pattern.Length && pattern[i] == '}' ? i : -1;
    }
}
