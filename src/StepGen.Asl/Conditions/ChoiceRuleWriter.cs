using StepGen.Asl.Json;

namespace StepGen.Asl.Conditions;

/// <summary>
/// Turns a condition's <see cref="ConditionSyntax"/> tree into an ASL Choice rule (JSONPath query language, without
/// <c>Next</c>): binds each comparison to the operator its operands call for (<c>StringEquals</c>,
/// <c>NumericLessThanPath</c>, <c>IsNull</c>...) and reports the first comparison whose operands cannot be compared.
/// Recurses as deep as the tree, which the parser keeps within <see cref="ConditionCompiler.MaxNesting"/> levels of
/// parentheses and negations.
/// </summary>
internal sealed partial class ChoiceRuleWriter
{
    private readonly string _s;

    /// <param name="condition">The condition text the tree was parsed from, for the messages and to clamp their spans.</param>
    public ChoiceRuleWriter(string condition) => _s = condition;

    /// <summary>The first problem found; once set, <see cref="Write"/> returns null.</summary>
    public ConditionError? Error { get; private set; }

    /// <summary>The comparison <see cref="Error"/> is about.</summary>
    public ComparisonSyntax? FailedComparison { get; private set; }

    /// <summary>The Choice rule for <paramref name="node"/>; null after a problem (see <see cref="Error"/>).</summary>
    public JsonObject? Write(ConditionSyntax node)
    {
        if (Error != null)
        {
            return null;
        }

        switch (node)
        {
            case LogicalSyntax logical:
                {
                    var items = new JsonArray();
                    foreach (ConditionSyntax operand in logical.Operands)
                    {
                        JsonObject? rule = Write(operand);
                        if (rule == null)
                        {
                            return null;
                        }

                        items.Add(rule);
                    }

                    var combined = new JsonObject();
                    combined.Add(logical.Operator == LogicalOperator.And ? "And" : "Or", items);
                    return combined;
                }

            case NotSyntax not:
                {
                    JsonObject? rule = Write(not.Operand);
                    return rule == null ? null : Negate(rule);
                }

            case TypeTestSyntax test:
                return Test(test.Path, test.AslOperator, JsonNode.True);
            case ComparisonSyntax comparison:
                return WriteComparison(comparison);
            default:
                return null;
        }
    }

    private static JsonObject Test(string variable, string key, JsonNode value)
    {
        var rule = new JsonObject();
        rule.Add("Variable", new JsonString(variable));
        rule.Add(key, value);
        return rule;
    }

    private static JsonObject Not(JsonObject rule)
    {
        var not = new JsonObject();
        not.Add("Not", rule);
        return not;
    }

    /// <summary>
    /// <c>!</c> applied to a rule: a type test (also the <c>IsNull</c> that <c>== null</c> becomes) flips its boolean,
    /// anything else goes under <c>Not</c>.
    /// </summary>
    private static JsonObject Negate(JsonObject rule)
    {
        if (rule.Count == 2
            && rule.Members[0].Key == "Variable"
            && ConditionFunctions.IsTypeTestOperator(rule.Members[1].Key)
            && (rule.Members[1].Value.Kind == JsonNodeKind.True || rule.Members[1].Value.Kind == JsonNodeKind.False))
        {
            return Test(
                ((JsonString)rule.Members[0].Value).Value,
                rule.Members[1].Key,
                JsonNode.FromBoolean(rule.Members[1].Value.Kind != JsonNodeKind.True));
        }

        return Not(rule);
    }

    /// <summary>The rule <c>{"Variable": variable, key: value}</c>, under <c>Not</c> when <paramref name="negate"/>.</summary>
    private static JsonObject Emit(string variable, string key, JsonNode value, bool negate)
    {
        JsonObject rule = Test(variable, key, value);
        return negate ? Not(rule) : rule;
    }

    /// <summary>Records the first problem, found while writing <paramref name="comparison"/>.</summary>
    private void Fail(ComparisonSyntax comparison, string message, int offset, int length)
    {
        if (Error == null)
        {
            Error = ConditionError.At(_s, message, offset, length);
            FailedComparison = comparison;
        }
    }

    /// <summary>Records the first problem, underlining the operator of <paramref name="comparison"/>.</summary>
    private void FailAtOperator(ComparisonSyntax comparison, string message) =>
        Fail(comparison, message, comparison.OperatorOffset, comparison.OperatorLength);
}
