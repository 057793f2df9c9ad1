using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

using static StepGen.Asl.Tests.Runtime.RuntimeJson;

namespace StepGen.Asl.Tests.Runtime;

/// <summary>
/// The examples of the developer guide's "Intrinsic functions for JSONPath states" page, with its inputs and outputs,
/// then the edge cases of its "Input validation" lists.
/// </summary>
public class IntrinsicEvaluatorTests
{
    private static JsonNode Eval(string expression, string input = "{}") => IntrinsicEvaluator.Evaluate(expression, Scope(input));

    private static AslRuntimeException Fails(string expression, string input = "{}") =>
        Throws(AslErrorNames.IntrinsicFailure, () => Eval(expression, input));

    [Theory]
    [InlineData("""{"Id": 123456}""", "States.Array($.Id)", "[123456]")]
    [InlineData("""{"someJson": {"random": "abcdefg"}, "zebra": "stripe"}""", "States.Array('Foo', 2022, $.someJson, null)", """["Foo", 2022, {"random": "abcdefg"}, null]""")]
    [InlineData("""{"inputArray": [1,2,3,4,5,6,7,8,9]}""", "States.ArrayPartition($.inputArray,4)", "[[1,2,3,4],[5,6,7,8],[9]]")]
    [InlineData("""{"inputArray": [1,2,3,4,5,6,7,8,9], "lookingFor": 5}""", "States.ArrayContains($.inputArray, $.lookingFor)", "true")]
    [InlineData("{}", "States.ArrayRange(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("""{"inputArray": [1,2,3,4,5,6,7,8,9], "index": 5}""", "States.ArrayGetItem($.inputArray, $.index)", "6")]
    [InlineData("""{"inputArray": [1,2,3,4,5,6,7,8,9]}""", "States.ArrayLength($.inputArray)", "9")]
    [InlineData("""{"inputArray": [1,2,3,3,3,3,3,3,4]}""", "States.ArrayUnique($.inputArray)", "[1,2,3,4]")]
    [InlineData("""{"input": "Data to encode"}""", "States.Base64Encode($.input)", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("""{"json1": {"a": {"a1": 1, "a2": 2}, "b": 2}, "json2": {"a": {"a3": 1, "a4": 2}, "c": 3}}""", "States.JsonMerge($.json1, $.json2, false)", """{"a": {"a3": 1, "a4": 2}, "b": 2, "c": 3}""")]
    [InlineData("""{"escapedJsonString": "{\"foo\": \"bar\"}"}""", "States.StringToJson($.escapedJsonString)", """{"foo": "bar"}""")]
    [InlineData("""{"value1": 111, "step": -1}""", "States.MathAdd($.value1, $.step)", "110")]
    [InlineData("""{"inputString": "1,2,3,4,5", "splitter": ","}""", "States.StringSplit($.inputString, $.splitter)", """["1","2","3","4","5"]""")]
    [InlineData("""{"inputString": "This.is+a,test=string", "splitter": ".+,="}""", "States.StringSplit($.inputString, $.splitter)", """["This","is","a","test","string"]""")]
    [InlineData("""{"name": "Arnav", "template": "Hello, my name is {}."}""", "States.Format('Hello, my name is {}.', $.name)", "\"Hello, my name is Arnav.\"")]
    [InlineData("""{"name": "Arnav", "template": "Hello, my name is {}."}""", "States.Format($.template, $.name)", "\"Hello, my name is Arnav.\"")]
    public void GuideExamples(string input, string expression, string expected) => Equal(expected, Eval(expression, input));

    [Fact]
    public void GuideExample_NineNestedCalls()
    {
        // The guide's nesting example, as printed, has three '{}' and two values, which its own States.Format rule
        // ("as many remaining arguments ... as there are occurrences of {}") rejects; with two '{}' it runs.
        const string Input = """{"ImageRecipe": {"Arn": "arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/my-recipe/1.0.2"}}""";
        const string Nested = "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
        Fails("States.Format('{}.{}.{}', " + Nested, Input);
        Equal("\"1.0\"", Eval("States.Format('{}.{}', " + Nested, Input));
    }

    [Fact]
    public void JsonToString_WritesCompactJson() =>
        // The guide shows the result escaped, {\"foo\": \"bar\"}; the value is the JSON text, written compact.
        Equal("\"{\\\"foo\\\":\\\"bar\\\"}\"", Eval("States.JsonToString($.unescapedJson)", """{"unescapedJson": {"foo": "bar"}}"""));

    [Fact]
    public void Base64Decode_RoundTripsTheGuideExample()
    {
        // The guide decodes "RGF0YSB0byBlbmNvZGU=" (its own encoding of "Data to encode") and prints "Decoded data",
        // which is the decoding of "RGVjb2RlZCBkYXRh"; both facts are checked here.
        Equal("\"Data to encode\"", Eval("States.Base64Decode($.base64)", """{"base64": "RGF0YSB0byBlbmNvZGU="}"""));
        Equal("\"Decoded data\"", Eval("States.Base64Decode('RGVjb2RlZCBkYXRh')"));
        Equal("\"aMOpbGxvIOKYlSDwnYSe\"", Eval("States.Base64Encode($.s)", """{"s": "h\u00e9llo \u2615 \ud834\udd1e"}"""));
        Equal("\"h\u00e9llo \u2615 \ud834\udd1e\"", Eval("States.Base64Decode('aMOpbGxvIOKYlSDwnYSe')"));
    }

    [Theory]
    // Digests of "input data". The guide's SHA-1 example prints aaff4a450a104cd177d28d18d7485e8cae074b7, 39 digits:
    // it dropped a 4 from the real digest below.
    [InlineData("MD5", "812f45842bc6d66ee14572ce20db8e86")]
    [InlineData("SHA-1", "aaff4a450a104cd177d28d18d74485e8cae074b7")]
    [InlineData("SHA-256", "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3")]
    [InlineData("SHA-384", "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562")]
    [InlineData("SHA-512", "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4")]
    public void Hash_AllAlgorithmsOfTheGuide(string algorithm, string digest) =>
        Equal("\"" + digest + "\"", Eval("States.Hash($.Data, $.Algorithm)", In("Data", "input data", "Algorithm", algorithm)));

    [Fact]
    public void Hash_UnknownAlgorithmAndLongDataFail()
    {
        Assert.Contains("sha-1", Fails("States.Hash('x', 'sha-1')").Cause);
        Fails("States.Hash($.d, 'MD5')", In("d", new string('a', 10001)));
        Assert.Equal(
            "\"" + Hex(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(new string('a', 10000)))) + "\"",
            Eval("States.Hash($.d, 'MD5')", In("d", new string('a', 10000))).ToString());
    }

    [Fact]
    public void Base64_LimitIsTenThousandCharacters()
    {
        string ok = In("s", new string('x', 10000));
        string tooLong = In("s", new string('x', 10001));
        Assert.Equal(JsonNodeKind.String, Eval("States.Base64Encode($.s)", ok).Kind);
        Assert.Contains("10001", Fails("States.Base64Encode($.s)", tooLong).Cause);
        Fails("States.Base64Decode($.s)", In("s", new string('A', 10004)));
        Fails("States.Base64Decode('not base64!')");
        Fails("States.Base64Encode(5)");
    }

    [Fact]
    public void Format_EscapesUnicodeAndValueKinds()
    {
        // In JSON the template "\\{\\}" is the intrinsic text \{\}: literal braces, no placeholder.
        JsonNode definitionValue = Parse("""["States.Format('\\{\\} is {}, it\\'s \\\\ {}', $.a, $.b)"]""");
        string expression = ((JsonString)((JsonArray)definitionValue)[0]!).Value;
        Equal("\"{} is 1.50, it's \\\\ true\"", Eval(expression, """{"a": 1.50, "b": true}"""));

        // A JSON \u escape reaches the intrinsic as the character it stands for; surrogate pairs pass through whole.
        string unicode = ((JsonString)Parse("\"States.Format('caf\\u00e9 {} \\ud83d\\ude00', $.n)\"")).Value;
        Equal("\"caf\u00e9 null \ud83d\ude00\"", Eval(unicode, """{"n": null}"""));

        Equal("\"{}\"", Eval("States.Format('{}', $.t)", """{"t": "{}"}"""));
        Assert.Contains("2 '{}' but 1 value", Fails("States.Format('{} {}', 1)").Cause);
        Fails("States.Format('{}', 1, 2)");
        Fails("States.Format('{}', $.o)", """{"o": {"a": 1}}""");
        Fails("States.Format($.n)", """{"n": 3}""");
    }

    [Fact]
    public void ArrayRange_LimitsAndRounding()
    {
        Equal("[5,4,3]", Eval("States.ArrayRange(5, 3, -1)"));
        Equal("[]", Eval("States.ArrayRange(1, 9, -2)"));
        Equal("[0,2,4]", Eval("States.ArrayRange(0, 5, 2)"));
        Equal("[1,2,3]", Eval("States.ArrayRange(1.4, 2.5, 1)"));
        Assert.Equal(1000, ((JsonArray)Eval("States.ArrayRange(1, 1000, 1)")).Count);
        Assert.Contains("1001", Fails("States.ArrayRange(0, 1000, 1)").Cause);
        Fails("States.ArrayRange(1, 9, 0)");
        Fails("States.ArrayRange(1, 9, 0.4)");
        Fails("States.ArrayRange('1', 9, 1)");
    }

    [Fact]
    public void MathAdd_IntegerRules()
    {
        Equal("3", Eval("States.MathAdd(1.5, 1.2)"));
        Equal("-1", Eval("States.MathAdd(-2.5, 1)"));
        Equal("2147483647", Eval("States.MathAdd(2147483646, 1)"));
        Equal("-2147483648", Eval("States.MathAdd(-2147483647, -1)"));
        Fails("States.MathAdd(2147483647, 1)");
        Fails("States.MathAdd(2147483648, -1)");
        Fails("States.MathAdd($.s, 1)", """{"s": "1"}""");
        Fails("States.MathAdd(1)");
    }

    [Fact]
    public void MathRandom_StartInclusiveEndExclusive_AndSeedRepeats()
    {
        var low = new EvaluationScope(new JsonObject(), nextRandom: () => 0.0);
        var high = new EvaluationScope(new JsonObject(), nextRandom: () => 0.9999999999);
        Equal("1", IntrinsicEvaluator.Evaluate("States.MathRandom(1, 999)", low));
        Equal("998", IntrinsicEvaluator.Evaluate("States.MathRandom(1, 999)", high));
        Assert.Equal(Eval("States.MathRandom(1, 999, 42)").ToString(), Eval("States.MathRandom(1, 999, 42)").ToString());
        for (int i = 0; i < 50; i++)
        {
            long value = long.Parse(((JsonNumber)Eval("States.MathRandom(0, 2)")).Text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(value, 0, 1);
        }

        Fails("States.MathRandom(5, 5)");
    }

    [Fact]
    public void UUID_UsesTheScopeHook()
    {
        var id = Guid.Parse("ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8");
        var scope = new EvaluationScope(new JsonObject(), newGuid: () => id);
        Equal("\"ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8\"", IntrinsicEvaluator.Evaluate("States.UUID()", scope));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", ((JsonString)Eval("States.UUID()")).Value);
    }

    [Fact]
    public void ArrayFunctions_EdgeCases()
    {
        Equal("[[1,2],[3]]", Eval("States.ArrayPartition($.a, 1.6)", """{"a": [1,2,3]}"""));
        Equal("[]", Eval("States.ArrayPartition($.a, 2)", """{"a": []}"""));
        Fails("States.ArrayPartition($.a, 0)", """{"a": [1]}""");
        Fails("States.ArrayPartition($.a, -1)", """{"a": [1]}""");
        Fails("States.ArrayPartition($.a, 2)", """{"a": {"x": 1}}""");
        Equal("true", Eval("States.ArrayContains($.a, $.v)", """{"a": [1, {"x": [1, 2], "y": 1.0}], "v": {"y": 1, "x": [1, 2]}}"""));
        Equal("false", Eval("States.ArrayContains($.a, '1')", """{"a": [1]}"""));
        Equal("""[1, "1", {"a": 1}, [1]]""", Eval("States.ArrayUnique($.a)", """{"a": [1, "1", 1.0, {"a": 1}, {"a": 1.00}, [1], [1]]}"""));
        Fails("States.ArrayGetItem($.a, 3)", """{"a": [1,2,3]}""");
        Fails("States.ArrayGetItem($.a, -1)", """{"a": [1,2,3]}""");
        Equal("0", Eval("States.ArrayLength($.a)", """{"a": []}"""));
    }

    [Fact]
    public void JsonFunctions_EdgeCases()
    {
        Assert.Contains("deep", Fails("States.JsonMerge($.a, $.b, true)", """{"a": {}, "b": {}}""").Cause);
        Fails("States.JsonMerge($.a, $.b, false)", """{"a": {}, "b": [1]}""");
        Fails("States.StringToJson($.s)", """{"s": "{not json"}""");
        Equal("[1, null]", Eval("States.StringToJson('[1, null]')"));
        Fails("States.JsonToString('{}')");
        Equal("\"\\\"a\\\"\"", Eval("States.JsonToString($.s)", """{"s": "a"}"""));
    }

    [Fact]
    public void StringSplit_DropsEmptyPieces()
    {
        Equal("[]", Eval("States.StringSplit(',,,,', ',')"));
        Equal("""[" ", " "]""", Eval("States.StringSplit(', , ,', ',')"));
        Equal("""["abc"]""", Eval("States.StringSplit('abc', '')"));
    }

    [Fact]
    public void Failures_AreIntrinsicFailure()
    {
        Assert.Contains("States.Nope", Fails("States.Nope(1)").Cause);
        Fails("States.Format(");
        Fails("States.UUID(1)");
        AslRuntimeException e = Fails("States.Array($.missing)");
        Assert.Contains("$['missing']", e.Cause);
    }

    [Fact]
    public void Arguments_MayUseTheContextAndVariables()
    {
        var variables = new Dictionary<string, JsonNode> { ["greeting"] = new JsonString("hey") };
        var scope = new EvaluationScope(Parse("{}"), Parse("""{"Execution": {"Name": "run-9"}}"""), variables);
        Equal("\"hey run-9\"", IntrinsicEvaluator.Evaluate("States.Format('{} {}', $greeting, $$.Execution.Name)", scope));
    }

    /// <summary>An input object of string members, written by the JSON writer (no quoting by hand).</summary>
    private static string In(params string[] pairs)
    {
        var o = new JsonObject();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            o.Add(pairs[i], new JsonString(pairs[i + 1]));
        }

        return o.ToString();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
