using System;
using System.Globalization;
using StepGen.Asl.Text;
using static StepGen.Asl.Conditions.ConditionText;

namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionParser"/>: the syntax error messages, with the column and the characters at fault.</summary>
internal sealed partial class ConditionParser
{
    private void UnexpectedAfterCondition(ConditionToken t, ConditionToken? open)
    {
        string expected = open == null
            ? "expected '&&', '||' or the end of the condition"
            : "expected '&&', '||' or ')' to close the '(' at column " + Column(open.Value.Start);
        if (t.Kind == ConditionTokenKind.End && open != null)
        {
            Fail("missing ')' to close the '(' at column " + Column(open.Value.Start), open.Value.Start, 1);
        }
        else if (t.Kind == ConditionTokenKind.RParen && open == null)
        {
            Fail("unexpected ')': there is no '(' to close", t.Start, t.Length);
        }
        else if (t.Kind == ConditionTokenKind.Identifier && t.Text.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            Fail("'" + t.Text + "' is not an operator; did you mean '&&'?", t.Start, t.Length);
        }
        else if (t.Kind == ConditionTokenKind.Identifier && t.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            Fail("'" + t.Text + "' is not an operator; did you mean '||'?", t.Start, t.Length);
        }
        else if (t.Kind == ConditionTokenKind.Compare || IsLike(t))
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

    private string Found(ConditionToken t) => t.Kind == ConditionTokenKind.End ? ", found the end of the condition" : ", found " + Describe(t);

    private string Describe(ConditionToken t)
    {
        switch (t.Kind)
        {
            case ConditionTokenKind.String:
            case ConditionTokenKind.Timestamp:
                return Excerpt.Of(_s.Substring(t.Start, Math.Min(t.Length, 41)));
            case ConditionTokenKind.Other:
                {
                    char c = _s[t.Start];
                    return c > 0x20 && c < 0x7F ? "'" + c + "'"
                        : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                }

            default:
                return "'" + Excerpt.Of(_s.Substring(t.Start, Math.Min(t.Length, 41))) + "'";
        }
    }

    /// <summary>Records an error at a token; a lexer error token reports its own message; at the end, underlines the previous token.</summary>
    private void FailAt(ConditionToken t, string message)
    {
        if (t.Kind == ConditionTokenKind.Error)
        {
            Fail(t.Text, t.Start, t.Length);
        }
        else if (t.Kind == ConditionTokenKind.End && _hasPrevious)
        {
            Fail(message, _previous.Start, _previous.Length);
        }
        else
        {
            Fail(message, t.Start, t.Length);
        }
    }

    /// <summary>Records the first syntax error; later ones are ignored.</summary>
    private void Fail(string message, int offset, int length) => _error ??= ConditionError.At(_s, message, offset, length);
}
