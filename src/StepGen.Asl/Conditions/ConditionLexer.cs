using System.Collections.Generic;
using StepGen.Asl.Paths;
using StepGen.Asl.Text;
using static StepGen.Asl.Conditions.ConditionText;

namespace StepGen.Asl.Conditions;

/// <summary>
/// Reads a condition as tokens: paths (validated with <see cref="PathParser"/> and collected in <see cref="Paths"/>),
/// string, number and timestamp literals, identifiers, operators and punctuation. A malformed token is an
/// <see cref="ConditionTokenKind.Error"/> token whose text is the message, reported when the parser reaches it.
/// </summary>
internal sealed partial class ConditionLexer
{
    private readonly string _s;
    private readonly List<ConditionPath> _paths = new List<ConditionPath>();
    private int _pos;

    public ConditionLexer(string condition) => _s = condition;

    /// <summary>Every valid path read so far, in the order written.</summary>
    public IReadOnlyList<ConditionPath> Paths => _paths;

    /// <summary>Whether the next non-space character is '(' (looks at characters only, so no later error is reported early).</summary>
    public bool NextCharIsOpenParen()
    {
        int i = _pos;
        while (i < _s.Length && char.IsWhiteSpace(_s[i]))
        {
            i++;
        }

        return i < _s.Length && _s[i] == '(';
    }

    /// <summary>Reads the next token; at the end of the text, an <see cref="ConditionTokenKind.End"/> token.</summary>
    public ConditionToken Lex()
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
            return new ConditionToken(ConditionTokenKind.End, n, 0, string.Empty);
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
                return Punctuation(ConditionTokenKind.LParen, 1, "(");
            case ')':
                return Punctuation(ConditionTokenKind.RParen, 1, ")");
            case ',':
                return Punctuation(ConditionTokenKind.Comma, 1, ",");
            case '=':
                if (c1 == '=')
                {
                    return c2 == '='
                        ? Error("'===' is not an operator; did you mean '=='?", start, 3)
                        : Comparison(ComparisonOperator.Equals, "==");
                }

                return c1 == '>' ? Error("'=>' is not an operator; did you mean '>='?", start, 2)
                    : c1 == '<' ? Error("'=<' is not an operator; did you mean '<='?", start, 2)
                    : Error("'=' is not an operator; did you mean '=='?", start, 1);
            case '!':
                if (c1 == '=')
                {
                    return c2 == '='
                        ? Error("'!==' is not an operator; did you mean '!='?", start, 3)
                        : Comparison(ComparisonOperator.NotEquals, "!=");
                }

                return Punctuation(ConditionTokenKind.Not, 1, "!");
            case '<':
                return c1 == '=' ? Comparison(ComparisonOperator.LessThanEquals, "<=")
                    : c1 == '>' ? Error("'<>' is not an operator; did you mean '!='?", start, 2)
                    : Comparison(ComparisonOperator.LessThan, "<");
            case '>':
                return c1 == '=' ? Comparison(ComparisonOperator.GreaterThanEquals, ">=") : Comparison(ComparisonOperator.GreaterThan, ">");
            case '&':
                return c1 == '&' ? Punctuation(ConditionTokenKind.AndAnd, 2, "&&") : Error("'&' is not an operator; did you mean '&&'?", start, 1);
            case '|':
                return c1 == '|' ? Punctuation(ConditionTokenKind.OrOr, 2, "||") : Error("'|' is not an operator; did you mean '||'?", start, 1);
            case '+':
                if (IsDigit(c1))
                {
                    int end = NumberEnd(start + 1);
                    return Error("a number must not start with '+': write " + Excerpt.Of(s.Substring(start + 1, end - start - 1)), start, end - start);
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
        return new ConditionToken(ConditionTokenKind.Other, start, width, s.Substring(start, width));
    }

    private ConditionToken Punctuation(ConditionTokenKind kind, int length, string text)
    {
        var t = new ConditionToken(kind, _pos, length, text);
        _pos += length;
        return t;
    }

    private ConditionToken Comparison(ComparisonOperator op, string text)
    {
        var t = new ConditionToken(ConditionTokenKind.Compare, _pos, text.Length, text, op);
        _pos += text.Length;
        return t;
    }

    private static ConditionToken Error(string message, int start, int length) => ConditionToken.Error(message, start, length);

    /// <summary>At '$': a path, up to where <see cref="PathExtent.InCondition"/> says it ends, validated with <see cref="PathParser"/>.</summary>
    private ConditionToken LexPath()
    {
        int start = _pos;
        int length = PathExtent.InCondition(_s, start);
        _pos = start + length;
        string text = _s.Substring(start, length);
        PathParseResult parsed = PathParser.Parse(text);
        if (!parsed.Success)
        {
            int underline = parsed.ErrorLength > 0 ? parsed.ErrorLength : 1;
            return Error("invalid path '" + Excerpt.Of(text) + "': " + parsed.Error, start + parsed.ErrorOffset, underline);
        }

        _paths.Add(new ConditionPath(text, start, text.Length, parsed));
        return new ConditionToken(ConditionTokenKind.Path, start, text.Length, text);
    }

    /// <summary>At a letter or '_': an identifier, or a timestamp literal such as <c>timestamp'2024-01-01T00:00:00Z'</c>.</summary>
    private ConditionToken LexIdentifier()
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
            if (!ScanString(i, out int end, out ConditionToken error))
            {
                return error;
            }

            _pos = end;
            string? value = ConditionStringLiteral.Decode(s.Substring(i + 1, end - i - 2), i + 1, like: false, out string? decodeError, out int decodeOffset);
            if (value == null)
            {
                return Error(decodeError ?? "invalid timestamp", decodeOffset, 2);
            }

            string? problem = TimestampLiteral.Check(value);
            if (problem != null)
            {
                return Error("invalid timestamp '" + Excerpt.Of(value) + "': " + problem, start, end - start);
            }

            return new ConditionToken(ConditionTokenKind.Timestamp, start, end - start, value);
        }

        return new ConditionToken(ConditionTokenKind.Identifier, start, name.Length, name);
    }
}
