using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

using static StepGen.Asl.Tests.Runtime.RuntimeJson;

namespace StepGen.Asl.Tests.Runtime;

/// <summary>The rules of the guide's "Choice workflow state" page (JSONPath), then the type rules and edge cases.</summary>
public class ChoiceRuleEvaluatorTests
{
    private static bool Match(string rule, string input) => ChoiceRuleEvaluator.Matches((JsonObject)Parse(rule), Scope(input));

    [Fact]
    public void GuideExample_ValueInTwenties()
    {
        // The page's example machine: {"type": "Private", "value": 22} goes to ValueInTwenties.
        const string Input = """{ "type": "Private", "value": 22 }""";
        Assert.False(Match("""{ "Not": { "Variable": "$.type", "StringEquals": "Private" }, "Next": "Public" }""", Input));
        Assert.True(Match(
            """{ "And": [ { "Variable": "$.value", "IsPresent": true }, { "Variable": "$.value", "IsNumeric": true }, { "Variable": "$.value", "NumericGreaterThanEquals": 20 }, { "Variable": "$.value", "NumericLessThan": 30 } ], "Next": "ValueInTwenties" }""",
            Input));
    }

    [Theory]
    [InlineData("""{ "Variable": "$.foo", "NumericEquals": 1 }""", """{ "foo": 1.0 }""", true)]
    [InlineData("""{ "Variable": "$.foo", "StringEquals": "MyString" }""", """{ "foo": "MyString" }""", true)]
    [InlineData("""{ "Variable": "$.foo", "StringGreaterThan": "MyStringABC" }""", """{ "foo": "MyStringABD" }""", true)]
    [InlineData("""{ "Variable": "$.foo", "StringGreaterThan": "MyStringABC" }""", """{ "foo": "MyStringAB" }""", false)]
    [InlineData("""{ "Variable": "$.possiblyNullValue", "IsNull": true }""", """{ "possiblyNullValue": null }""", true)]
    [InlineData("""{ "Variable": "$.foo", "StringMatches": "log-*.txt" }""", """{ "foo": "log-2024-01.txt" }""", true)]
    [InlineData("""{ "Variable": "$.foo", "StringMatches": "log-*.txt" }""", """{ "foo": "log-1.txt.gz" }""", false)]
    [InlineData("""{ "Variable": "$.foo", "TimestampEquals": "2001-01-01T12:00:00Z" }""", """{ "foo": "2001-01-01T13:00:00+01:00" }""", true)]
    [InlineData("""{ "Variable": "$.foo", "StringEqualsPath": "$.bar" }""", """{ "foo": "x", "bar": "x" }""", true)]
    public void GuideRules(string rule, string input, bool expected) => Assert.Equal(expected, Match(rule, input));

    [Fact]
    public void IsPresent_GuardsAMissingKey()
    {
        // The guide: the StringEquals rule "is only evaluated when $.keyThatMightNotExist exists because of the
        // preceding IsPresent Choice Rule".
        const string Rule = """{ "And": [ { "Variable": "$.keyThatMightNotExist", "IsPresent": true }, { "Variable": "$.keyThatMightNotExist", "StringEquals": "foo" } ] }""";
        Assert.False(Match(Rule, "{}"));
        Assert.True(Match(Rule, """{ "keyThatMightNotExist": "foo" }"""));
        Assert.True(Match("""{ "Variable": "$.k", "IsPresent": false }""", "{}"));
        Throws(AslErrorNames.Runtime, () => Match("""{ "Variable": "$.keyThatMightNotExist", "StringEquals": "foo" }""", "{}"));
        Throws(AslErrorNames.Runtime, () => Match("""{ "Variable": "$.a", "StringEqualsPath": "$.missing" }""", """{ "a": "x" }"""));
    }

    [Theory]
    [InlineData("NumericEquals", "\"1\"")]
    [InlineData("NumericEquals", "true")]
    [InlineData("StringEquals", "1")]
    [InlineData("BooleanEquals", "\"true\"")]
    [InlineData("TimestampEquals", "\"2001-01-01\"")]
    public void TypeMismatch_IsFalseNotAnError(string op, string value)
    {
        string literal = op switch
        {
            "NumericEquals" => "1",
            "StringEquals" => "\"1\"",
            "BooleanEquals" => "true",
            _ => "\"2001-01-01T00:00:00Z\"",
        };
        Assert.False(Match("{ \"Variable\": \"$.v\", \"" + op + "\": " + literal + " }", "{ \"v\": " + value + " }"));
    }

    [Fact]
    public void Numeric_ComparesByValue()
    {
        Assert.True(Match("""{ "Variable": "$.v", "NumericLessThan": 0.3 }""", """{ "v": 0.29999999999999999 }"""));
        Assert.True(Match("""{ "Variable": "$.v", "NumericGreaterThanEquals": 1e2 }""", """{ "v": 100 }"""));
        Assert.True(Match("""{ "Variable": "$.v", "NumericLessThanEqualsPath": "$.w" }""", """{ "v": -5, "w": -5.0 }"""));
        Assert.False(Match("""{ "Variable": "$.v", "NumericGreaterThanPath": "$.w" }""", """{ "v": 5, "w": "4" }"""));
        Assert.True(Match("""{ "Variable": "$.v", "BooleanEqualsPath": "$.w" }""", """{ "v": false, "w": false }"""));
        Assert.False(Match("""{ "Variable": "$.v", "BooleanEquals": true }""", """{ "v": false }"""));
    }

    [Fact]
    public void Strings_CompareAsJavaCompareTo()
    {
        Assert.True(Match("""{ "Variable": "$.v", "StringLessThan": "a" }""", """{ "v": "Z" }"""));
        Assert.True(Match("""{ "Variable": "$.v", "StringLessThanEquals": "abc" }""", """{ "v": "abc" }"""));
        // U+FB01 sorts after U+D83D (a surrogate) by UTF-16 code unit, though it is the lower code point.
        Assert.True(Match("{ \"Variable\": \"$.v\", \"StringGreaterThan\": \"\\ud83d\\ude00\" }", "{ \"v\": \"\\ufb01\" }"));
        Assert.True(Match("""{ "Variable": "$.v", "StringEquals": "2016-08-18T17:33:00Z" }""", """{ "v": "2016-08-18T17:33:00Z" }"""));
    }

    [Theory]
    [InlineData("a*", "abc", true)]
    [InlineData("*", "", true)]
    [InlineData("a*c*e", "abcde", true)]
    [InlineData("a*c*e", "abcdef", false)]
    [InlineData("a\\\\*b", "a*b", true)]
    [InlineData("a\\\\*b", "axb", false)]
    [InlineData("a\\\\\\\\b", "a\\\\b", true)]
    [InlineData("a?b", "axb", false)]
    [InlineData("a.b", "a.b", true)]
    public void StringMatches_Wildcards(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Match("{ \"Variable\": \"$.v\", \"StringMatches\": \"" + pattern + "\" }", "{ \"v\": \"" + text + "\" }"));

    [Fact]
    public void Timestamps_CompareAsInstants()
    {
        Assert.True(Match("""{ "Variable": "$.t", "TimestampLessThan": "2016-03-14T02:00:00Z" }""", """{ "t": "2016-03-14T01:59:59.999999999Z" }"""));
        Assert.True(Match("""{ "Variable": "$.t", "TimestampGreaterThan": "2016-03-14T01:59:00Z" }""", """{ "t": "2016-03-14T01:00:00-01:00" }"""));
        Assert.True(Match("""{ "Variable": "$.t", "TimestampEquals": "2016-03-14T01:59:00.1Z" }""", """{ "t": "2016-03-14T01:59:00.100Z" }"""));
        Assert.True(Match("""{ "Variable": "$.t", "TimestampLessThanEqualsPath": "$.u" }""", """{ "t": "2016-03-14T01:59:00Z", "u": "2016-03-14T01:59:00Z" }"""));
        Assert.False(Match("""{ "Variable": "$.t", "TimestampEquals": "2016-03-14T01:59:00Z" }""", """{ "t": "2016-03-14t01:59:00z" }"""));
        Throws(AslErrorNames.Runtime, () => Match("""{ "Variable": "$.t", "TimestampEquals": "yesterday" }""", """{ "t": "x" }"""));
    }

    [Theory]
    [InlineData("IsNull", "null", true)]
    [InlineData("IsNull", "0", false)]
    [InlineData("IsNumeric", "1.5", true)]
    [InlineData("IsNumeric", "\"1.5\"", false)]
    [InlineData("IsString", "\"\"", true)]
    [InlineData("IsBoolean", "false", true)]
    [InlineData("IsBoolean", "\"false\"", false)]
    [InlineData("IsTimestamp", "\"2016-03-14T01:59:00Z\"", true)]
    [InlineData("IsTimestamp", "\"2016-02-30T01:59:00Z\"", false)]
    [InlineData("IsTimestamp", "\"2016-03-14 01:59:00Z\"", false)]
    public void TypeTests(string op, string value, bool expected)
    {
        Assert.Equal(expected, Match("{ \"Variable\": \"$.v\", \"" + op + "\": true }", "{ \"v\": " + value + " }"));
        Assert.Equal(!expected, Match("{ \"Variable\": \"$.v\", \"" + op + "\": false }", "{ \"v\": " + value + " }"));
    }

    [Fact]
    public void AndOrNot_Nest()
    {
        const string Rule = """
            { "Or": [ { "And": [ { "Variable": "$.a", "NumericGreaterThan": 1 }, { "Not": { "Variable": "$.b", "BooleanEquals": true } } ] }, { "Variable": "$$.Execution.Name", "StringEquals": "special" } ] }
            """;
        Assert.True(ChoiceRuleEvaluator.Matches((JsonObject)Parse(Rule), Scope("""{ "a": 2, "b": false }""", """{ "Execution": { "Name": "x" } }""")));
        Assert.False(ChoiceRuleEvaluator.Matches((JsonObject)Parse(Rule), Scope("""{ "a": 2, "b": true }""", """{ "Execution": { "Name": "x" } }""")));
        Assert.True(ChoiceRuleEvaluator.Matches((JsonObject)Parse(Rule), Scope("""{ "a": 0, "b": true }""", """{ "Execution": { "Name": "special" } }""")));
    }

    [Fact]
    public void MalformedRules_AreStatesRuntime()
    {
        Throws(AslErrorNames.Runtime, () => Match("""{ "Variable": "$.a" }""", """{ "a": 1 }"""));
        Throws(AslErrorNames.Runtime, () => Match("""{ "Variable": "$.a", "NumericEquals": 1, "NumericLessThan": 2 }""", """{ "a": 1 }"""));
        Throws(AslErrorNames.Runtime, () => Match("""{ "And": [] }""", "{}"));
        Throws(AslErrorNames.Runtime, () => Match("""{ "Variable": "$.a", "IsNull": "yes" }""", """{ "a": 1 }"""));
        Throws(AslErrorNames.Runtime, () => Match("""{ "Next": "X" }""", "{}"));
    }

    [Fact]
    public void VariablesAreReadFromTheScope()
    {
        var variables = new Dictionary<string, JsonNode> { ["retries"] = JsonNumber.FromInt64(3) };
        Assert.True(ChoiceRuleEvaluator.Matches((JsonObject)Parse("""{ "Variable": "$retries", "NumericGreaterThanEquals": 3 }"""), Scope("{}", null, variables)));
    }
}
