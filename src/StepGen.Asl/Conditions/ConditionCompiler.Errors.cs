using System;
using System.Globalization;


namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionCompiler"/>: the parser's error messages, with the column and the characters at fault.</summary>
public static partial class ConditionCompiler
{
    private sealed partial class Parser
    {
        private void UnexpectedAfterCondition(Token t, Token? open)
        {
            string expected = open == null
                ? "expected '&&', '||' or the end of the condition"
                : "expected '&&', '||' or ')' to close the '(' at column " + Column(open.Value.Start);
            if (t.Kind == TokenKind.End && open != null)
            {
                Fail("missing ')' to close the '(' at column " + Column(open.Value.Start), open.Value.Start, 1);
            }
            else if (t.Kind == TokenKind.RParen && open == null)
            {
                Fail("unexpected ')': there is no '(' to close", t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.Identifier && t.Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                Fail("'" + t.Text + "' is not an operator; did you mean '&&'?", t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.Identifier && t.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                Fail("'" + t.Text + "' is not an operator; did you mean '||'?", t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.Compare || IsLike(t))
            {
                FailAt(t, "comparisons cannot be chained: " + expected + Found(t));
            }
            else if (open == null)
            {
                FailAt(t, "unexpected text after the condition: " + expected + Found(t));
            }
            else
            {
                FailAt(t, expected + Found(t));
            }
        }

        // ---------------------------------------------------------------- errors

        private string Found(Token t) => t.Kind == TokenKind.End ? ", found the end of the condition" : ", found " + Describe(t);

        private string Describe(Token t)
        {
            switch (t.Kind)
            {
                case TokenKind.String:
                case TokenKind.Timestamp:
                    return Shorten(_s.Substring(t.Start, Math.Min(t.Length, 41)));
                case TokenKind.Other:
                    {
                        char c = _s[t.Start];
                        return c > 0x20 && c < 0x7F ? "'" + c + "'"
                            : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                    }

                default:
                    return "'" + Shorten(_s.Substring(t.Start, Math.Min(t.Length, 41))) + "'";
            }
        }

        /// <summary>Records an error at a token; a lexer error token reports its own message; at the end, underlines the previous token.</summary>
        private void FailAt(Token t, string message)
        {
            if (t.Kind == TokenKind.Error)
            {
                Fail(t.Text, t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.End && _hasPrevious)
            {
                Fail(message, _previous.Start, _previous.Length);
            }
            else
            {
                Fail(message, t.Start, t.Length);
            }
        }

        private void Fail(string message, int offset, int length)
        {
            if (_error != null)
            {
                return;
            }

            if (offset < 0)
            {
                offset = 0;
            }

            if (offset > _s.Length)
            {
                offset = _s.Length;
            }

            if (length < 0 || offset + length > _s.Length)
            {
                length = _s.Length - offset;
            }

            _error = message;
            _errorOffset = offset;
            _errorLength = length;
        }

        // ---------------------------------------------------------------- lexer
    }
}
