using System;
using System.Globalization;

using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionCompiler"/>: the lexer: paths, strings, numbers, identifiers and operators as tokens.</summary>
public static partial class ConditionCompiler
{
    private sealed partial class Parser
    {
        private Token Peek()
        {
            if (_peeked == null)
            {
                _peeked = Lex();
            }

            return _peeked.Value;
        }

        private Token Next()
        {
            Token t = Peek();
            _peeked = null;
            _previous = t;
            _hasPrevious = true;
            return t;
        }

        /// <summary>Whether the next token is '(' (looks at characters only, so no later error is reported early).</summary>
        private bool NextIsOpenParen()
        {
            if (_peeked != null)
            {
                return _peeked.Value.Kind == TokenKind.LParen;
            }

            int i = _pos;
            while (i < _s.Length && char.IsWhiteSpace(_s[i]))
            {
                i++;
            }

            return i < _s.Length && _s[i] == '(';
        }

        private Token Lex()
        {
            string s = _s;
            int n = s.Length;
            while (_pos < n && char.IsWhiteSpace(s[_pos]))
            {
                _pos++;
            }

            int start = _pos;
            if (start >= n)
            {
                return new Token(TokenKind.End, n, 0, string.Empty);
            }

            char c = s[start];
            char c1 = start + 1 < n ? s[start + 1] : '\0';
            char c2 = start + 2 < n ? s[start + 2] : '\0';
            switch (c)
            {
                case '$':
                    return LexPath();
                case '\'':
                    return LexString();
                case '"':
                    return LexDoubleQuoted();
                case '(':
                    return Punctuation(TokenKind.LParen, 1, "(");
                case ')':
                    return Punctuation(TokenKind.RParen, 1, ")");
                case ',':
                    return Punctuation(TokenKind.Comma, 1, ",");
                case '=':
                    if (c1 == '=')
                    {
                        return c2 == '='
                            ? Error("'===' is not an operator; did you mean '=='?", start, 3)
                            : Comparison(Op.Equals, "==");
                    }

                    return c1 == '>' ? Error("'=>' is not an operator; did you mean '>='?", start, 2)
                        : c1 == '<' ? Error("'=<' is not an operator; did you mean '<='?", start, 2)
                        : Error("'=' is not an operator; did you mean '=='?", start, 1);
                case '!':
                    if (c1 == '=')
                    {
                        return c2 == '='
                            ? Error("'!==' is not an operator; did you mean '!='?", start, 3)
                            : Comparison(Op.NotEquals, "!=");
                    }

                    return Punctuation(TokenKind.Not, 1, "!");
                case '<':
                    return c1 == '=' ? Comparison(Op.LessThanEquals, "<=")
                        : c1 == '>' ? Error("'<>' is not an operator; did you mean '!='?", start, 2)
                        : Comparison(Op.LessThan, "<");
                case '>':
                    return c1 == '=' ? Comparison(Op.GreaterThanEquals, ">=") : Comparison(Op.GreaterThan, ">");
                case '&':
                    return c1 == '&' ? Punctuation(TokenKind.AndAnd, 2, "&&") : Error("'&' is not an operator; did you mean '&&'?", start, 1);
                case '|':
                    return c1 == '|' ? Punctuation(TokenKind.OrOr, 2, "||") : Error("'|' is not an operator; did you mean '||'?", start, 1);
                case '+':
                    if (IsDigit(c1))
                    {
                        int end = NumberEnd(start + 1);
                        return Error("a number must not start with '+': write " + Shorten(s.Substring(start + 1, end - start - 1)), start, end - start);
                    }

                    break;
            }

            if (IsDigit(c) || (c == '-' && (IsDigit(c1) || c1 == '.')) || (c == '.' && IsDigit(c1)))
            {
                return LexNumber();
            }

            if (IsIdentifierStart(c))
            {
                return LexIdentifier();
            }

            int width = char.IsHighSurrogate(c) && char.IsLowSurrogate(c1) ? 2 : 1;
            _pos += width;
            return new Token(TokenKind.Other, start, width, s.Substring(start, width));
        }

        private Token Punctuation(TokenKind kind, int length, string text)
        {
            var t = new Token(kind, _pos, length, text);
            _pos += length;
            return t;
        }

        private Token Comparison(Op op, string text)
        {
            var t = new Token(TokenKind.Compare, _pos, text.Length, text, op);
            _pos += text.Length;
            return t;
        }

        private static Token Error(string message, int start, int length) => new Token(TokenKind.Error, start, length, message);

        /// <summary>
        /// At '$': the path runs until whitespace, an operator character (= ! &lt; &gt; &amp; |), ')' or ','
        /// outside brackets, parentheses and quotes; a backslash outside them escapes the next character.
        /// </summary>
        private Token LexPath()
        {
            string s = _s;
            int n = s.Length;
            int start = _pos;
            int i = start + 1;
            int brackets = 0;
            int parens = 0;
            while (i < n)
            {
                char c = s[i];
                bool nested = brackets > 0 || parens > 0;
                if (nested && (c == '\'' || c == '"'))
                {
                    i++;
                    while (i < n && s[i] != c)
                    {
                        i += s[i] == '\\' ? 2 : 1;
                    }

                    i = i < n ? i + 1 : n;
                    continue;
                }

                if (c == '\\' && !nested)
                {
                    i = Math.Min(i + 2, n);
                    continue;
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
                else if (!nested && (char.IsWhiteSpace(c) || c == '=' || c == '!' || c == '<' || c == '>' || c == '&' || c == '|' || c == ','))
                {
                    break;
                }

                i++;
            }

            _pos = i;
            string text = s.Substring(start, i - start);
            PathParseResult parsed = PathParser.Parse(text);
            if (!parsed.Success)
            {
                int length = parsed.ErrorLength > 0 ? parsed.ErrorLength : 1;
                return Error("invalid path '" + Shorten(text) + "': " + parsed.Error, start + parsed.ErrorOffset, length);
            }

            _paths.Add(new ConditionPath(text, start, text.Length, parsed));
            return new Token(TokenKind.Path, start, text.Length, text);
        }

        /// <summary>At a single quote: a string literal; checks its escapes (\' \\ \*).</summary>
        private Token LexString()
        {
            string s = _s;
            int start = _pos;
            if (!ScanString(start, out int end, out Token error))
            {
                return error;
            }

            _pos = end;
            return new Token(TokenKind.String, start, end - start, s.Substring(start + 1, end - start - 2));
        }

        /// <summary>Scans the string literal whose opening quote is at <paramref name="start"/>; <paramref name="end"/> is one past the closing quote.</summary>
        private bool ScanString(int start, out int end, out Token error)
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

        private Token LexDoubleQuoted()
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
            return Error("strings are written in single quotes: write '" + Shorten(content) + "'", start, i + 1 - start);
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

        private Token LexNumber()
        {
            int start = _pos;
            int end = NumberEnd(start);
            _pos = end;
            string text = _s.Substring(start, end - start);
            if (JsonNumber.TryFromText(text) != null)
            {
                return new Token(TokenKind.Number, start, text.Length, text);
            }

            return Error("invalid number '" + Shorten(text) + "': " + NumberProblem(text), start, text.Length);
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

        private Token LexIdentifier()
        {
            string s = _s;
            int n = s.Length;
            int start = _pos;
            int i = start + 1;
            while (i < n && IsIdentifierPart(s[i]))
            {
                i++;
            }

            string name = s.Substring(start, i - start);
            _pos = i;
            if (name == "timestamp" && i < n && s[i] == '\'')
            {
                if (!ScanString(i, out int end, out Token error))
                {
                    return error;
                }

                _pos = end;
                string? value = Decode(s.Substring(i + 1, end - i - 2), i + 1, like: false, out string? decodeError, out int decodeOffset);
                if (value == null)
                {
                    return Error(decodeError ?? "invalid timestamp", decodeOffset, 2);
                }

                string? problem = TimestampLiteral.Check(value);
                if (problem != null)
                {
                    return Error("invalid timestamp '" + Shorten(value) + "': " + problem, start, end - start);
                }

                return new Token(TokenKind.Timestamp, start, end - start, value);
            }

            return new Token(TokenKind.Identifier, start, name.Length, name);
        }
    }
}
