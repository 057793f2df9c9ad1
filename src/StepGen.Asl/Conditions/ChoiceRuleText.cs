using System;
using System.Collections.Generic;
using System.Text;
using StepGen.Asl.Json;

namespace StepGen.Asl.Conditions;

/// <summary>
/// A JSONPath Choice rule written back in the condition language of <c>[When]</c> (<c>$.type == 'ERROR' &amp;&amp;
/// $.count &gt;= 3</c>), the inverse of <see cref="ConditionCompiler"/>. A text is returned only when compiling it gives
/// the rule back exactly, so a caller can always fall back to the rule's JSON.
/// </summary>
public static class ChoiceRuleText
{
    /// <summary>The condition text for <paramref name="rule"/> (its Next, Comment, Assign and Output aside), or null when the condition language cannot say it exactly.</summary>
    public static string? Format(JsonObject rule)
    {
        if (rule is null)
        {
            return null;
        }

        JsonObject condition = ConditionOf(rule);
        var text = new StringBuilder();
        if (!Write(condition, text, 0))
        {
            return null;
        }

        string result = text.ToString();
        ConditionResult compiled = ConditionCompiler.Compile(result);
        return compiled.Success && JsonNode.DeepEquals(compiled.Rule, condition, ignoreMemberOrder: true) ? result : null;
    }

    /// <summary>The rule without its <see cref="ChoiceOperators.RuleArguments"/>: the condition alone.</summary>
    public static JsonObject ConditionOf(JsonObject rule)
    {
        var condition = new JsonObject();
        foreach (KeyValuePair<string, JsonNode> member in rule.Members)
        {
            if (!ChoiceOperators.IsRuleArgument(member.Key))
            {
                condition.Add(member.Key, member.Value);
            }
        }

        return condition;
    }

    private static bool Write(JsonObject rule, StringBuilder text, int depth)
    {
        if (depth > ConditionCompiler.MaxNesting || rule.Count == 0)
        {
            return false;
        }

        if (rule.Count == 1 && rule.Get("And") is JsonArray and && and.Count > 1)
        {
            return WriteLogical(and, " && ", text, depth);
        }

        if (rule.Count == 1 && rule.Get("Or") is JsonArray or && or.Count > 1)
        {
            return WriteLogical(or, " || ", text, depth);
        }

        if (rule.Count == 1 && rule.Get("Not") is JsonObject negated)
        {
            // $.a != 'x' reads better than !($.a == 'x'), and compiles to the same Not.
            if (IsComparison(negated, out string? op, out _) && op!.EndsWith("Equals", StringComparison.Ordinal) && !op.StartsWith("Is", StringComparison.Ordinal))
            {
                int start = text.Length;
                if (WriteComparison(negated, text))
                {
                    int equals = text.ToString().IndexOf(" == ", start, StringComparison.Ordinal);
                    if (equals >= 0)
                    {
                        text.Remove(equals, 4).Insert(equals, " != ");
                        return true;
                    }
                }

                text.Length = start;
            }

            text.Append("!(");
            if (!Write(negated, text, depth + 1))
            {
                return false;
            }

            text.Append(')');
            return true;
        }

        return WriteComparison(rule, text);
    }

    private static bool WriteLogical(JsonArray operands, string separator, StringBuilder text, int depth)
    {
        for (int i = 0; i < operands.Count; i++)
        {
            if (operands[i] is not JsonObject operand)
            {
                return false;
            }

            text.Append(i == 0 ? string.Empty : separator);
            bool group = operand.Count == 1 && (operand.ContainsKey("And") || operand.ContainsKey("Or"));
            text.Append(group ? "(" : string.Empty);
            if (!Write(operand, text, depth + 1))
            {
                return false;
            }

            text.Append(group ? ")" : string.Empty);
        }

        return true;
    }

    private static bool IsComparison(JsonObject rule, out string? op, out JsonNode? operand)
    {
        op = null;
        operand = null;
        if (rule.Count != 2 || rule.Get("Variable") is not JsonString)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode> member in rule.Members)
        {
            if (member.Key != "Variable")
            {
                op = member.Key;
                operand = member.Value;
            }
        }

        return op is not null && ChoiceOperators.IsOperator(op);
    }

    private static bool WriteComparison(JsonObject rule, StringBuilder text)
    {
        if (!IsComparison(rule, out string? op, out JsonNode? operand) || !ChoiceOperators.TryGet(op!, out ChoiceOperand kind))
        {
            return false;
        }

        string path = ((JsonString)rule.Get("Variable")!).Value;
        switch (kind)
        {
            case ChoiceOperand.TypeTest:
                if (operand!.Kind is not (JsonNodeKind.True or JsonNodeKind.False))
                {
                    return false;
                }

                text.Append(operand.Kind == JsonNodeKind.True ? string.Empty : "!").Append(op!.ToLowerInvariant()).Append('(').Append(path).Append(')');
                return true;
            case ChoiceOperand.Pattern:
                if (operand is not JsonString pattern)
                {
                    return false;
                }

                text.Append(path).Append(" like ").Append(Quote(pattern.Value, like: true));
                return true;
            case ChoiceOperand.Path:
                if (operand is not JsonString other)
                {
                    return false;
                }

                string family = op!.StartsWith("String", StringComparison.Ordinal) ? "string"
                    : op.StartsWith("Numeric", StringComparison.Ordinal) ? "number"
                    : op.StartsWith("Boolean", StringComparison.Ordinal) ? "boolean"
                    : "timestamp";
                text.Append(family).Append('(').Append(path).Append(") ").Append(Operator(op)).Append(' ').Append(other.Value);
                return true;
        }

        string? literal = kind switch
        {
            ChoiceOperand.String when operand is JsonString s => Quote(s.Value, like: false),
            ChoiceOperand.Number when operand is JsonNumber n => n.Text,
            ChoiceOperand.Boolean when operand!.Kind is JsonNodeKind.True or JsonNodeKind.False => operand.Kind == JsonNodeKind.True ? "true" : "false",
            ChoiceOperand.Timestamp when operand is JsonString t => "timestamp" + Quote(t.Value, like: false),
            _ => null,
        };

        if (literal is null)
        {
            return false;
        }

        text.Append(path).Append(' ').Append(Operator(op!)).Append(' ').Append(literal);
        return true;
    }

    /// <summary>The comparison sign of an operator name: StringLessThanEquals → &lt;=.</summary>
    private static string Operator(string op)
    {
        string name = op.EndsWith("Path", StringComparison.Ordinal) ? op.Substring(0, op.Length - 4) : op;
        return name.EndsWith("GreaterThanEquals", StringComparison.Ordinal) ? ">="
            : name.EndsWith("LessThanEquals", StringComparison.Ordinal) ? "<="
            : name.EndsWith("GreaterThan", StringComparison.Ordinal) ? ">"
            : name.EndsWith("LessThan", StringComparison.Ordinal) ? "<"
            : "==";
    }

    /// <summary>A single-quoted literal: a quote escaped; outside like patterns a backslash doubled (in one, \* and \\ stay as written).</summary>
    private static string Quote(string value, bool like)
    {
        var text = new StringBuilder("'");
        foreach (char c in value)
        {
            if (c == '\'')
            {
                text.Append("\\'");
            }
            else if (c == '\\' && !like)
            {
                text.Append("\\\\");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('\'').ToString();
    }
}
