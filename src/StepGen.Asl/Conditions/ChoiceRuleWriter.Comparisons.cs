using StepGen.Asl.Json;
using StepGen.Asl.Text;
using static StepGen.Asl.Conditions.ConditionText;

namespace StepGen.Asl.Conditions;

/// <summary>
/// <see cref="ChoiceRuleWriter"/>: binding a comparison to the Choice rule operator its operands call for
/// (<c>$.a &lt; 3</c> → <c>NumericLessThan</c>, <c>number($.a) == $.b</c> → <c>NumericEqualsPath</c>,
/// <c>$.a != null</c> → <c>IsNull: false</c>), and the messages for operands that cannot be compared.
/// </summary>
internal sealed partial class ChoiceRuleWriter
{
    /// <summary>The rule for one comparison: the operator family from its operands, or the reason they cannot be compared.</summary>
    private JsonObject? WriteComparison(ComparisonSyntax comparison)
    {
        OperandSyntax left = comparison.Left;
        OperandSyntax right = comparison.Right;
        ComparisonOperator op = comparison.Operator;
        if (!left.IsPath && !right.IsPath)
        {
            Fail(comparison, "cannot compare two values: one side must be a path such as $.status", left.Offset, right.End - left.Offset);
            return null;
        }

        if (!left.IsPath)
        {
            if (op == ComparisonOperator.Like)
            {
                Fail(comparison, "like needs the path on the left and the pattern on the right, as in $.name like 'log-*.txt'", left.Offset, right.End - left.Offset);
                return null;
            }

            OperandSyntax swap = left;
            left = right;
            right = swap;
            op = Mirror(op);
        }

        bool equality = op == ComparisonOperator.Equals || op == ComparisonOperator.NotEquals;
        if (right.IsPath)
        {
            if (op == ComparisonOperator.Like)
            {
                Fail(comparison, "like needs a pattern in single quotes such as 'log-*.txt': StringMatches has no Path form", right.Offset, right.Length);
                return null;
            }

            if (left.Conversion != null && right.Conversion != null && left.Conversion != right.Conversion)
            {
                Fail(
                    comparison,
                    "cannot compare " + left.ConversionName + "(...) with " + right.ConversionName + "(...): both sides must be read as the same kind",
                    left.Offset,
                    right.End - left.Offset);
                return null;
            }

            ValueFamily? family = left.Conversion ?? right.Conversion;
            if (family == null)
            {
                Fail(
                    comparison,
                    "cannot tell whether to compare '" + Excerpt.Of(left.Text) + "' and '" + Excerpt.Of(right.Text)
                    + "' as strings, numbers, booleans or timestamps; wrap one side in number(...), string(...), boolean(...) or timestamp(...)",
                    left.Offset,
                    right.End - left.Offset);
                return null;
            }

            if (family == ValueFamily.Boolean && !equality)
            {
                FailAtOperator(comparison, "'" + comparison.OperatorText + "' cannot compare booleans: only == and != are allowed");
                return null;
            }

            return Emit(left.Text, FamilyPrefix(family.Value) + OperatorSuffix(op) + "Path", new JsonString(right.Text), op == ComparisonOperator.NotEquals);
        }

        if (right.Kind == OperandKind.Null)
        {
            if (op == ComparisonOperator.Like)
            {
                Fail(comparison, "like needs a pattern in single quotes such as 'log-*.txt', found null", right.Offset, right.Length);
                return null;
            }

            if (left.Conversion != null)
            {
                Fail(
                    comparison,
                    "cannot compare " + left.ConversionName + "(...) with null: write " + Excerpt.Of(left.Text) + " == null or isnull(" + Excerpt.Of(left.Text) + ")",
                    right.Offset,
                    right.Length);
                return null;
            }

            if (!equality)
            {
                FailAtOperator(comparison, "'" + comparison.OperatorText + "' cannot compare with null: only == and != are allowed");
                return null;
            }

            return Test(left.Text, "IsNull", JsonNode.FromBoolean(op == ComparisonOperator.Equals));
        }

        if (op == ComparisonOperator.Like)
        {
            if (right.Kind != OperandKind.String)
            {
                Fail(comparison, "like needs a pattern in single quotes such as 'log-*.txt', found " + LiteralDescription(right.Kind), right.Offset, right.Length);
                return null;
            }

            if (left.Conversion != null && left.Conversion != ValueFamily.String)
            {
                Fail(comparison, "like compares strings: " + left.ConversionName + "(...) cannot be used with like", left.Offset, left.Length);
                return null;
            }

            string? pattern = DecodeString(comparison, right, like: true);
            return pattern == null ? null : Test(left.Text, "StringMatches", new JsonString(pattern));
        }

        ValueFamily literal = LiteralFamily(right.Kind);
        if (left.Conversion != null && left.Conversion != literal)
        {
            Fail(
                comparison,
                "cannot compare " + left.ConversionName + "(...) with " + LiteralDescription(right.Kind) + ": expected " + ExpectedLiteral(left.Conversion.Value),
                right.Offset,
                right.Length);
            return null;
        }

        if (literal == ValueFamily.Boolean && !equality)
        {
            FailAtOperator(comparison, "'" + comparison.OperatorText + "' cannot compare booleans: only == and != are allowed");
            return null;
        }

        JsonNode value;
        switch (right.Kind)
        {
            case OperandKind.String:
                {
                    string? text = DecodeString(comparison, right, like: false);
                    if (text == null)
                    {
                        return null;
                    }

                    value = new JsonString(text);
                    break;
                }

            case OperandKind.Number:
                {
                    JsonNumber? number = JsonNumber.TryFromText(right.Text);
                    if (number == null)
                    {
                        // The lexer has validated the text already.
                        Fail(comparison, "invalid number '" + Excerpt.Of(right.Text) + "'", right.Offset, right.Length);
                        return null;
                    }

                    value = number;
                    break;
                }

            case OperandKind.Boolean:
                value = JsonNode.FromBoolean(right.BooleanValue);
                break;
            default:
                value = new JsonString(right.Text);
                break;
        }

        return Emit(left.Text, FamilyPrefix(literal) + OperatorSuffix(op), value, op == ComparisonOperator.NotEquals);
    }

    /// <summary>The value of a string literal operand (see <see cref="ConditionStringLiteral.Decode"/>); null after a problem.</summary>
    private string? DecodeString(ComparisonSyntax comparison, OperandSyntax literal, bool like)
    {
        string? value = ConditionStringLiteral.Decode(literal.Text, literal.Offset + 1, like, out string? error, out int errorOffset);
        if (value == null)
        {
            Fail(comparison, error ?? "invalid string literal", errorOffset, 2);
        }

        return value;
    }

    private static string FamilyPrefix(ValueFamily family)
    {
        switch (family)
        {
            case ValueFamily.String: return "String";
            case ValueFamily.Numeric: return "Numeric";
            case ValueFamily.Boolean: return "Boolean";
            default: return "Timestamp";
        }
    }

    private static string OperatorSuffix(ComparisonOperator op)
    {
        switch (op)
        {
            case ComparisonOperator.LessThan: return "LessThan";
            case ComparisonOperator.LessThanEquals: return "LessThanEquals";
            case ComparisonOperator.GreaterThan: return "GreaterThan";
            case ComparisonOperator.GreaterThanEquals: return "GreaterThanEquals";
            default: return "Equals"; // Equals, and NotEquals under a Not
        }
    }

    /// <summary>The operator that compares the same way with the sides swapped (<c>1 &lt; $.a</c> is <c>$.a &gt; 1</c>).</summary>
    private static ComparisonOperator Mirror(ComparisonOperator op)
    {
        switch (op)
        {
            case ComparisonOperator.LessThan: return ComparisonOperator.GreaterThan;
            case ComparisonOperator.LessThanEquals: return ComparisonOperator.GreaterThanEquals;
            case ComparisonOperator.GreaterThan: return ComparisonOperator.LessThan;
            case ComparisonOperator.GreaterThanEquals: return ComparisonOperator.LessThanEquals;
            default: return op;
        }
    }

    private static string LiteralDescription(OperandKind kind)
    {
        switch (kind)
        {
            case OperandKind.String: return "a string";
            case OperandKind.Number: return "a number";
            case OperandKind.Boolean: return "a boolean";
            case OperandKind.Timestamp: return "a timestamp";
            default: return "null";
        }
    }

    private static string ExpectedLiteral(ValueFamily family)
    {
        switch (family)
        {
            case ValueFamily.String: return "a string in single quotes such as 'text'";
            case ValueFamily.Numeric: return "a number such as 42";
            case ValueFamily.Boolean: return "true or false";
            default: return "a timestamp such as timestamp'2024-01-01T00:00:00Z'";
        }
    }

    private static ValueFamily LiteralFamily(OperandKind kind)
    {
        switch (kind)
        {
            case OperandKind.Number: return ValueFamily.Numeric;
            case OperandKind.Boolean: return ValueFamily.Boolean;
            case OperandKind.Timestamp: return ValueFamily.Timestamp;
            default: return ValueFamily.String;
        }
    }
}
