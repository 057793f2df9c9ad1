using System.Text;

using StepGen.Asl.Json;

namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionCompiler"/>: binding a comparison to the Choice rule operator its operands call for, and writing the rule.</summary>
public static partial class ConditionCompiler
{
    private sealed partial class Parser
    {
        private JsonObject? Build(Operand left, Token opToken, Op op, Operand right)
        {
            if (!left.IsPath && !right.IsPath)
            {
                Fail("cannot compare two values: one side must be a path such as $.status", left.Start, right.End - left.Start);
                return null;
            }

            if (!left.IsPath)
            {
                if (op == Op.Like)
                {
                    Fail("like needs the path on the left and the pattern on the right, as in $.name like 'log-*.txt'", left.Start, right.End - left.Start);
                    return null;
                }

                Operand swap = left;
                left = right;
                right = swap;
                op = Mirror(op);
            }

            bool equality = op == Op.Equals || op == Op.NotEquals;
            if (right.IsPath)
            {
                if (op == Op.Like)
                {
                    Fail("like needs a pattern in single quotes such as 'log-*.txt': StringMatches has no Path form", right.Start, right.Length);
                    return null;
                }

                if (left.Wrapper != null && right.Wrapper != null && left.Wrapper != right.Wrapper)
                {
                    Fail(
                        "cannot compare " + left.WrapperName + "(...) with " + right.WrapperName + "(...): both sides must be read as the same kind",
                        left.Start,
                        right.End - left.Start);
                    return null;
                }

                Family? family = left.Wrapper ?? right.Wrapper;
                if (family == null)
                {
                    Fail(
                        "cannot tell whether to compare '" + Shorten(left.Text) + "' and '" + Shorten(right.Text)
                        + "' as strings, numbers, booleans or timestamps; wrap one side in number(...), string(...), boolean(...) or timestamp(...)",
                        left.Start,
                        right.End - left.Start);
                    return null;
                }

                if (family == Family.Boolean && !equality)
                {
                    Fail("'" + opToken.Text + "' cannot compare booleans: only == and != are allowed", opToken.Start, opToken.Length);
                    return null;
                }

                return Emit(left.Text, FamilyPrefix(family.Value) + OperatorSuffix(op) + "Path", new JsonString(right.Text), op == Op.NotEquals);
            }

            if (right.Kind == OperandKind.Null)
            {
                if (op == Op.Like)
                {
                    Fail("like needs a pattern in single quotes such as 'log-*.txt', found null", right.Start, right.Length);
                    return null;
                }

                if (left.Wrapper != null)
                {
                    Fail(
                        "cannot compare " + left.WrapperName + "(...) with null: write " + Shorten(left.Text) + " == null or isnull(" + Shorten(left.Text) + ")",
                        right.Start,
                        right.Length);
                    return null;
                }

                if (!equality)
                {
                    Fail("'" + opToken.Text + "' cannot compare with null: only == and != are allowed", opToken.Start, opToken.Length);
                    return null;
                }

                return Test(left.Text, "IsNull", JsonNode.FromBoolean(op == Op.Equals));
            }

            if (op == Op.Like)
            {
                if (right.Kind != OperandKind.String)
                {
                    Fail("like needs a pattern in single quotes such as 'log-*.txt', found " + LiteralDescription(right.Kind), right.Start, right.Length);
                    return null;
                }

                if (left.Wrapper != null && left.Wrapper != Family.String)
                {
                    Fail("like compares strings: " + left.WrapperName + "(...) cannot be used with like", left.Start, left.Length);
                    return null;
                }

                string? pattern = Decode(right, like: true);
                return pattern == null ? null : Test(left.Text, "StringMatches", new JsonString(pattern));
            }

            Family literal = LiteralFamily(right.Kind);
            if (left.Wrapper != null && left.Wrapper != literal)
            {
                Fail(
                    "cannot compare " + left.WrapperName + "(...) with " + LiteralDescription(right.Kind) + ": expected " + ExpectedLiteral(left.Wrapper.Value),
                    right.Start,
                    right.Length);
                return null;
            }

            if (literal == Family.Boolean && !equality)
            {
                Fail("'" + opToken.Text + "' cannot compare booleans: only == and != are allowed", opToken.Start, opToken.Length);
                return null;
            }

            JsonNode value;
            switch (right.Kind)
            {
                case OperandKind.String:
                    {
                        string? text = Decode(right, like: false);
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
                            Fail("invalid number '" + Shorten(right.Text) + "'", right.Start, right.Length);
                            return null;
                        }

                        value = number;
                        break;
                    }

                case OperandKind.Boolean:
                    value = JsonNode.FromBoolean(right.BoolValue);
                    break;
                default:
                    value = new JsonString(right.Text);
                    break;
            }

            return Emit(left.Text, FamilyPrefix(literal) + OperatorSuffix(op), value, op == Op.NotEquals);
        }

        private static JsonObject Emit(string variable, string key, JsonNode value, bool negate)
        {
            JsonObject rule = Test(variable, key, value);
            return negate ? Not(rule) : rule;
        }

        /// <summary>
        /// The value of a string literal. In a like pattern <c>\*</c> and <c>\\</c> stay escaped, as StringMatches
        /// reads them; elsewhere <c>\\</c> is one backslash. <c>\'</c> is a quote in both.
        /// </summary>
        private string? Decode(Operand literal, bool like)
        {
            string? value = Decode(literal.Text, literal.Start + 1, like, out string? error, out int errorOffset);
            if (value == null)
            {
                Fail(error ?? "invalid string literal", errorOffset, 2);
            }

            return value;
        }

        private static string? Decode(string raw, int contentStart, bool like, out string? error, out int errorOffset)
        {
            error = null;
            errorOffset = 0;
            if (raw.IndexOf('\\') < 0)
            {
                return raw;
            }

            var sb = new StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (c != '\\' || i + 1 >= raw.Length)
                {
                    sb.Append(c);
                    continue;
                }

                char e = raw[++i];
                if (e == '\'')
                {
                    sb.Append('\'');
                }
                else if (e == '\\')
                {
                    sb.Append(like ? "\\\\" : "\\");
                }
                else if (e == '*' && like)
                {
                    sb.Append("\\*");
                }
                else
                {
                    // The lexer lets only \' \\ and \* through, so this is \* outside a like pattern.
                    error = "'\\" + e + "' is an escape only in like patterns; elsewhere write * for a star or \\\\* for a backslash and a star";
                    errorOffset = contentStart + i - 1;
                    return null;
                }
            }

            return sb.ToString();
        }
    }
}
