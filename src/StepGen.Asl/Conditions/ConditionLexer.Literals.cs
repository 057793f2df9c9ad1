using System.Globalization;
using StepGen.Asl.Json;
using StepGen.Asl.Text;
using static StepGen.Asl.Conditions.ConditionText;

namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionLexer"/>: string and number literals, with the message for each malformed one.</summary>
internal sealed partial class ConditionLexer
{
    /// <summary>At a single quote: a string literal; checks its escapes (\' \\ \*).</summary>
    private ConditionToken LexString()
    {
        string s = _s;
        int start = _pos;
        if (!ScanString(start, out int end, out ConditionToken error))
        {
            return error;
        }

        _pos = end;
        return new ConditionToken(ConditionTokenKind.String, start, end - start, s.Substring(start + 1, end - start - 2));
    }

    /// <summary>Scans the string literal whose opening quote is at <paramref name="start"/>; <paramref name="end"/> is one past the closing quote.</summary>
    private bool ScanString(int start, out int end, out ConditionToken error)
    {
        string s = _s;
        int n = s.Length;
        int i = start + 1;
        while (i < n && s[i] != '\'')
        {
            if (s[i] == '\\')
            {
                if (i + 1 >= n)
                {
                    i = n;
                    break;
                }

                char e = s[i + 1];
                if (e != '\'' && e != '\\' && e != '*')
                {
                    string shown = e >= 0x20 && e < 0x7F ? "\\" + e : "\\ followed by U+" + ((int)e).ToString("X4", CultureInfo.InvariantCulture);
                    end = i;
                    error = Error(
                        "unknown escape '" + shown + "' in a string literal: write \\\\ for a backslash, \\' for a quote and, in a like pattern, \\* for a literal star",
                        i,
                        2);
                    return false;
                }

                i += 2;
                continue;
            }

            i++;
        }

        if (i >= n)
        {
            end = n;
            error = Error("unterminated string literal: missing the closing '", start, n - start);
            return false;
        }

        end = i + 1;
        error = default;
        return true;
    }

    private ConditionToken LexDoubleQuoted()
    {
        string s = _s;
        int n = s.Length;
        int start = _pos;
        int i = start + 1;
        while (i < n && s[i] != '"')
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        if (i >= n)
        {
            return Error("strings are written in single quotes, as in 'text'; found an unterminated double-quoted string", start, 1);
        }

        string content = s.Substring(start + 1, i - start - 1);
        return Error("strings are written in single quotes: write '" + Excerpt.Of(content) + "'", start, i + 1 - start);
    }

    /// <summary>One past the end of a number-like run starting at <paramref name="start"/>.</summary>
    private int NumberEnd(int start)
    {
        string s = _s;
        int n = s.Length;
        int i = start;
        if (i < n && s[i] == '-')
        {
            i++;
        }

        while (i < n)
        {
            char d = s[i];
            if (IsIdentifierPart(d) || d == '.')
            {
                i++;
            }
            else if ((d == '+' || d == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E') && i - 1 > start && IsDigit(s[i - 2]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private ConditionToken LexNumber()
    {
        int start = _pos;
        int end = NumberEnd(start);
        _pos = end;
        string text = _s.Substring(start, end - start);
        if (JsonNumber.TryFromText(text) != null)
        {
            return new ConditionToken(ConditionTokenKind.Number, start, text.Length, text);
        }

        return Error("invalid number '" + Excerpt.Of(text) + "': " + NumberProblem(text), start, text.Length);
    }

    private static string NumberProblem(string text)
    {
        int i = text[0] == '-' ? 1 : 0;
        if (i >= text.Length || !IsDigit(text[i]))
        {
            return "a number must start with a digit, as in 0.5";
        }

        if (text[i] == '0' && i + 1 < text.Length && IsDigit(text[i + 1]))
        {
            return "leading zeros are not allowed";
        }

        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !IsDigit(text[i]))
            {
                return "expected a digit after the decimal point";
            }

            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (i >= text.Length || !IsDigit(text[i]))
            {
                return "expected a digit in the exponent";
            }
        }

        return "expected a number such as 42, -1.5 or 2.5e3";
    }
}
