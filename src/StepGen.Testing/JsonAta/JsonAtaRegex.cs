using System.Text;
using System.Text.RegularExpressions;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// A regex literal <c>/.../flags</c> as a function value (the reference's closure): called with a string and a
/// start index it returns the next match object, whose <c>next()</c> continues from the end of the match.
/// The pattern is JavaScript syntax, translated to an equivalent .NET pattern by <see cref="Translate"/>.
/// </summary>
internal sealed class JsonAtaRegex : JsonAtaFunction
{
    private readonly Regex _regex;

    public JsonAtaRegex(string pattern, string flags, int position)
    {
        Pattern = pattern;
        Position = position;
        RegexOptions options = RegexOptions.CultureInvariant;
        if (flags.IndexOf('i') >= 0)
        {
            options |= RegexOptions.IgnoreCase;
        }

        bool multiline = flags.IndexOf('m') >= 0;
        if (multiline)
        {
            options |= RegexOptions.Multiline;
        }

        try
        {
            _regex = new Regex(Translate(pattern, multiline), options);
        }
        catch (System.ArgumentException e)
        {
            throw new JsonAtaException("S0302", "The regular expression /" + pattern + "/ is not valid: " + e.Message, position);
        }
    }

    /// <summary>The JavaScript source of the pattern.</summary>
    public string Pattern { get; }

    public int Position { get; }

    /// <summary>The reference's closure declares (str, fromIndex).</summary>
    public override int Arity => 2;

    public override object? Invoke(JsonAtaCall call, object?[] arguments)
    {
        string text = arguments.Length > 0 && arguments[0] is string s ? s : JsonAtaValues.ToJsonAtaString(arguments.Length > 0 ? arguments[0] : null) ?? "undefined";
        int from = arguments.Length > 1 && arguments[1] is double d ? (int)d : 0;
        return MatchAt(text, from, first: true);
    }

    private JsonAtaObject? MatchAt(string text, int from, bool first)
    {
        if (from > text.Length)
        {
            return null;
        }

        Match m = _regex.Match(text, from);
        if (!m.Success)
        {
            return null;
        }

        if (!first && m.Length == 0)
        {
            throw new JsonAtaException("D1004", "The regular expression /" + Pattern + "/ matches an empty string", Position);
        }

        var result = new JsonAtaObject(5);
        result.Set("match", m.Value);
        result.Set("start", (double)m.Index);
        result.Set("end", (double)(m.Index + m.Length));
        var groups = new JsonAtaSequence();
        for (int i = 1; i < m.Groups.Count; i++)
        {
            groups.Add(m.Groups[i].Success ? m.Groups[i].Value : null);
        }

        result.Set("groups", groups);
        int lastIndex = m.Index + m.Length;
        result.Set("next", new JsonAtaNativeFunction("next", 0, null, (c, a) => lastIndex >= text.Length ? null : MatchAt(text, lastIndex, first: false)));
        return result;
    }

    /// <summary>
    /// A JavaScript pattern in .NET syntax: <c>.</c> excludes all four line terminators, <c>\d</c>, <c>\w</c> and
    /// <c>\b</c> are ASCII, <c>\p</c> is a letter (there is no u flag), named groups keep JavaScript's numbering, <c>$</c> without the m flag matches only at the very end, <c>[^]</c> matches anything and <c>[]</c>
    /// nothing, and <c>\/</c> is a slash.
    /// </summary>
    internal static string Translate(string pattern, bool multiline)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        bool inClass = false;

        // JavaScript numbers named groups with the others, left to right; .NET numbers them after the unnamed ones.
        // A named group becomes a plain one and \k<name> the number it has in JavaScript.
        var groupNumbers = new System.Collections.Generic.Dictionary<string, int>(System.StringComparer.Ordinal);
        int groups = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char e = pattern[++i];
                switch (e)
                {
                    case 'd':
                        sb.Append(inClass ? "0-9" : "[0-9]");
                        break;
                    case 'D':
                        sb.Append(inClass ? "\\D" : "[^0-9]");
                        break;
                    case 'w':
                        sb.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                        break;
                    case 'W':
                        sb.Append(inClass ? "\\W" : "[^a-zA-Z0-9_]");
                        break;
                    case '/':
                        sb.Append('/');
                        break;
                    case 'b' when !inClass:
                        // JavaScript's word boundary is between ASCII word characters and the rest; .NET's is Unicode's.
                        sb.Append("(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))");
                        break;
                    case 'B' when !inClass:
                        sb.Append("(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))");
                        break;
                    case 'p':
                    case 'P':
                        // Without the u flag (JSONata never sets it) \p is just the letter p.
                        sb.Append(e);
                        break;
                    case 'k' when !inClass && i + 1 < pattern.Length && pattern[i + 1] == '<':
                        {
                            int close = pattern.IndexOf('>', i);
                            string name = close > 0 ? pattern.Substring(i + 2, close - i - 2) : string.Empty;
                            if (close > 0 && groupNumbers.TryGetValue(name, out int number))
                            {
                                sb.Append('\\').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                                i = close;
                            }
                            else
                            {
                                sb.Append("\\k");
                            }

                            break;
                        }

                    default:
                        sb.Append('\\').Append(e);
                        break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '[')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
                continue;
            }

            switch (c)
            {
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        if (i + 2 < pattern.Length && pattern[i + 2] == '<' && i + 3 < pattern.Length && pattern[i + 3] != '=' && pattern[i + 3] != '!')
                        {
                            int close = pattern.IndexOf('>', i);
                            if (close > 0)
                            {
                                groupNumbers[pattern.Substring(i + 3, close - i - 3)] = ++groups;
                                sb.Append('(');
                                i = close;
                                break;
                            }
                        }
                    }
                    else
                    {
                        groups++;
                    }

                    sb.Append('(');
                    break;
                case '[':
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        sb.Append("(?!)");
                        i++;
                    }
                    else if (i + 2 < pattern.Length && pattern[i + 1] == '^' && pattern[i + 2] == ']')
                    {
                        sb.Append("[\\s\\S]");
                        i += 2;
                    }
                    else
                    {
                        inClass = true;
                        sb.Append('[');
                        if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                        {
                            sb.Append('^');
                            i++;
                        }
                    }

                    break;
                case '.':
                    sb.Append("[^\\n\\r\\u2028\\u2029]");
                    break;
                case '$':
                    sb.Append(multiline ? "(?=[\\n\\r\\u2028\\u2029]|\\z)" : "\\z");
                    break;
                case '^':
                    sb.Append(multiline ? "(?<=[\\n\\r\\u2028\\u2029]|\\A)" : "\\A");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
