using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

using static StepGen.Asl.Tests.Runtime.RuntimeJson;

namespace StepGen.Asl.Tests.Runtime;

public class ResultPathMergerTests
{
    // The developer guide's "Specifying state output using ResultPath" page: this input and result.
    private const string GuideInput = """{ "comment": "This is a test", "details": "Default example", "who": "Step Functions" }""";
    private static readonly JsonNode GuideResult = new JsonString("Hello, Step Functions!");

    [Fact]
    public void Dollar_ReplacesTheInputWithTheResult() =>
        Equal("\"Hello, Step Functions!\"", ResultPathMerger.Apply(Parse(GuideInput), GuideResult, "$"));

    [Fact]
    public void Null_DiscardsTheResultAndKeepsTheInput()
    {
        JsonNode input = Parse(GuideInput);
        Assert.Same(input, ResultPathMerger.Apply(input, GuideResult, null));
    }

    [Fact]
    public void Path_IncludesTheResultWithTheInput() =>
        Equal(
            """{ "comment": "This is a test", "details": "Default example", "who": "Step Functions", "taskresult": "Hello, Step Functions!" }""",
            ResultPathMerger.Apply(Parse(GuideInput), GuideResult, "$.taskresult"));

    [Fact]
    public void Path_InsertsTheResultAsAChildNode()
    {
        // The guide's "$.strings.lambdaresult" example.
        JsonNode input = Parse("""
            { "comment": "An input comment.", "strings": { "string1": "foo", "string2": "bar", "string3": "baz" }, "who": "AWS Step Functions" }
            """);
        Equal(
            """
            { "comment": "An input comment.", "strings": { "string1": "foo", "string2": "bar", "string3": "baz", "lambdaresult": "Hello, AWS Step Functions!" }, "who": "AWS Step Functions" }
            """,
            ResultPathMerger.Apply(input, new JsonString("Hello, AWS Step Functions!"), "$.strings.lambdaresult"));
    }

    [Fact]
    public void Path_ToAnExistingNode_ReplacesItInPlace() =>
        Equal(
            """{ "comment": "Hello, Step Functions!", "details": "Default example", "who": "Step Functions" }""",
            ResultPathMerger.Apply(Parse(GuideInput), GuideResult, "$.comment"));

    [Fact]
    public void CatchErrorOutput_IsIncludedWithTheInput() =>
        // The guide's Catch example: input {"foo": "bar"}, "ResultPath": "$.error".
        Equal("""{"foo": "bar", "error": {"Error": "Error here"}}""", ResultPathMerger.Apply(Parse("""{"foo": "bar"}"""), Parse("""{"Error": "Error here"}"""), "$.error"));

    [Fact]
    public void MissingObjectsAlongThePath_AreCreated() =>
        Equal("""{"x": 1, "a": {"b": {"c": true}}}""", ResultPathMerger.Apply(Parse("""{"x": 1}"""), JsonNode.True, "$.a.b.c"));

    [Fact]
    public void IndexStep_ReplacesAnExistingItem()
    {
        Equal("""{"list": [1, {"r": 2}, 3]}""", ResultPathMerger.Apply(Parse("""{"list": [1, 2, 3]}"""), Parse("""{"r": 2}"""), "$.list[1]"));
        Throws(AslErrorNames.ResultPathMatchFailure, () => ResultPathMerger.Apply(Parse("""{"list": [1]}"""), JsonNode.True, "$.list[1]"));
    }

    [Theory]
    [InlineData("\"text\"", "$.a")]
    [InlineData("[1, 2]", "$.a")]
    [InlineData("null", "$.a")]
    [InlineData("""{"a": 5}""", "$.a.b")]
    [InlineData("""{"a": [1]}""", "$.a.b")]
    [InlineData("""{"a": {"b": "s"}}""", "$.a.b.c")]
    public void PathThroughANonObject_IsResultPathMatchFailure(string input, string resultPath)
    {
        AslRuntimeException e = Throws(AslErrorNames.ResultPathMatchFailure, () => ResultPathMerger.Apply(Parse(input), JsonNode.True, resultPath));
        Assert.Contains("'" + resultPath + "'", e.Cause);
    }

    [Theory]
    [InlineData("$$.Execution.Id")]
    [InlineData("$var.x")]
    [InlineData("$.a[*]")]
    [InlineData("$..a")]
    [InlineData("$.a[-1]")]
    [InlineData("a")]
    public void NotAReferencePathOnTheInput_IsStatesRuntime(string resultPath) =>
        Throws(AslErrorNames.Runtime, () => ResultPathMerger.Apply(Parse("{}"), JsonNode.True, resultPath));

    [Fact]
    public void TheInputIsNotMutated_AndUntouchedBranchesAreShared()
    {
        JsonNode input = Parse("""{"keep": {"deep": [1, 2]}, "a": {"b": 1, "c": 2}}""");
        string before = input.ToString();
        var output = (JsonObject)ResultPathMerger.Apply(input, JsonNode.False, "$.a.b");
        Assert.Equal(before, input.ToString());
        Equal("""{"keep": {"deep": [1, 2]}, "a": {"b": false, "c": 2}}""", output);
        Assert.Same(((JsonObject)input).Get("keep"), output.Get("keep"));
    }
}
