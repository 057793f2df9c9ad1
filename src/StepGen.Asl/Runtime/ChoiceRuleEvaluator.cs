using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Decides whether a JSONPath Choice rule matches ("Choice workflow state", Choice Rules (JSONPath), in the guide):
/// <c>And</c>/<c>Or</c> (non-empty arrays of rules), <c>Not</c> (one rule), or a <c>Variable</c> with one comparison
/// operator. <c>Next</c>, <c>Comment</c> and <c>Assign</c> are not conditions and are ignored.
/// </summary>
/// <remarks>
/// <para>
/// The guide's type rules: "the corresponding value must be of the appropriate type: string, number, Boolean, or
/// timestamp. Step Functions doesn't attempt to match a numeric field to a string value", so a value of another type
/// makes the comparison false, not an error; timestamps are compared as instants, and, being strings, also match
/// the string operators. String order is Java's <c>compareTo</c> (the guide links it): UTF-16 code units, ordinal.
/// <c>StringMatches</c>: <c>*</c> matches any run of characters, <c>\*</c> a star (the guide), and <c>\\</c> a
/// backslash (the ASL specification).
/// </para>
/// <para>
/// A <c>Variable</c> (or <c>...Path</c> operand) that matches nothing is an error,
/// <see cref="AslErrorNames.Runtime"/>, except for <c>IsPresent</c>, which exists for it (the guide guards a
/// <c>StringEquals</c> on "a key that might not exist" with a preceding <c>IsPresent</c> inside <c>And</c>, which
/// evaluates in order and stops at the first false). The type tests (<c>IsNull</c>, <c>IsString</c>...) on a
/// missing value fail the same way; the guide is silent.
/// </para>
/// </remarks>
public static class ChoiceRuleEvaluator
{
    private enum Family
    {
        String,
        Numeric,
        Boolean,
        Timestamp,
    }

    /// <summary>Whether <paramref name="rule"/> matches in <paramref name="scope"/>.</summary>
    /// <exception cref="AslRuntimeException">
    /// <see cref="AslErrorNames.Runtime"/>: a path matches nothing, or the rule is malformed.
    /// </exception>
    public static bool Matches(JsonObject rule, EvaluationScope scope)
    {
        if (rule is null)
        {
            throw Invalid("a Choice rule must be an object");
        }

        if (rule.Get("And") is JsonNode and)
        {
            foreach (JsonObject inner in Rules(and, "And"))
            {
                if (!Matches(inner, scope))
                {
                    return false;
                }
            }

            return true;
        }

        if (rule.Get("Or") is JsonNode or)
        {
            foreach (JsonObject inner in Rules(or, "Or"))
            {
                if (Matches(inner, scope))
                {
                    return true;
                }
            }

            return false;
        }

        if (rule.Get("Not") is JsonNode not)
        {
            return not is JsonObject negated ? !Matches(negated, scope) : throw Invalid("the value of Not must be one Choice rule");
        }

        if (rule.Get("Variable") is not JsonString variable)
        {
            throw Invalid("a Choice rule needs And, Or, Not, or a Variable (a path string) with a comparison operator");
        }

        KeyValuePair<string, JsonNode> comparison = Operator(rule);
        string op = comparison.Key;
        JsonNode operand = comparison.Value;
        bool present = PathEvaluator.TryEvaluate(variable.Value, scope, out JsonNode? value);
        if (op == "IsPresent")
        {
            return present == Flag(op, operand);
        }

        if (!present)
        {
            throw new AslRuntimeException(
                AslErrorNames.Runtime,
                "Invalid path '" + variable.Value + "': The choice state's condition path references an undefined value.");
        }

        switch (op)
        {
            case "IsNull": return (value!.Kind == JsonNodeKind.Null) == Flag(op, operand);
            case "IsNumeric": return (value!.Kind == JsonNodeKind.Number) == Flag(op, operand);
            case "IsString": return (value!.Kind == JsonNodeKind.String) == Flag(op, operand);
            case "IsBoolean": return (value!.Kind is JsonNodeKind.True or JsonNodeKind.False) == Flag(op, operand);
            case "IsTimestamp": return (value is JsonString s && Timestamp.TryParse(s.Value, out _)) == Flag(op, operand);
            case "StringMatches":
                return operand is JsonString pattern
                    ? value is JsonString text && StringPattern.Matches(text.Value, pattern.Value)
                    : throw Invalid("the value of StringMatches must be a string");
        }

        bool isPath = op.EndsWith("Path", System.StringComparison.Ordinal);
        string name = isPath ? op.Substring(0, op.Length - 4) : op;
        if (isPath)
        {
            if (operand is not JsonString path)
            {
                throw Invalid("the value of " + op + " must be a path string");
            }

            if (!PathEvaluator.TryEvaluate(path.Value, scope, out JsonNode? other))
            {
                throw new AslRuntimeException(
                    AslErrorNames.Runtime,
                    "Invalid path '" + path.Value + "': The choice state's condition path references an undefined value.");
            }

            operand = other!;
        }

        Family family = name.StartsWith("String", System.StringComparison.Ordinal) ? Family.String
            : name.StartsWith("Numeric", System.StringComparison.Ordinal) ? Family.Numeric
            : name.StartsWith("Boolean", System.StringComparison.Ordinal) ? Family.Boolean
            : Family.Timestamp;
        string relation = name.Substring(family.ToString().Length);
        int? order = Compare(family, value!, operand, op, isPath);
        return order.HasValue && relation switch
        {
            "Equals" => order.Value == 0,
            "LessThan" => order.Value < 0,
            "LessThanEquals" => order.Value <= 0,
            "GreaterThan" => order.Value > 0,
            _ => order.Value >= 0,
        };
    }

    /// <summary>The order of the value against the operand, or null when their types do not fit the family.</summary>
    private static int? Compare(Family family, JsonNode value, JsonNode operand, string op, bool fromPath)
    {
        switch (family)
        {
            case Family.String:
                if (operand is not JsonString right)
                {
                    return fromPath ? null : throw Invalid("the value of " + op + " must be a string");
                }

                return value is JsonString left ? string.CompareOrdinal(left.Value, right.Value) : null;
            case Family.Numeric:
                if (operand is not JsonNumber n)
                {
                    return fromPath ? null : throw Invalid("the value of " + op + " must be a number");
                }

                return value is JsonNumber m ? JsonValues.CompareNumbers(m, n) : null;
            case Family.Boolean:
                if (operand.Kind is not (JsonNodeKind.True or JsonNodeKind.False))
                {
                    return fromPath ? null : throw Invalid("the value of " + op + " must be true or false");
                }

                return value.Kind == operand.Kind ? 0 : value.Kind is JsonNodeKind.True or JsonNodeKind.False ? 1 : null;
            default:
                if (operand is not JsonString t || !Timestamp.TryParse(t.Value, out Timestamp limit))
                {
                    return fromPath ? null : throw Invalid("the value of " + op + " must be a timestamp such as 2016-03-14T01:59:00Z");
                }

                return value is JsonString v && Timestamp.TryParse(v.Value, out Timestamp instant) ? instant.CompareTo(limit) : null;
        }
    }

    private static KeyValuePair<string, JsonNode> Operator(JsonObject rule)
    {
        KeyValuePair<string, JsonNode>? found = null;
        foreach (KeyValuePair<string, JsonNode> member in rule.Members)
        {
            if (IsOperator(member.Key))
            {
                if (found.HasValue)
                {
                    throw Invalid("a Choice rule has exactly one comparison operator, but this one has " + found.Value.Key + " and " + member.Key);
                }

                found = member;
            }
        }

        return found ?? throw Invalid("the Choice rule on " + rule.Get("Variable") + " has no comparison operator");
    }

    private static bool IsOperator(string key) => Conditions.ChoiceOperators.IsOperator(key);

    private static IEnumerable<JsonObject> Rules(JsonNode value, string op)
    {
        if (value is not JsonArray rules || rules.Count == 0)
        {
            throw Invalid("the value of " + op + " must be a non-empty array of Choice rules");
        }

        foreach (JsonNode rule in rules.Items)
        {
            yield return rule as JsonObject ?? throw Invalid("each item of " + op + " must be a Choice rule object");
        }
    }

    private static bool Flag(string op, JsonNode operand) => operand.Kind switch
    {
        JsonNodeKind.True => true,
        JsonNodeKind.False => false,
        _ => throw Invalid("the value of " + op + " must be true or false"),
    };

    private static AslRuntimeException Invalid(string cause) => new AslRuntimeException(AslErrorNames.Runtime, "Invalid Choice rule: " + cause);
}
