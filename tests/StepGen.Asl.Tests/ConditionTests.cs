using System.Diagnostics;
using System.Text;
using StepGen.Asl.Conditions;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Tests;

/// <summary>
/// The [When] condition language. Expected rules are written by hand from ASL-SPEC §4 and compared as JSON
/// values (member order included: "Variable" comes first, then the operator).
/// </summary>
public class ConditionTests
{
    private static ConditionResult Ok(string condition, string expectedJson)
    {
        ConditionResult r = ConditionCompiler.Compile(condition);
        Assert.True(r.Success, r.Error + " at " + r.ErrorOffset);
        Assert.Null(r.Error);
        Assert.NotNull(r.Rule);
        JsonParseResult expected = JsonParser.Parse(expectedJson);
        Assert.True(expected.Success, "bad expected JSON: " + expected.Error);
        Assert.True(
            JsonNode.DeepEquals(expected.Value, r.Rule),
            "expected " + JsonWriter.Write(expected.Value!, indented: false) + "\nactual   " + JsonWriter.Write(r.Rule!, indented: false));
        Assert.False(r.Rule!.ContainsKey("Next"));
        return r;
    }

    private static ConditionResult Err(string condition, string message, int offset, int length)
    {
        ConditionResult r = ConditionCompiler.Compile(condition);
        Assert.False(r.Success, "expected an error, got " + (r.Rule is null ? "null" : JsonWriter.Write(r.Rule, indented: false)));
        Assert.Null(r.Rule);
        Assert.Equal(message, r.Error);
        Assert.Equal(offset, r.ErrorOffset);
        Assert.Equal(length, r.ErrorLength);
        return r;
    }

    // ------------------------------------------------------------------ string family

    [Theory]
    [InlineData("$.type == 'ERROR'", """{"Variable":"$.type","StringEquals":"ERROR"}""")]
    [InlineData("$.type < 'm'", """{"Variable":"$.type","StringLessThan":"m"}""")]
    [InlineData("$.type <= 'm'", """{"Variable":"$.type","StringLessThanEquals":"m"}""")]
    [InlineData("$.type > 'm'", """{"Variable":"$.type","StringGreaterThan":"m"}""")]
    [InlineData("$.type >= 'm'", """{"Variable":"$.type","StringGreaterThanEquals":"m"}""")]
    [InlineData("$.type != 'ERROR'", """{"Not":{"Variable":"$.type","StringEquals":"ERROR"}}""")]
    [InlineData("$.type == ''", """{"Variable":"$.type","StringEquals":""}""")]
    [InlineData("$.s == 'it\\'s'", """{"Variable":"$.s","StringEquals":"it's"}""")]
    [InlineData("$.s == 'C:\\\\temp'", """{"Variable":"$.s","StringEquals":"C:\\temp"}""")]
    [InlineData("$.s == 'a && b || (c) == \"d\"'", """{"Variable":"$.s","StringEquals":"a && b || (c) == \"d\""}""")]
    [InlineData("$.s == '${Env}'", """{"Variable":"$.s","StringEquals":"${Env}"}""")]
    [InlineData("$.s == '日本 ✓'", """{"Variable":"$.s","StringEquals":"日本 ✓"}""")]
    public void StringComparisons(string condition, string expected) => Ok(condition, expected);

    [Theory]
    [InlineData("$.name like 'log-*.txt'", """{"Variable":"$.name","StringMatches":"log-*.txt"}""")]
    [InlineData("$.name like '*'", """{"Variable":"$.name","StringMatches":"*"}""")]
    // \* and \\ stay escaped: StringMatches reads them (ASL-SPEC §4); in JSON they are \\* and \\\\.
    [InlineData("$.name like 'a\\*b'", """{"Variable":"$.name","StringMatches":"a\\*b"}""")]
    [InlineData("$.name like 'a\\\\b*'", """{"Variable":"$.name","StringMatches":"a\\\\b*"}""")]
    [InlineData("$.name like 'it\\'s*'", """{"Variable":"$.name","StringMatches":"it's*"}""")]
    [InlineData("string($.name) like 'x*'", """{"Variable":"$.name","StringMatches":"x*"}""")]
    [InlineData("!($.name like 'tmp*')", """{"Not":{"Variable":"$.name","StringMatches":"tmp*"}}""")]
    public void Like(string condition, string expected) => Ok(condition, expected);

    // ------------------------------------------------------------------ numeric family

    [Theory]
    [InlineData("$.count >= 3", """{"Variable":"$.count","NumericGreaterThanEquals":3}""")]
    [InlineData("$.count == 3", """{"Variable":"$.count","NumericEquals":3}""")]
    [InlineData("$.count < -1.5", """{"Variable":"$.count","NumericLessThan":-1.5}""")]
    [InlineData("$.count > 1e3", """{"Variable":"$.count","NumericGreaterThan":1e3}""")]
    [InlineData("$.count <= 2.50", """{"Variable":"$.count","NumericLessThanEquals":2.50}""")]
    [InlineData("$.count == -0.25E-2", """{"Variable":"$.count","NumericEquals":-0.25E-2}""")]
    [InlineData("$.count == 1.5e+10", """{"Variable":"$.count","NumericEquals":1.5e+10}""")]
    [InlineData("$.count == 0", """{"Variable":"$.count","NumericEquals":0}""")]
    [InlineData("$.count != 0", """{"Not":{"Variable":"$.count","NumericEquals":0}}""")]
    [InlineData("number($.count) > 3", """{"Variable":"$.count","NumericGreaterThan":3}""")]
    public void NumericComparisons(string condition, string expected) => Ok(condition, expected);

    [Fact]
    public void NumbersKeepTheWrittenText()
    {
        ConditionResult r = Ok("$.price == 10.50", """{"Variable":"$.price","NumericEquals":10.50}""");
        Assert.Equal("10.50", ((JsonNumber)r.Rule!.Get("NumericEquals")!).Text);
    }

    [Fact]
    public void VariableComesFirstThenTheOperator()
    {
        ConditionResult r = ConditionCompiler.Compile("$.count >= 3");
        Assert.Equal("""{"Variable":"$.count","NumericGreaterThanEquals":3}""", JsonWriter.Write(r.Rule!, indented: false));
        r = ConditionCompiler.Compile("3 < $.count");
        Assert.Equal("""{"Variable":"$.count","NumericGreaterThan":3}""", JsonWriter.Write(r.Rule!, indented: false));
        r = ConditionCompiler.Compile("!ispresent($.x)");
        Assert.Equal("""{"Variable":"$.x","IsPresent":false}""", JsonWriter.Write(r.Rule!, indented: false));
    }

    // ------------------------------------------------------------------ boolean, null, timestamp

    [Theory]
    [InlineData("$.ok == true", """{"Variable":"$.ok","BooleanEquals":true}""")]
    [InlineData("$.ok == false", """{"Variable":"$.ok","BooleanEquals":false}""")]
    [InlineData("$.ok != true", """{"Not":{"Variable":"$.ok","BooleanEquals":true}}""")]
    [InlineData("boolean($.ok) == false", """{"Variable":"$.ok","BooleanEquals":false}""")]
    public void BooleanComparisons(string condition, string expected) => Ok(condition, expected);

    [Theory]
    [InlineData("$.x == null", """{"Variable":"$.x","IsNull":true}""")]
    [InlineData("$.x != null", """{"Variable":"$.x","IsNull":false}""")]
    [InlineData("null == $.x", """{"Variable":"$.x","IsNull":true}""")]
    [InlineData("null != $.x", """{"Variable":"$.x","IsNull":false}""")]
    [InlineData("!($.x == null)", """{"Variable":"$.x","IsNull":false}""")]
    public void NullComparisons(string condition, string expected) => Ok(condition, expected);

    [Theory]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00Z'", """{"Variable":"$.at","TimestampLessThan":"2024-01-01T00:00:00Z"}""")]
    [InlineData("$.at <= timestamp'2024-01-01T00:00:00Z'", """{"Variable":"$.at","TimestampLessThanEquals":"2024-01-01T00:00:00Z"}""")]
    [InlineData("$.at > timestamp'2024-02-29T23:59:59.123Z'", """{"Variable":"$.at","TimestampGreaterThan":"2024-02-29T23:59:59.123Z"}""")]
    [InlineData("$.at >= timestamp'2024-01-01T00:00:00+01:00'", """{"Variable":"$.at","TimestampGreaterThanEquals":"2024-01-01T00:00:00+01:00"}""")]
    [InlineData("$.at == timestamp'2000-12-31T10:20:30-05:30'", """{"Variable":"$.at","TimestampEquals":"2000-12-31T10:20:30-05:30"}""")]
    [InlineData("$.at != timestamp'2024-01-01T00:00:00Z'", """{"Not":{"Variable":"$.at","TimestampEquals":"2024-01-01T00:00:00Z"}}""")]
    [InlineData("timestamp($.at) < timestamp'2024-01-01T00:00:00Z'", """{"Variable":"$.at","TimestampLessThan":"2024-01-01T00:00:00Z"}""")]
    public void TimestampComparisons(string condition, string expected) => Ok(condition, expected);

    // ------------------------------------------------------------------ path-to-path

    [Theory]
    [InlineData("number($.a) == $.b", """{"Variable":"$.a","NumericEqualsPath":"$.b"}""")]
    [InlineData("number($.a) < $.b", """{"Variable":"$.a","NumericLessThanPath":"$.b"}""")]
    [InlineData("number($.a) <= $.b", """{"Variable":"$.a","NumericLessThanEqualsPath":"$.b"}""")]
    [InlineData("number($.a) > $.b", """{"Variable":"$.a","NumericGreaterThanPath":"$.b"}""")]
    [InlineData("number($.a) >= $.b", """{"Variable":"$.a","NumericGreaterThanEqualsPath":"$.b"}""")]
    [InlineData("number($.a) != $.b", """{"Not":{"Variable":"$.a","NumericEqualsPath":"$.b"}}""")]
    [InlineData("$.a == string($.b)", """{"Variable":"$.a","StringEqualsPath":"$.b"}""")]
    [InlineData("$.a < string($.b)", """{"Variable":"$.a","StringLessThanPath":"$.b"}""")]
    [InlineData("string($.a) <= string($.b)", """{"Variable":"$.a","StringLessThanEqualsPath":"$.b"}""")]
    [InlineData("$.a > string($.b)", """{"Variable":"$.a","StringGreaterThanPath":"$.b"}""")]
    [InlineData("$.a >= string($.b)", """{"Variable":"$.a","StringGreaterThanEqualsPath":"$.b"}""")]
    [InlineData("boolean($.a) == $.b", """{"Variable":"$.a","BooleanEqualsPath":"$.b"}""")]
    [InlineData("$.a != boolean($.b)", """{"Not":{"Variable":"$.a","BooleanEqualsPath":"$.b"}}""")]
    [InlineData("timestamp($.a) == $.b", """{"Variable":"$.a","TimestampEqualsPath":"$.b"}""")]
    [InlineData("timestamp($.a) < $.b", """{"Variable":"$.a","TimestampLessThanPath":"$.b"}""")]
    [InlineData("timestamp($.a) <= $.b", """{"Variable":"$.a","TimestampLessThanEqualsPath":"$.b"}""")]
    [InlineData("timestamp($.a) > $.b", """{"Variable":"$.a","TimestampGreaterThanPath":"$.b"}""")]
    [InlineData("timestamp($.a) >= timestamp($.b)", """{"Variable":"$.a","TimestampGreaterThanEqualsPath":"$.b"}""")]
    [InlineData("number($.a) < $$.Execution.Input.limit", """{"Variable":"$.a","NumericLessThanPath":"$$.Execution.Input.limit"}""")]
    [InlineData("number ( $.a ) < $.b", """{"Variable":"$.a","NumericLessThanPath":"$.b"}""")]
    public void PathComparisons(string condition, string expected) => Ok(condition, expected);

    // ------------------------------------------------------------------ literal on the left

    [Theory]
    [InlineData("3 < $.count", """{"Variable":"$.count","NumericGreaterThan":3}""")]
    [InlineData("3 <= $.count", """{"Variable":"$.count","NumericGreaterThanEquals":3}""")]
    [InlineData("3 > $.count", """{"Variable":"$.count","NumericLessThan":3}""")]
    [InlineData("3 >= $.count", """{"Variable":"$.count","NumericLessThanEquals":3}""")]
    [InlineData("3 == $.count", """{"Variable":"$.count","NumericEquals":3}""")]
    [InlineData("3 != $.count", """{"Not":{"Variable":"$.count","NumericEquals":3}}""")]
    [InlineData("'a' > $.s", """{"Variable":"$.s","StringLessThan":"a"}""")]
    [InlineData("true == $.ok", """{"Variable":"$.ok","BooleanEquals":true}""")]
    [InlineData("timestamp'2024-01-01T00:00:00Z' >= $.at", """{"Variable":"$.at","TimestampLessThanEquals":"2024-01-01T00:00:00Z"}""")]
    [InlineData("-1 < number($.n)", """{"Variable":"$.n","NumericGreaterThan":-1}""")]
    public void LiteralOnTheLeftIsSwapped(string condition, string expected) => Ok(condition, expected);

    // ------------------------------------------------------------------ type tests

    [Theory]
    [InlineData("ispresent($.x)", """{"Variable":"$.x","IsPresent":true}""")]
    [InlineData("isnull($.x)", """{"Variable":"$.x","IsNull":true}""")]
    [InlineData("isstring($.x)", """{"Variable":"$.x","IsString":true}""")]
    [InlineData("isnumeric($.x)", """{"Variable":"$.x","IsNumeric":true}""")]
    [InlineData("isboolean($.x)", """{"Variable":"$.x","IsBoolean":true}""")]
    [InlineData("istimestamp($.x)", """{"Variable":"$.x","IsTimestamp":true}""")]
    [InlineData("!ispresent($.x)", """{"Variable":"$.x","IsPresent":false}""")]
    [InlineData("!isnull($.x)", """{"Variable":"$.x","IsNull":false}""")]
    [InlineData("!isstring($.x)", """{"Variable":"$.x","IsString":false}""")]
    [InlineData("!isnumeric($.x)", """{"Variable":"$.x","IsNumeric":false}""")]
    [InlineData("!isboolean($.x)", """{"Variable":"$.x","IsBoolean":false}""")]
    [InlineData("!istimestamp($.x)", """{"Variable":"$.x","IsTimestamp":false}""")]
    [InlineData("!(ispresent($.x))", """{"Variable":"$.x","IsPresent":false}""")]
    [InlineData("!!ispresent($.x)", """{"Variable":"$.x","IsPresent":true}""")]
    [InlineData("ispresent( $.x )", """{"Variable":"$.x","IsPresent":true}""")]
    [InlineData("ispresent($.items.length())", """{"Variable":"$.items.length()","IsPresent":true}""")]
    [InlineData("ispresent($$.Task.Token)", """{"Variable":"$$.Task.Token","IsPresent":true}""")]
    public void TypeTests(string condition, string expected) => Ok(condition, expected);

    // ------------------------------------------------------------------ paths

    [Theory]
    [InlineData("$$.Execution.Name == 'run'", """{"Variable":"$$.Execution.Name","StringEquals":"run"}""")]
    [InlineData("$myVar.x > 1", """{"Variable":"$myVar.x","NumericGreaterThan":1}""")]
    [InlineData("$myVar == 'a'", """{"Variable":"$myVar","StringEquals":"a"}""")]
    [InlineData("$ == 1", """{"Variable":"$","NumericEquals":1}""")]
    [InlineData("$.items[?(@.a == 1)] == 'y'", """{"Variable":"$.items[?(@.a == 1)]","StringEquals":"y"}""")]
    [InlineData("$.items[?(@.name == 'a && b')].id != 2", """{"Not":{"Variable":"$.items[?(@.name == 'a && b')].id","NumericEquals":2}}""")]
    [InlineData("$['a b'] == 1", """{"Variable":"$['a b']","NumericEquals":1}""")]
    [InlineData("$['x)y'] == 1", """{"Variable":"$['x)y']","NumericEquals":1}""")]
    [InlineData("$.items[0].price < 10", """{"Variable":"$.items[0].price","NumericLessThan":10}""")]
    [InlineData("$.items[*].a == 1", """{"Variable":"$.items[*].a","NumericEquals":1}""")]
    [InlineData("$..name == 'x'", """{"Variable":"$..name","StringEquals":"x"}""")]
    [InlineData("$.store\\.book == 1", """{"Variable":"$.store\\.book","NumericEquals":1}""")]
    [InlineData("$.a-b == 1", """{"Variable":"$.a-b","NumericEquals":1}""")]
    [InlineData("$.a==1", """{"Variable":"$.a","NumericEquals":1}""")]
    [InlineData("$.a!='x'", """{"Not":{"Variable":"$.a","StringEquals":"x"}}""")]
    [InlineData("$.a<=1&&$.b>2||$.c<3", """{"Or":[{"And":[{"Variable":"$.a","NumericLessThanEquals":1},{"Variable":"$.b","NumericGreaterThan":2}]},{"Variable":"$.c","NumericLessThan":3}]}""")]
    [InlineData("(ispresent($.a))", """{"Variable":"$.a","IsPresent":true}""")]
    [InlineData("\t$.a\n==\r\n1  ", """{"Variable":"$.a","NumericEquals":1}""")]
    public void PathForms(string condition, string expected) => Ok(condition, expected);

    // Where a path ends (PathExtent.InCondition), on the inputs where the condition lexer and the intrinsic parser
    // used to read paths differently; IntrinsicTests has the argument side. Unlike in an argument, spaces and
    // operator characters end a path here.

    [Fact]
    public void ABackslashInsideBracketsIsAnOrdinaryCharacter() =>
        Ok(
            "ispresent($[?(@.a == \\'x')]) && $.b == 1",
            """{"And":[{"Variable":"$[?(@.a == \\'x')]","IsPresent":true},{"Variable":"$.b","NumericEquals":1}]}""");

    [Fact]
    public void AnUnmatchedCloseParenthesisInsideBracketsEndsThePath() =>
        Err("ispresent($.a[0) && $.b == 1", "invalid path '$.a[0': unclosed '[' opened at column 4: expected ']'", 13, 1);

    [Fact]
    public void AnEscapedSpaceIsPartOfThePath() =>
        Ok("ispresent($.a\\ )", """{"Variable":"$.a\\ ","IsPresent":true}""");

    [Fact]
    public void ASpaceEndsThePath() =>
        Err("ispresent($.a b)", "expected ')' after the path in ispresent(...), found 'b'", 14, 1);

    [Fact]
    public void PathsAreListedWithTheirPositions()
    {
        const string condition = "$.a == 1 && number($.b) < $$.Execution.Input.c || ispresent($v.x)";
        ConditionResult r = ConditionCompiler.Compile(condition);
        Assert.True(r.Success, r.Error);
        Assert.Equal(4, r.Paths.Count);
        string[] expected = { "$.a", "$.b", "$$.Execution.Input.c", "$v.x" };
        for (int i = 0; i < expected.Length; i++)
        {
            ConditionPath p = r.Paths[i];
            Assert.Equal(expected[i], p.Path);
            Assert.Equal(condition.IndexOf(expected[i], StringComparison.Ordinal), p.Offset);
            Assert.Equal(expected[i].Length, p.Length);
            Assert.Equal(expected[i], condition.Substring(p.Offset, p.Length));
            Assert.True(p.Parsed.Success);
        }

        Assert.Equal(PathRoot.Input, r.Paths[0].Parsed.Root);
        Assert.Equal(PathRoot.Context, r.Paths[2].Parsed.Root);
        Assert.Equal(PathRoot.Variable, r.Paths[3].Parsed.Root);
        Assert.Equal("v", r.Paths[3].Parsed.VariableName);
        Assert.Equal(new[] { "Execution", "Input", "c" }, r.Paths[2].Parsed.Segments.Select(s => s.Name).ToArray());
    }

    // ------------------------------------------------------------------ logic

    private const string A = """{"Variable":"$.a","NumericEquals":1}""";
    private const string B = """{"Variable":"$.b","NumericEquals":2}""";
    private const string C = """{"Variable":"$.c","NumericEquals":3}""";

    [Theory]
    [InlineData("$.a == 1 && $.b == 2", "{\"And\":[" + A + "," + B + "]}")]
    [InlineData("$.a == 1 || $.b == 2", "{\"Or\":[" + A + "," + B + "]}")]
    [InlineData("$.a == 1 && $.b == 2 && $.c == 3", "{\"And\":[" + A + "," + B + "," + C + "]}")]
    [InlineData("$.a == 1 || $.b == 2 || $.c == 3", "{\"Or\":[" + A + "," + B + "," + C + "]}")]
    [InlineData("$.a == 1 || $.b == 2 && $.c == 3", "{\"Or\":[" + A + ",{\"And\":[" + B + "," + C + "]}]}")]
    [InlineData("$.a == 1 && $.b == 2 || $.c == 3", "{\"Or\":[{\"And\":[" + A + "," + B + "]}," + C + "]}")]
    [InlineData("($.a == 1 || $.b == 2) && $.c == 3", "{\"And\":[{\"Or\":[" + A + "," + B + "]}," + C + "]}")]
    [InlineData("$.a == 1 && ($.b == 2 && $.c == 3)", "{\"And\":[" + A + ",{\"And\":[" + B + "," + C + "]}]}")]
    [InlineData("!$.a == 1 && $.b == 2", "{\"And\":[{\"Not\":" + A + "}," + B + "]}")]
    [InlineData("!($.a == 1 && $.b == 2)", "{\"Not\":{\"And\":[" + A + "," + B + "]}}")]
    [InlineData("!($.a == 1 || $.b == 2)", "{\"Not\":{\"Or\":[" + A + "," + B + "]}}")]
    [InlineData("!!($.a == 1)", "{\"Not\":{\"Not\":" + A + "}}")]
    [InlineData("!($.a != 1)", "{\"Not\":{\"Not\":" + A + "}}")]
    [InlineData("((($.a == 1)))", A)]
    [InlineData("! ( $.a == 1 )", "{\"Not\":" + A + "}")]
    [InlineData("!ispresent($.x) || $.a == 1", "{\"Or\":[{\"Variable\":\"$.x\",\"IsPresent\":false}," + A + "]}")]
    public void Logic(string condition, string expected) => Ok(condition, expected);

    [Fact]
    public void SixtyFourLevelsOfNestingAreAllowed()
    {
        string parens = new string('(', 64) + "$.a == 1" + new string(')', 64);
        Ok(parens, A);
        string mixed = string.Concat(Enumerable.Repeat("!(", 32)) + "$.a == 1" + new string(')', 32);
        ConditionResult r = ConditionCompiler.Compile(mixed);
        Assert.True(r.Success, r.Error);
        Ok(new string('!', 64) + "ispresent($.x)", """{"Variable":"$.x","IsPresent":true}""");
    }

    [Fact]
    public void DeeperNestingIsAnError()
    {
        Err(new string('(', 65) + "$.a == 1" + new string(')', 65), "nested too deeply: a condition may nest at most 64 parentheses and negations", 64, 1);
        Err(new string('!', 65) + "ispresent($.x)", "nested too deeply: a condition may nest at most 64 parentheses and negations", 64, 1);
        Err(string.Concat(Enumerable.Repeat("!(", 40)) + "$.a == 1", "nested too deeply: a condition may nest at most 64 parentheses and negations", 64, 1);
    }

    // ------------------------------------------------------------------ errors

    private const string ValueExpected =
        "expected a value after '==': a path such as $.status, a string such as 'text', a number, true, false, null or timestamp'...'";

    private const string ComparisonExpected = "expected a comparison operator (==, !=, <, <=, >, >=, like) after ";

    [Theory]
    [InlineData("", "empty condition: expected a condition such as $.status == 'OK'", 0, 0)]
    [InlineData("   ", "empty condition: expected a condition such as $.status == 'OK'", 0, 3)]
    [InlineData("$.count", ComparisonExpected + "'$.count'", 0, 7)]
    [InlineData("number($.count)", ComparisonExpected + "'number($.count)'", 0, 15)]
    [InlineData("$.count 3", ComparisonExpected + "'$.count', found '3'", 8, 1)]
    [InlineData("$.count && $.b == 1", ComparisonExpected + "'$.count', found '&&'", 8, 2)]
    [InlineData("3", ComparisonExpected + "'3'", 0, 1)]
    [InlineData("$.a LIKE 'x*'", "'LIKE' is not an operator; did you mean 'like'?", 4, 4)]
    [InlineData("$.a == 'abc", "unterminated string literal: missing the closing '", 7, 4)]
    [InlineData("$.a == 'abc\\'", "unterminated string literal: missing the closing '", 7, 6)]
    [InlineData("$.a == 'abc\\", "unterminated string literal: missing the closing '", 7, 5)]
    [InlineData("$.a == 1 & $.b == 2", "'&' is not an operator; did you mean '&&'?", 9, 1)]
    [InlineData("$.a == 1 | $.b == 2", "'|' is not an operator; did you mean '||'?", 9, 1)]
    [InlineData("$.a = 1", "'=' is not an operator; did you mean '=='?", 4, 1)]
    [InlineData("$.a === 1", "'===' is not an operator; did you mean '=='?", 4, 3)]
    [InlineData("$.a !== 1", "'!==' is not an operator; did you mean '!='?", 4, 3)]
    [InlineData("$.a <> 1", "'<>' is not an operator; did you mean '!='?", 4, 2)]
    [InlineData("$.a => 1", "'=>' is not an operator; did you mean '>='?", 4, 2)]
    [InlineData("$.a =< 1", "'=<' is not an operator; did you mean '<='?", 4, 2)]
    [InlineData("$.a == 1 and $.b == 2", "'and' is not an operator; did you mean '&&'?", 9, 3)]
    [InlineData("$.a == 1 OR $.b == 2", "'OR' is not an operator; did you mean '||'?", 9, 2)]
    [InlineData("($.a == 1 and $.b == 2)", "'and' is not an operator; did you mean '&&'?", 10, 3)]
    [InlineData("not ispresent($.a)", "'not' is not an operator; did you mean '!'?", 0, 3)]
    [InlineData("$.a == 1)", "unexpected ')': there is no '(' to close", 8, 1)]
    [InlineData(")", "unexpected ')': expected a condition such as $.status == 'OK'", 0, 1)]
    [InlineData("()", "unexpected ')': expected a condition such as $.status == 'OK'", 1, 1)]
    [InlineData("$.a == 1 && )", "unexpected ')': expected a condition such as $.status == 'OK'", 12, 1)]
    [InlineData("== 1", "expected a path such as $.status, found '=='", 0, 2)]
    [InlineData("$.a == 1 && || $.b == 1", "expected a path such as $.status, found '||'", 12, 2)]
    [InlineData("$.a == 1 &&", "expected a condition such as $.status == 'OK' after '&&'", 9, 2)]
    [InlineData("$.a == 1 || !", "expected a condition such as $.status == 'OK' after '!'", 12, 1)]
    [InlineData("(", "expected a condition such as $.status == 'OK' after '('", 0, 1)]
    [InlineData("$.a ==", ValueExpected + ", found the end of the condition", 4, 2)]
    [InlineData("$.a == )", ValueExpected + ", found ')'", 7, 1)]
    [InlineData("$.a == -", ValueExpected + ", found '-'", 7, 1)]
    [InlineData("$.a == #", ValueExpected + ", found '#'", 7, 1)]
    [InlineData("$.a like", "expected a pattern in single quotes after 'like', such as 'log-*.txt', found the end of the condition", 4, 4)]
    [InlineData("$.a == 1 $.b", "unexpected text after the condition: expected '&&', '||' or the end of the condition, found '$.b'", 9, 3)]
    [InlineData("$.a == 1 ,", "unexpected text after the condition: expected '&&', '||' or the end of the condition, found ','", 9, 1)]
    [InlineData("$.a == 1 == 2", "comparisons cannot be chained: expected '&&', '||' or the end of the condition, found '=='", 9, 2)]
    [InlineData("($.a == 1", "missing ')' to close the '(' at column 1", 0, 1)]
    [InlineData("$.b == 2 && (($.a == 1)", "missing ')' to close the '(' at column 13", 12, 1)]
    [InlineData("($.a == 1 $.b", "expected '&&', '||' or ')' to close the '(' at column 1, found '$.b'", 10, 3)]
    public void SyntaxErrors(string condition, string message, int offset, int length) => Err(condition, message, offset, length);

    [Theory]
    [InlineData(
        "$.a == $.b",
        "cannot tell whether to compare '$.a' and '$.b' as strings, numbers, booleans or timestamps; wrap one side in number(...), string(...), boolean(...) or timestamp(...)",
        0,
        10)]
    [InlineData("number($.a) < string($.b)", "cannot compare number(...) with string(...): both sides must be read as the same kind", 0, 25)]
    [InlineData("$.a like $.b", "like needs a pattern in single quotes such as 'log-*.txt': StringMatches has no Path form", 9, 3)]
    [InlineData("$.a like string($.b)", "like needs a pattern in single quotes such as 'log-*.txt': StringMatches has no Path form", 9, 11)]
    [InlineData("$.a like 3", "like needs a pattern in single quotes such as 'log-*.txt', found a number", 9, 1)]
    [InlineData("$.a like null", "like needs a pattern in single quotes such as 'log-*.txt', found null", 9, 4)]
    [InlineData("$.a like timestamp'2024-01-01T00:00:00Z'", "like needs a pattern in single quotes such as 'log-*.txt', found a timestamp", 9, 31)]
    [InlineData("'a*' like $.x", "like needs the path on the left and the pattern on the right, as in $.name like 'log-*.txt'", 0, 13)]
    [InlineData("number($.a) like 'x*'", "like compares strings: number(...) cannot be used with like", 0, 11)]
    [InlineData("$.ok < true", "'<' cannot compare booleans: only == and != are allowed", 5, 1)]
    [InlineData("false >= $.ok", "'>=' cannot compare booleans: only == and != are allowed", 6, 2)]
    [InlineData("boolean($.a) > $.b", "'>' cannot compare booleans: only == and != are allowed", 13, 1)]
    [InlineData("$.a < null", "'<' cannot compare with null: only == and != are allowed", 4, 1)]
    [InlineData("number($.a) == null", "cannot compare number(...) with null: write $.a == null or isnull($.a)", 15, 4)]
    [InlineData("number($.a) == 'x'", "cannot compare number(...) with a string: expected a number such as 42", 15, 3)]
    [InlineData("string($.a) == 1", "cannot compare string(...) with a number: expected a string in single quotes such as 'text'", 15, 1)]
    [InlineData("boolean($.a) == 1", "cannot compare boolean(...) with a number: expected true or false", 16, 1)]
    [InlineData(
        "timestamp($.a) < '2024-01-01T00:00:00Z'",
        "cannot compare timestamp(...) with a string: expected a timestamp such as timestamp'2024-01-01T00:00:00Z'",
        17,
        22)]
    [InlineData("1 == 2", "cannot compare two values: one side must be a path such as $.status", 0, 6)]
    [InlineData("'a' < 'b'", "cannot compare two values: one side must be a path such as $.status", 0, 9)]
    public void TypeErrors(string condition, string message, int offset, int length) => Err(condition, message, offset, length);

    [Theory]
    [InlineData("$.at < timestamp'2024-13-01T00:00:00Z'", "invalid timestamp '2024-13-01T00:00:00Z': month 13 is out of range (01-12)")]
    [InlineData("$.at < timestamp'2023-02-29T00:00:00Z'", "invalid timestamp '2023-02-29T00:00:00Z': day 29 is out of range for that month (01-28)")]
    [InlineData("$.at < timestamp'2024-04-31T00:00:00Z'", "invalid timestamp '2024-04-31T00:00:00Z': day 31 is out of range for that month (01-30)")]
    [InlineData("$.at < timestamp'2024-01-01t00:00:00Z'", "invalid timestamp '2024-01-01t00:00:00Z': the date and the time must be separated by an uppercase 'T'")]
    [InlineData("$.at < timestamp'2024-01-01 00:00:00Z'", "invalid timestamp '2024-01-01 00:00:00Z': the date and the time must be separated by an uppercase 'T'")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00z'", "invalid timestamp '2024-01-01T00:00:00z': the time zone must be an uppercase 'Z'")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00'", "invalid timestamp '2024-01-01T00:00:00': the time zone is missing: end the timestamp with Z or an offset such as +01:00")]
    [InlineData("$.at < timestamp'2024-01-01T24:00:00Z'", "invalid timestamp '2024-01-01T24:00:00Z': hour 24 is out of range (00-23)")]
    [InlineData("$.at < timestamp'2024-01-01T00:60:00Z'", "invalid timestamp '2024-01-01T00:60:00Z': minute 60 is out of range (00-59)")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00.Z'", "invalid timestamp '2024-01-01T00:00:00.Z': expected digits after the '.' of the fractional seconds")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00+0100'", "invalid timestamp '2024-01-01T00:00:00+0100': the time zone offset must be written +hh:mm or -hh:mm")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00+24:00'", "invalid timestamp '2024-01-01T00:00:00+24:00': the time zone offset +24:00 is out of range")]
    [InlineData("$.at < timestamp'2024-01-01T00:00:00Zx'", "invalid timestamp '2024-01-01T00:00:00Zx': unexpected text after the time zone")]
    [InlineData("$.at < timestamp'2024-1-01T00:00:00Z'", "invalid timestamp '2024-1-01T00:00:00Z': the date must be written YYYY-MM-DD; expected the form YYYY-MM-DDThh:mm:ss followed by Z or an offset such as +01:00")]
    [InlineData("$.at < timestamp'2024-01-01'", "invalid timestamp '2024-01-01': the time is missing; expected the form YYYY-MM-DDThh:mm:ss followed by Z or an offset such as +01:00")]
    [InlineData("$.at < timestamp'2024-01-01T1:00:00Z'", "invalid timestamp '2024-01-01T1:00:00Z': the time must be written hh:mm:ss; expected the form YYYY-MM-DDThh:mm:ss followed by Z or an offset such as +01:00")]
    [InlineData("$.at < timestamp''", "invalid timestamp '': the timestamp is empty; expected the form YYYY-MM-DDThh:mm:ss followed by Z or an offset such as +01:00")]
    public void InvalidTimestampsPointAtTheLiteral(string condition, string message)
    {
        int start = condition.IndexOf("timestamp'", StringComparison.Ordinal);
        Err(condition, message, start, condition.Length - start);
    }

    [Fact]
    public void InvalidTimestampOnTheLeftIsReportedBeforeLaterProblems()
    {
        Err("timestamp'2024-00-01T00:00:00Z' < $.a == ", "invalid timestamp '2024-00-01T00:00:00Z': month 00 is out of range (01-12)", 0, 31);
    }

    [Theory]
    [InlineData("ispresnt($.x)", "unknown function 'ispresnt'; did you mean 'ispresent'?", 0, 8)]
    [InlineData("isPresent($.x)", "unknown function 'isPresent'; did you mean 'ispresent'?", 0, 9)]
    [InlineData("IsNull($.x)", "unknown function 'IsNull'; did you mean 'isnull'?", 0, 6)]
    [InlineData("isnumber($.x)", "unknown function 'isnumber'; did you mean 'isnumeric'?", 0, 8)]
    [InlineData("Number($.a) < $.b", "unknown function 'Number'; did you mean 'number'?", 0, 6)]
    [InlineData("$.a < nmber($.b)", "unknown function 'nmber'; did you mean 'number'?", 6, 5)]
    [InlineData(
        "frobnicate($.x)",
        "unknown function 'frobnicate'; did you mean 'boolean'? The functions are ispresent, isnull, isstring, isnumeric, isboolean, istimestamp, number, string, boolean, timestamp.",
        0,
        10)]
    [InlineData("ispresent", "expected '(' after 'ispresent': write ispresent($.path), found the end of the condition", 0, 9)]
    [InlineData("ispresent $.x", "expected '(' after 'ispresent': write ispresent($.path), found '$.x'", 10, 3)]
    [InlineData("number $.a < $.b", "expected '(' after 'number': write number($.path), found '$.a'", 7, 3)]
    [InlineData("ispresent()", "ispresent(...) takes a path such as $.status, found ')'", 10, 1)]
    [InlineData("ispresent('x')", "ispresent(...) takes a path such as $.status, found 'x'", 10, 3)]
    [InlineData("ispresent($.a, $.b)", "ispresent(...) takes exactly one path: expected ')', found ','", 13, 1)]
    [InlineData("ispresent($.a", "expected ')' after the path in ispresent(...), found the end of the condition", 10, 3)]
    [InlineData("ispresent($.a) == true", "ispresent(...) is already a condition: it cannot be compared with '=='; write ispresent(...) or !ispresent(...)", 15, 2)]
    [InlineData("$.a == isnull($.b)", "isnull(...) is a condition, not a value: it cannot be compared; combine conditions with && or ||", 7, 6)]
    [InlineData("timestamp '2024-01-01T00:00:00Z' < $.a", "write a timestamp literal without a space, as in timestamp'2024-01-01T00:00:00Z'", 10, 22)]
    [InlineData("$.a < timestamp", "expected a timestamp literal such as timestamp'2024-01-01T00:00:00Z' or timestamp($.path) after 'timestamp', found the end of the condition", 6, 9)]
    [InlineData("status == 'x'", "expected a path such as $.status, found 'status'; paths start with '$', as in '$.status'", 0, 6)]
    [InlineData("$.a == done", ValueExpected + ", found 'done'; paths start with '$', as in '$.done'", 7, 4)]
    [InlineData("$.a == True", ValueExpected + ", found 'True'; did you mean 'true'?", 7, 4)]
    [InlineData("$.a == NULL", ValueExpected + ", found 'NULL'; did you mean 'null'?", 7, 4)]
    public void FunctionAndNameErrors(string condition, string message, int offset, int length) => Err(condition, message, offset, length);

    [Theory]
    [InlineData("$.a == 007", "invalid number '007': leading zeros are not allowed", 7, 3)]
    [InlineData("$.a == 1.", "invalid number '1.': expected a digit after the decimal point", 7, 2)]
    [InlineData("$.a == 1e", "invalid number '1e': expected a digit in the exponent", 7, 2)]
    [InlineData("$.a == .5", "invalid number '.5': a number must start with a digit, as in 0.5", 7, 2)]
    [InlineData("$.a == 12abc", "invalid number '12abc': expected a number such as 42, -1.5 or 2.5e3", 7, 5)]
    [InlineData("$.a == +5", "a number must not start with '+': write 5", 7, 2)]
    [InlineData("$.a == \"x\"", "strings are written in single quotes: write 'x'", 7, 3)]
    [InlineData("$.a == \"x", "strings are written in single quotes, as in 'text'; found an unterminated double-quoted string", 7, 1)]
    [InlineData("$.a == 'C:\\temp'", "unknown escape '\\t' in a string literal: write \\\\ for a backslash, \\' for a quote and, in a like pattern, \\* for a literal star", 10, 2)]
    [InlineData("$.a == 'a\\*'", "'\\*' is an escape only in like patterns; elsewhere write * for a star or \\\\* for a backslash and a star", 9, 2)]
    [InlineData("$.a < timestamp'2024\\*'", "'\\*' is an escape only in like patterns; elsewhere write * for a star or \\\\* for a backslash and a star", 20, 2)]
    public void LiteralErrors(string condition, string message, int offset, int length) => Err(condition, message, offset, length);

    [Theory]
    // A path error is reported at the path's offset plus the parser's offset.
    [InlineData("$.x == 1 && $.a.b. == 1", "invalid path '$.a.b.': empty property name after '.': a path must not end with '.'", 17, 1)]
    [InlineData("$.items[0 == 1", "invalid path '$.items[0 == 1': expected ']', ',' or ':' after an index, found '='", 10, 1)]
    [InlineData("${Env} == 'x'", "invalid path '${Env}': unexpected '{' after '$': '${...}' is a deployment substitution, not a path", 1, 1)]
    [InlineData("isnull($.a[?(@.x == 1)", "invalid path '$.a[?(@.x == 1)': unclosed '[' opened at column 4: expected ']'", 10, 1)]
    [InlineData("$.a] == 1", "invalid path '$.a]': unexpected ']' without a matching '['", 3, 1)]
    [InlineData("$$x == 1", "invalid path '$$x': unexpected 'x' after '$$': expected '.', '[' or the end of the path", 2, 1)]
    public void PathErrors(string condition, string message, int offset, int length) => Err(condition, message, offset, length);

    [Fact]
    public void PathsReadBeforeAnErrorAreKept()
    {
        ConditionResult r = ConditionCompiler.Compile("$.a == 1 && $.b ==");
        Assert.False(r.Success);
        Assert.Equal(new[] { "$.a", "$.b" }, r.Paths.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void NullConditionIsEmpty()
    {
        ConditionResult r = ConditionCompiler.Compile(null!);
        Assert.False(r.Success);
        Assert.Equal("empty condition: expected a condition such as $.status == 'OK'", r.Error);
    }

    // ------------------------------------------------------------------ robustness

    private static void AssertWellFormed(string condition, ConditionResult r)
    {
        Assert.Equal(r.Rule != null, r.Success);
        if (r.Success)
        {
            Assert.Null(r.Error);
            Assert.NotEmpty(JsonWriter.Write(r.Rule!, indented: false));
            foreach (ConditionPath p in r.Paths)
            {
                Assert.Equal(p.Path, condition.Substring(p.Offset, p.Length));
                Assert.True(p.Parsed.Success);
            }
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(r.Error));
            Assert.InRange(r.ErrorOffset, 0, condition.Length);
            Assert.InRange(r.ErrorLength, 0, condition.Length - r.ErrorOffset);
            if (condition.Trim().Length > 0)
            {
                Assert.True(r.ErrorLength >= 1, "no underline for '" + condition + "': " + r.Error);
            }
        }
    }

    private static readonly string[] Fragments =
    {
        "$.a", "$.b[0]", "$$.Execution.Name", "$v", "$", "$.", "$.x[?(@.a == 1)]", "['q']", "[", "]",
        "==", "!=", "<", "<=", ">", ">=", "=", "&", "|", "&&", "||", "!", "(", ")", ",", " ", "\t", "\n",
        "'s'", "'", "\\", "\"", "'a\\*'", "'\\'", "1", "-2.5", "1e9", "007", "+", "-", ".", "true", "false", "null",
        "like", "timestamp'2024-01-01T00:00:00Z'", "timestamp'", "timestamp", "number(", "string(", "boolean(",
        "ispresent(", "isnull(", "isstring(", "isnumeric(", "isboolean(", "istimestamp(", "foo(", "and", "#", "日",
        "\uD83D\uDE00", "\uD800", "\0",
    };

    [Fact]
    public void RandomFragmentSoupNeverThrows()
    {
        var random = new Random(20240101);
        for (int i = 0; i < 20000; i++)
        {
            var sb = new StringBuilder();
            int count = random.Next(0, 14);
            for (int j = 0; j < count; j++)
            {
                sb.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    sb.Append(' ');
                }
            }

            string condition = sb.ToString();
            ConditionResult r = ConditionCompiler.Compile(condition);
            AssertWellFormed(condition, r);
        }
    }

    [Fact]
    public void RandomCharactersNeverThrow()
    {
        var random = new Random(7);
        const string alphabet = "$.[]()'\"\\!=<>&|,*?@ abcz019-+eE_\t";
        for (int i = 0; i < 20000; i++)
        {
            int length = random.Next(0, 30);
            var chars = new char[length];
            for (int j = 0; j < length; j++)
            {
                chars[j] = random.Next(20) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            string condition = new string(chars);
            AssertWellFormed(condition, ConditionCompiler.Compile(condition));
        }
    }

    [Fact]
    public void TruncationsOfValidConditionsNeverThrow()
    {
        string[] valid =
        {
            "!($.a == 'x\\'y' && number($.b) >= $$.Execution.Input.n) || ispresent($.items[?(@.k == ')')]) && $.t < timestamp'2024-01-01T00:00:00.5+01:00'",
            "$.name like 'log-\\*-*.txt' || !isnull($v.x) && -1.5e3 < $.n",
        };
        foreach (string v in valid)
        {
            Assert.True(ConditionCompiler.Compile(v).Success, ConditionCompiler.Compile(v).Error);
            for (int i = 0; i <= v.Length; i++)
            {
                AssertWellFormed(v.Substring(0, i), ConditionCompiler.Compile(v.Substring(0, i)));
                string removed = v.Remove(i < v.Length ? i : 0, i < v.Length ? 1 : 0);
                AssertWellFormed(removed, ConditionCompiler.Compile(removed));
            }
        }
    }

    /// <summary>Random well-formed conditions always compile, and the rule has the expected shape.</summary>
    [Fact]
    public void RandomValidConditionsCompile()
    {
        var random = new Random(42);
        string[] atoms =
        {
            "$.a == 1", "$.s != 'x'", "3 < $.n", "ispresent($.p)", "!isnull($.q)", "$.t >= timestamp'2024-01-01T00:00:00Z'",
            "number($.a) <= $.b", "$.b == true", "$.x == null", "$.f like 'a*'", "$$.State.Name == 'S'",
        };
        for (int i = 0; i < 2000; i++)
        {
            string condition = Generate(random, atoms, 0);
            ConditionResult r = ConditionCompiler.Compile(condition);
            Assert.True(r.Success, condition + ": " + r.Error);
        }
    }

    private static string Generate(Random random, string[] atoms, int depth)
    {
        int choice = depth > 4 ? 0 : random.Next(5);
        switch (choice)
        {
            case 1:
                return Generate(random, atoms, depth + 1) + " && " + Generate(random, atoms, depth + 1);
            case 2:
                return Generate(random, atoms, depth + 1) + " || " + Generate(random, atoms, depth + 1);
            case 3:
                return "!(" + Generate(random, atoms, depth + 1) + ")";
            case 4:
                return "(" + Generate(random, atoms, depth + 1) + ")";
            default:
                return atoms[random.Next(atoms.Length)];
        }
    }

    [Fact]
    public void OneMegabyteConditionsAreLinear()
    {
        const int Size = 1 << 20;
        var longChain = new StringBuilder();
        while (longChain.Length < Size)
        {
            longChain.Append("$.a == 1 && ");
        }

        longChain.Append("$.b == 2");
        string[] inputs =
        {
            longChain.ToString(),
            longChain.ToString().Replace("&&", "||"),
            "$.a == '" + new string('x', Size),
            "$.a == '" + string.Concat(Enumerable.Repeat("\\\\", Size / 2)) + "'",
            "$.a" + new string('a', Size) + " == 1",
            "$.a[" + new string('1', Size),
            "$.a[?(@.b == '" + new string('x', Size),
            new string('(', Size),
            new string('!', Size),
            new string(')', Size),
            new string(' ', Size),
            new string('a', Size) + "($.x)",
            "$.a == 1" + new string(' ', Size) + "x",
            "$.a == " + new string('9', Size),
            string.Concat(Enumerable.Repeat("ispresent($.a) || ", Size / 18)) + "ispresent($.b)",
        };

        foreach (string input in inputs)
        {
            var watch = Stopwatch.StartNew();
            ConditionResult r = ConditionCompiler.Compile(input);
            watch.Stop();
            AssertWellFormed(input, r);
            // A guard against quadratic work, not a speed claim: quadratic on a megabyte takes minutes; linear takes
            // milliseconds, and 20 s leaves room for a loaded 2-core CI machine running test assemblies side by side.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "took " + watch.Elapsed + " for an input starting " + input.Substring(0, 20));
        }

        ConditionResult chain = ConditionCompiler.Compile(inputs[0]);
        Assert.True(chain.Success, chain.Error);
        Assert.Equal(((JsonArray)chain.Rule!.Get("And")!).Count, chain.Paths.Count);
    }
}
