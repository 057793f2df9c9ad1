using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

using static StepGen.Asl.Tests.Runtime.RuntimeJson;

namespace StepGen.Asl.Tests.Runtime;

/// <summary>The examples of the guide's "InputPath, Parameters and ResultSelector" page, then edge cases.</summary>
public class PayloadTemplateEvaluatorTests
{
    [Fact]
    public void GuideInputPathExamples()
    {
        const string Input = """
            { "comment": "Example for InputPath.", "dataset1": { "val1": 1, "val2": 2, "val3": 3 }, "dataset2": { "val1": "a", "val2": "b", "val3": "c" } }
            """;
        Equal("""{ "val1": "a", "val2": "b", "val3": "c" }""", PathEvaluator.Evaluate("$.dataset2", Scope(Input)));
        Equal("[1, 2]", PathEvaluator.Evaluate("$.a[0:2]", Scope("""{ "a": [1, 2, 3, 4] }""")));
    }

    [Fact]
    public void GuideParametersExample()
    {
        const string Input = """
            { "comment": "Example for Parameters.", "product": { "details": { "color": "blue", "size": "small", "material": "cotton" }, "availability": "in stock", "sku": "2317", "cost": "$23" } }
            """;
        JsonNode template = Parse("""
            { "comment": "Selecting what I care about.", "MyDetails": { "size.$": "$.product.details.size", "exists.$": "$.product.availability", "StaticValue": "foo" } }
            """);
        Equal(
            """{ "comment": "Selecting what I care about.", "MyDetails": { "size": "small", "exists": "in stock", "StaticValue": "foo" } }""",
            PayloadTemplateEvaluator.Evaluate(template, Scope(Input)));
    }

    [Fact]
    public void GuideResultSelectorExample()
    {
        const string Result = """
            { "resourceType": "elasticmapreduce", "resource": "createCluster.sync", "output": { "SdkHttpMetadata": { "HttpHeaders": { "Content-Length": "1112", "Content-Type": "application/x-amz-JSON-1.1", "Date": "Mon, 25 Nov 2019 19:41:29 GMT", "x-amzn-RequestId": "1234-5678-9012" }, "HttpStatusCode": 200 }, "SdkResponseMetadata": { "RequestId": "1234-5678-9012" }, "ClusterId": "AKIAIOSFODNN7EXAMPLE" } }
            """;
        JsonNode selected = PayloadTemplateEvaluator.Evaluate(Parse("""{ "ClusterId.$": "$.output.ClusterId", "ResourceType.$": "$.resourceType" }"""), Scope(Result));
        JsonNode output = ResultPathMerger.Apply(Parse("""{ "OtherDataFromInput": {} }"""), selected, "$.EMROutput");

        // The guide prints EMROutput's two members in the other order; member order carries no meaning in JSON.
        Assert.True(JsonNode.DeepEquals(
            Parse("""{ "OtherDataFromInput": {}, "EMROutput": { "ResourceType": "elasticmapreduce", "ClusterId": "AKIAIOSFODNN7EXAMPLE" } }"""),
            output,
            ignoreMemberOrder: true));
    }

    [Fact]
    public void GuideIntrinsicPayloadExample() =>
        // The 2023 intrinsic functions page: "foo.$": "States.Array('Foo', 2022, $.someJson, null)".
        Equal(
            """{ "foo": [ "Foo", 2022, { "random": "abcdefg" }, null ] }""",
            PayloadTemplateEvaluator.Evaluate(
                Parse("""{ "foo.$": "States.Array('Foo', 2022, $.someJson, null)" }"""),
                Scope("""{ "someJson": { "random": "abcdefg" }, "zebra": "stripe" }""")));

    [Fact]
    public void ContextVariablesArraysAndIndefinitePaths()
    {
        var variables = new Dictionary<string, JsonNode> { ["limit"] = JsonNumber.FromInt64(3) };
        var scope = new EvaluationScope(
            Parse("""{ "items": [{"id": 1}, {"id": 2}] }"""),
            Parse("""{ "Map": { "Item": { "Index": 0, "Value": "v" } } }"""),
            variables);
        JsonNode template = Parse("""
            { "index.$": "$$.Map.Item.Index", "limit.$": "$limit", "ids.$": "$.items[*].id", "list": [ { "v.$": "$$.Map.Item.Value" }, 1, "$.notAPath" ], "n": null }
            """);
        Equal(
            """{ "index": 0, "limit": 3, "ids": [1, 2], "list": [ { "v": "v" }, 1, "$.notAPath" ], "n": null }""",
            PayloadTemplateEvaluator.Evaluate(template, scope));
    }

    [Fact]
    public void Failures_CarryTheGuideErrorNames()
    {
        AslRuntimeException e = Throws(AslErrorNames.ParameterPathFailure, () => PayloadTemplateEvaluator.Evaluate(Parse("""{ "a.$": "$.missing" }"""), Scope("""{ "b": 1 }""")));
        Assert.Contains("'$.missing'", e.Cause);
        Assert.Contains("'a.$'", e.Cause);
        Throws(AslErrorNames.IntrinsicFailure, () => PayloadTemplateEvaluator.Evaluate(Parse("""{ "a.$": "States.ArrayLength($.b)" }"""), Scope("""{ "b": 1 }""")));
        Throws(AslErrorNames.Runtime, () => PayloadTemplateEvaluator.Evaluate(Parse("""{ "a.$": 5 }"""), Scope("{}")));
    }

    [Fact]
    public void TheTemplateAndInputAreNotMutated()
    {
        JsonNode template = Parse("""{ "a.$": "$.x", "b": { "c.$": "$.x" } }""");
        EvaluationScope scope = Scope("""{ "x": [1] }""");
        string before = template.ToString() + scope.Input;
        PayloadTemplateEvaluator.Evaluate(template, scope);
        Assert.Equal(before, template.ToString() + scope.Input);
    }
}
