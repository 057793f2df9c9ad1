using StepGen.Asl.Conditions;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests.Import;

/// <summary>
/// ChoiceRuleText writes a JSONPath Choice rule in the [When] condition language, the inverse of ConditionCompiler:
/// whatever it returns compiles back to the rule, and it returns nothing rather than a condition that would not.
/// </summary>
public sealed class ChoiceRuleTextTests
{
    [Theory]
    [InlineData("$.type == 'ERROR'")]
    [InlineData("$.count >= 3 && $.count < 10")]
    [InlineData("$.a == 1 || $.b == 2 && $.c == 3")]
    [InlineData("($.a == 1 || $.b == 2) && $.c == 3")]
    [InlineData("!($.a == 1 || $.b == 2)")]
    [InlineData("$.name like 'log-*.txt'")]
    [InlineData("$.name like 'a\\*b'")]
    [InlineData("$.quote == 'it\\'s'")]
    [InlineData("$.path == 'C:\\\\temp'")]
    [InlineData("ispresent($.x) && !isnull($.x)")]
    [InlineData("isstring($.a) || isnumeric($.a) || isboolean($.a) || istimestamp($.a)")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00Z'")]
    [InlineData("number($.used) > $.limit")]
    [InlineData("string($.a) <= $.b")]
    [InlineData("boolean($.a) == $.b")]
    [InlineData("timestamp($.a) >= $.b")]
    [InlineData("$.ok == true")]
    [InlineData("$.status != 'done'")]
    [InlineData("$.x == null")]
    [InlineData("$$.Execution.Name == 'nightly'")]
    [InlineData("$.total > 1.50")]
    [InlineData("$['odd key'] == 'x'")]
    public void A_compiled_condition_is_written_back_to_a_condition_that_compiles_to_the_same_rule(string condition)
    {
        JsonObject rule = Compile(condition);

        string? text = ChoiceRuleText.Format(rule);

        Assert.NotNull(text);
        Assert.True(JsonNode.DeepEquals(Compile(text!), rule, ignoreMemberOrder: true), $"{condition} → {text}");
    }

    [Fact]
    public void The_members_that_are_not_the_condition_are_left_out()
    {
        var rule = (JsonObject)JsonParser.Parse("""{ "Variable": "$.a", "StringEquals": "x", "Next": "Done", "Comment": "c", "Assign": { "v": 1 } }""").Value!;
        Assert.Equal("$.a == 'x'", ChoiceRuleText.Format(rule));
    }

    [Theory]
    [InlineData("""{ "Not": { "Variable": "$.a", "IsPresent": true } }""")]        // ! on a type test flips its flag instead
    [InlineData("""{ "And": [ { "Variable": "$.a", "IsPresent": true } ] }""")]  // && needs two operands
    [InlineData("""{ "Variable": "$.a", "StringEquals": 3 }""")]
    [InlineData("""{ "Variable": "$.a", "NumericEqual": 3 }""")]
    [InlineData("""{ "Variable": "$.a", "StringEquals": "x", "NumericEquals": 1 }""")]
    [InlineData("""{ "Variable": "$.a b", "StringEquals": "x" }""")]
    [InlineData("""{ "Variable": "$.a", "TimestampEquals": "not a time" }""")]
    public void A_rule_the_condition_language_cannot_say_exactly_gives_nothing(string json)
    {
        var rule = (JsonObject)JsonParser.Parse(json).Value!;
        Assert.Null(ChoiceRuleText.Format(rule));
    }

    private static JsonObject Compile(string condition)
    {
        ConditionResult result = ConditionCompiler.Compile(condition);
        Assert.True(result.Success, condition + ": " + result.Error);
        return result.Rule!;
    }
}
