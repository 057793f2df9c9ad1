using System;
using StepGen.Asl.Text;
using static StepGen.Asl.Conditions.ConditionText;

namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionParser"/>: one side of a comparison, and what to say when a word is not one.</summary>
internal sealed partial class ConditionParser
{
    /// <summary>Reads one side of a comparison; <paramref name="op"/> is null for the left side.</summary>
    private OperandSyntax? ParseOperand(ConditionToken? op)
    {
        ConditionToken t = Peek();
        switch (t.Kind)
        {
            case ConditionTokenKind.Path:
                Next();
                return OperandSyntax.Path(t.Text, t.Start, t.Length);
            case ConditionTokenKind.Number:
                Next();
                return OperandSyntax.Literal(OperandKind.Number, t.Text, t.Start, t.Length);
            case ConditionTokenKind.String:
                Next();
                return OperandSyntax.Literal(OperandKind.String, t.Text, t.Start, t.Length);
            case ConditionTokenKind.Timestamp:
                Next();
                return OperandSyntax.Literal(OperandKind.Timestamp, t.Text, t.Start, t.Length);
            case ConditionTokenKind.Identifier:
                return ParseIdentifierOperand(op);
        }

        string message;
        if (op == null)
        {
            if (t.Kind == ConditionTokenKind.RParen)
            {
                message = "unexpected ')': expected a condition such as $.status == 'OK'";
            }
            else if (t.Kind == ConditionTokenKind.End)
            {
                message = "expected a condition such as $.status == 'OK' after '" + _previous.Text + "'";
            }
            else
            {
                message = "expected a path such as $.status" + Found(t);
            }
        }
        else
        {
            message = ExpectedValue(op.Value) + Found(t);
        }

        FailAt(t, message);
        return null;
    }

    private static string ExpectedValue(ConditionToken op) =>
        IsLike(op)
            ? "expected a pattern in single quotes after 'like', such as 'log-*.txt'"
            : "expected a value after '" + op.Text
              + "': a path such as $.status, a string such as 'text', a number, true, false, null or timestamp'...'";

    /// <summary>At an identifier operand: true, false, null or a kind function such as <c>number($.x)</c>.</summary>
    private OperandSyntax? ParseIdentifierOperand(ConditionToken? op)
    {
        ConditionToken t = Next();
        string name = t.Text;
        switch (name)
        {
            case "true":
            case "false":
                return OperandSyntax.Literal(OperandKind.Boolean, name, t.Start, t.Length);
            case "null":
                return OperandSyntax.Literal(OperandKind.Null, name, t.Start, t.Length);
        }

        bool call = NextIsOpenParen();
        ValueFamily? kind = ConditionFunctions.KindFunction(name);
        if (kind != null)
        {
            if (!ParseCallArgument(t, out ConditionToken path, out int end))
            {
                return null;
            }

            return OperandSyntax.Path(path.Text, t.Start, end - t.Start, kind, name);
        }

        if (call && ConditionFunctions.TypeTestOperator(name) != null)
        {
            Fail(name + "(...) is a condition, not a value: it cannot be compared; combine conditions with && or ||", t.Start, t.Length);
            return null;
        }

        if (call)
        {
            string closest = ConditionFunctions.Closest(name, out int distance);
            string message = "unknown function '" + Excerpt.Of(name) + "'; did you mean '" + closest + "'?";
            if (distance > 3)
            {
                message += " The functions are " + string.Join(", ", ConditionFunctions.All) + ".";
            }

            Fail(message, t.Start, t.Length);
            return null;
        }

        string expected = op == null ? "expected a path such as $.status" : ExpectedValue(op.Value);
        if (op == null && name.Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            Fail("'" + name + "' is not an operator; did you mean '!'?", t.Start, t.Length);
        }
        else if (name.Equals("true", StringComparison.OrdinalIgnoreCase)
            || name.Equals("false", StringComparison.OrdinalIgnoreCase)
            || name.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            Fail(expected + ", found '" + name + "'; did you mean '" + name.ToLowerInvariant() + "'?", t.Start, t.Length);
        }
        else
        {
            Fail(expected + ", found '" + Excerpt.Of(name) + "'; paths start with '$', as in '$." + Excerpt.Of(name) + "'", t.Start, t.Length);
        }

        return null;
    }
}
