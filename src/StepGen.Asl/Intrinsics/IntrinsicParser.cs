using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Paths;

using StepGen.Asl.Text;

namespace StepGen.Asl.Intrinsics;

/// <summary>
/// Parses the syntax of an ASL intrinsic function call (ASL-SPEC §3): <c>Name(arg, ...)</c> with name characters
/// <c>[A-Za-z0-9._]</c> and arguments that are single-quoted strings, numbers, <c>true</c>/<c>false</c>/<c>null</c>,
/// paths (validated with <see cref="PathParser"/>) or nested calls. Whitespace is allowed around the call and its
/// arguments. Nesting deeper than <see cref="MaxDepth"/> is an error. Never throws, runs in linear time, and
/// recurses at most <see cref="MaxDepth"/> levels. Function names, arity and argument kinds are checked by
/// <see cref="IntrinsicChecker"/>, not here.
/// </summary>
public static class IntrinsicParser
{
    /// <summary>How many calls may be nested inside each other (the top-level call counts as 1).</summary>
    public const int MaxDepth = 32;

    private const string ArgumentForms =
        "a 'string' in single quotes, a number, true, false, null, a path starting with '$' or a nested call such as States.Array()";

    /// <summary>Parses <paramref name="expression"/> (null is treated as empty).</summary>
    public static IntrinsicParseResult Parse(string expression) => new Reader(expression ?? string.Empty).Run();

    internal static bool IsNameChar(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';

    private static bool IsWordStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || char.IsWhiteSpace(c);

    private sealed class Reader
    {
        private readonly string _s;
        private int _pos;
        private string? _error;
        private int _errorOffset;
        private int _errorLength;

        public Reader(string s) => _s = s;

        public IntrinsicParseResult Run()
        {
            IntrinsicCall? call = ParseTop();
            int len = _s.Length;
            int offset = _errorOffset < 0 ? 0 : _errorOffset > len ? len : _errorOffset;
            int length = _errorLength < 0 ? 0 : offset + _errorLength > len ? len - offset : _errorLength;
            return new IntrinsicParseResult(_s, call, _error, offset, length);
        }

        private IntrinsicCall? ParseTop()
        {
            string s = _s;
            int len = s.Length;
            SkipSpaces();
            if (_pos >= len)
            {
                Fail("an intrinsic function call must not be empty: expected a call such as States.Format('Hello, {}', $.name)", 0, len);
                return null;
            }

            char c = s[_pos];
            if (c == '$')
            {
                Fail("this is a path, not an intrinsic function call: a call looks like States.Format('{}', $.name)", _pos, len - _pos);
                return null;
            }

            if (!IsWordStart(c))
            {
                Fail(
                    "unexpected " + Describe(_pos) + ": an intrinsic function call starts with a function name such as States.Format",
                    _pos,
                    1);
                return null;
            }

            IntrinsicCall? call = ParseCall(1);
            if (call is null)
            {
                return null;
            }

            SkipSpaces();
            if (_pos < len)
            {
                Fail(
                    "unexpected " + Describe(_pos) + " after the end of the call to " + call.Name + ": nothing may follow its closing ')'",
                    _pos,
                    len - _pos);
                return null;
            }

            return call;
        }

        /// <summary>At the first character of a function name.</summary>
        private IntrinsicCall? ParseCall(int depth)
        {
            string s = _s;
            int len = s.Length;
            int start = _pos;
            while (_pos < len && IsNameChar(s[_pos]))
            {
                _pos++;
            }

            int nameEnd = _pos;
            string name = s.Substring(start, nameEnd - start);
            if (_pos >= len)
            {
                Fail("expected '(' after the function name '" + Excerpt.Of(name) + "', as in " + Excerpt.Of(name) + "(...)", start, nameEnd - start);
                return null;
            }

            if (s[_pos] != '(')
            {
                if (IsSpace(s[_pos]))
                {
                    int spaceStart = _pos;
                    SkipSpaces();
                    if (_pos < len && s[_pos] == '(')
                    {
                        Fail(
                            "unexpected space between the function name '" + Excerpt.Of(name) + "' and '(': write " + Excerpt.Of(name) + "(...)",
                            spaceStart,
                            _pos - spaceStart);
                        return null;
                    }

                    _pos = spaceStart;
                }

                Fail(
                    "unexpected " + Describe(_pos) + " after the function name '" + Excerpt.Of(name) + "': expected '(' (function names contain only letters, digits, '.' and '_')",
                    _pos,
                    1);
                return null;
            }

            if (depth > MaxDepth)
            {
                Fail(
                    "intrinsic function calls are nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " deep: simplify the expression",
                    start,
                    nameEnd - start);
                return null;
            }

            int open = _pos;
            _pos++;
            var arguments = new List<IntrinsicArgument>();
            SkipSpaces();
            if (_pos < len && s[_pos] == ')')
            {
                _pos++;
                return new IntrinsicCall(name, start, start, _pos - start, arguments);
            }

            while (true)
            {
                SkipSpaces();
                IntrinsicArgument? argument = ParseArgument(depth, open, name);
                if (argument is null)
                {
                    return null;
                }

                arguments.Add(argument);
                SkipSpaces();
                if (_pos >= len)
                {
                    Unclosed(open, name);
                    return null;
                }

                char c = s[_pos];
                if (c == ')')
                {
                    _pos++;
                    return new IntrinsicCall(name, start, start, _pos - start, arguments);
                }

                if (c != ',')
                {
                    Fail("expected ',' or ')' after the argument, found " + Describe(_pos), _pos, 1);
                    return null;
                }

                int comma = _pos;
                _pos++;
                SkipSpaces();
                if (_pos < len && s[_pos] == ')')
                {
                    Fail("expected an argument after ',': remove the trailing ','", comma, 1);
                    return null;
                }
            }
        }

        /// <summary>At the first character of an argument (spaces skipped).</summary>
        private IntrinsicArgument? ParseArgument(int depth, int open, string callName)
        {
            string s = _s;
            int len = s.Length;
            if (_pos >= len)
            {
                Unclosed(open, callName);
                return null;
            }

            char c = s[_pos];
            if (c == '\'')
            {
                return ParseString();
            }

            if (c == '$')
            {
                return ParsePath();
            }

            if (c == '-' || IsDigit(c))
            {
                return ParseNumber();
            }

            if (IsWordStart(c))
            {
                return ParseWord(depth);
            }

            switch (c)
            {
                case ',':
                    Fail("expected an argument before ',': " + ArgumentForms, _pos, 1);
                    return null;
                case '"':
                    Fail("strings in intrinsic functions are written in single quotes, 'like this', not in double quotes", _pos, 1);
                    return null;
                case '+':
                    Fail("a number must not start with '+': write it without the sign", _pos, 1);
                    return null;
                case '.' when _pos + 1 < len && IsDigit(s[_pos + 1]):
                    Fail("a number must start with a digit: write 0" + ReadWhile(_pos, ch => IsDigit(ch) || ch == '.'), _pos, 1);
                    return null;
                case '{':
                case '[':
                    Fail(
                        "JSON objects and arrays cannot be written inside an intrinsic function call: use a path such as $.items, or States.Array(...)",
                        _pos,
                        1);
                    return null;
                default:
                    Fail("unexpected " + Describe(_pos) + ": expected an argument: " + ArgumentForms, _pos, 1);
                    return null;
            }
        }

        private IntrinsicArgument? ParseString()
        {
            string s = _s;
            int len = s.Length;
            int start = _pos;
            var sb = new StringBuilder();
            _pos++;
            while (true)
            {
                if (_pos >= len)
                {
                    int escaped = s.LastIndexOf("\\'", len - 1, len - start, System.StringComparison.Ordinal);
                    int next = escaped + 2;
                    while (next < len && IsSpace(s[next]))
                    {
                        next++;
                    }

                    // Only when the escaped quote looks like the intended end of the string (followed by ',' or ')').
                    string hint = escaped > start && (next >= len || s[next] == ',' || s[next] == ')')
                        ? ": the '\\' at column " + (escaped + 1).ToString(CultureInfo.InvariantCulture)
                          + " escapes the quote after it; write '\\\\' for a backslash"
                        : string.Empty;
                    Fail("unterminated string: missing the closing quote (')" + hint, start, len - start);
                    return null;
                }

                char ch = s[_pos];
                if (ch == '\\')
                {
                    if (_pos + 1 >= len)
                    {
                        Fail("dangling '\\' at the end of the expression: a backslash must escape a character, as in \\' \\{ \\} or \\\\", _pos, 1);
                        return null;
                    }

                    char e = s[_pos + 1];
                    if (e != '\'' && e != '{' && e != '}' && e != '\\')
                    {
                        sb.Append('\\');
                    }

                    sb.Append(e);
                    _pos += 2;
                    continue;
                }

                _pos++;
                if (ch == '\'')
                {
                    break;
                }

                sb.Append(ch);
            }

            return new IntrinsicArgument(IntrinsicArgumentKind.String, s.Substring(start, _pos - start), start, stringValue: sb.ToString());
        }

        private IntrinsicArgument? ParseNumber()
        {
            string s = _s;
            int len = s.Length;
            int start = _pos;
            if (s[_pos] == '-')
            {
                _pos++;
            }

            if (_pos >= len || !IsDigit(s[_pos]))
            {
                Fail("expected a digit after '-'", start, 1);
                return null;
            }

            SkipDigits();
            if (_pos < len && s[_pos] == '.')
            {
                _pos++;
                if (_pos >= len || !IsDigit(s[_pos]))
                {
                    Fail("expected a digit after the decimal point in '" + Excerpt.Of(s.Substring(start, _pos - start)) + "'", _pos - 1, 1);
                    return null;
                }

                SkipDigits();
            }

            if (_pos < len && (s[_pos] == 'e' || s[_pos] == 'E'))
            {
                int e = _pos;
                _pos++;
                if (_pos < len && (s[_pos] == '+' || s[_pos] == '-'))
                {
                    _pos++;
                }

                if (_pos >= len || !IsDigit(s[_pos]))
                {
                    Fail("expected the digits of the exponent after '" + Excerpt.Of(s.Substring(start, _pos - start)) + "'", e, _pos - e);
                    return null;
                }

                SkipDigits();
            }

            string text = s.Substring(start, _pos - start);
            if (_pos < len && !IsSpace(s[_pos]) && s[_pos] != ',' && s[_pos] != ')')
            {
                Fail("unexpected " + Describe(_pos) + " after the number '" + Excerpt.Of(text) + "': expected ',' or ')'", _pos, 1);
                return null;
            }

            return new IntrinsicArgument(IntrinsicArgumentKind.Number, text, start);
        }

        /// <summary>At a letter or '_': a nested call, true, false or null.</summary>
        private IntrinsicArgument? ParseWord(int depth)
        {
            string s = _s;
            int len = s.Length;
            int start = _pos;
            while (_pos < len && IsNameChar(s[_pos]))
            {
                _pos++;
            }

            string word = s.Substring(start, _pos - start);
            int after = _pos;
            SkipSpaces();
            bool call = _pos < len && s[_pos] == '(';
            _pos = after;
            if (call)
            {
                _pos = start;
                IntrinsicCall? nested = ParseCall(depth + 1);
                if (nested is null)
                {
                    return null;
                }

                return new IntrinsicArgument(IntrinsicArgumentKind.Call, s.Substring(start, _pos - start), start, call: nested);
            }

            switch (word)
            {
                case "true":
                case "false":
                    return new IntrinsicArgument(IntrinsicArgumentKind.Boolean, word, start);
                case "null":
                    return new IntrinsicArgument(IntrinsicArgumentKind.Null, word, start);
            }

            string lower = word.ToLowerInvariant();
            if (lower == "true" || lower == "false" || lower == "null")
            {
                Fail("'" + word + "' is not a valid argument: write " + lower + " in lower case", start, word.Length);
                return null;
            }

            if (_pos < len && !IsSpace(s[_pos]) && s[_pos] != ',' && s[_pos] != ')')
            {
                Fail(
                    "unexpected " + Describe(_pos) + " after '" + Excerpt.Of(word) + "': expected '(' for a function call, or write a string in single quotes",
                    _pos,
                    1);
                return null;
            }

            Fail(
                "unexpected '" + Excerpt.Of(word) + "': expected an argument (" + ArgumentForms + "); write '" + Excerpt.Of(word) + "' in single quotes for a string",
                start,
                word.Length);
            return null;
        }

        /// <summary>
        /// At '$': a path, up to where <see cref="PathExtent.InIntrinsicArgument"/> says it ends (before the spaces
        /// ahead of the ',' or ')' that ends the argument), validated with <see cref="PathParser"/>.
        /// </summary>
        private IntrinsicArgument? ParsePath()
        {
            string s = _s;
            int start = _pos;
            int end = start + PathExtent.InIntrinsicArgument(s, start);
            _pos = end;
            string text = s.Substring(start, end - start);
            PathParseResult path = PathParser.Parse(text);
            if (!path.Success)
            {
                Fail(path.Error!, start + path.ErrorOffset, path.ErrorLength);
                return null;
            }

            return new IntrinsicArgument(IntrinsicArgumentKind.Path, text, start, path: path);
        }

        private void SkipDigits()
        {
            while (_pos < _s.Length && IsDigit(_s[_pos]))
            {
                _pos++;
            }
        }

        private void SkipSpaces()
        {
            while (_pos < _s.Length && IsSpace(_s[_pos]))
            {
                _pos++;
            }
        }

        private string ReadWhile(int start, System.Func<char, bool> predicate)
        {
            int end = start;
            while (end < _s.Length && predicate(_s[end]))
            {
                end++;
            }

            return Excerpt.Of(_s.Substring(start, end - start));
        }

        private void Unclosed(int open, string name) =>
            Fail(
                "missing ')' to close the call to " + Excerpt.Of(name) + " opened at column " + (open + 1).ToString(CultureInfo.InvariantCulture),
                open,
                1);

        private void Fail(string message, int offset, int length)
        {
            if (_error == null)
            {
                _error = message;
                _errorOffset = offset;
                _errorLength = length;
            }
        }

        private string Describe(int offset)
        {
            if (offset >= _s.Length)
            {
                return "the end of the expression";
            }

            char c = _s[offset];
            if (c == ' ')
            {
                return "a space";
            }

            return c > 0x20 && c < 0x7F ? "'" + c + "'" : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }
    }
}
