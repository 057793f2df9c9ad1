using StepGen.Asl.Collections;
using StepGen.Asl.Json;
using StepGen.Asl.Shapes;

namespace StepGen.Asl.Tests;

/// <summary>Which typed records each value of StepGenTypedRecords keeps, decided in the core without Roslyn.</summary>
public sealed class TypedRecordSetTests
{
    private const string Definition = """
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": { "Type": "Pass", "Result": { "region": "eu-west-1" }, "ResultPath": "$.settings", "Next": "Call" },
            "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                      "Parameters": { "ApiEndpoint": "https://api.example.com/a", "Method": "GET", "Authentication": { "ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1" } },
                      "ResultPath": "$.call", "Next": "Fetch" },
            "Fetch": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                       "Parameters": { "ApiEndpoint": "https://api.example.com/b", "Method": "GET", "Authentication": { "ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1" } },
                       "ResultPath": "$.fetched", "End": true }
          }
        }
        """;

    private static EquatableArray<TypedRecord> Records()
    {
        var definition = (JsonObject)JsonParser.Parse(Definition).Value!;
        var classNames = new Dictionary<string, string> { ["Prepare"] = "Prepare", ["Call"] = "Call", ["Fetch"] = "Fetch" };
        var responses = new Dictionary<string, string> { ["Fetch"] = "global::App.Order" };
        return TypedRecords.Derive(definition, classNames, responses, inferInput: true);
    }

    private static string[] Names(TypedRecordSet set) => TypedRecords.Select(Records(), set).Select(r => r.Name).ToArray();

    [Fact]
    public void Derive_names_what_each_record_is()
    {
        Assert.Equal(
            new[] { ("ExecutionInput", TypedRecordKind.ExecutionInput), ("PrepareResult", TypedRecordKind.PassResult), ("CallResult", TypedRecordKind.HttpResult), ("FetchResult", TypedRecordKind.HttpResult) },
            Records().Select(r => (r.Name, r.Kind)).ToArray());
    }

    [Fact]
    public void Execution_keeps_the_input_and_the_http_result_with_a_declared_response()
    {
        Assert.Equal(new[] { "ExecutionInput", "FetchResult" }, Names(TypedRecordSet.Execution));
    }

    [Fact]
    public void All_keeps_everything_in_order_and_None_nothing()
    {
        Assert.Equal(new[] { "ExecutionInput", "PrepareResult", "CallResult", "FetchResult" }, Names(TypedRecordSet.All));
        Assert.Empty(Names(TypedRecordSet.None));
    }

    [Fact]
    public void The_output_record_is_in_the_default_set()
    {
        var output = new TypedRecord("ExecutionOutput", "out", Shape.EmptyObject, TypedRecordKind.ExecutionOutput);
        Assert.True(output.IsIn(TypedRecordSet.Execution));
        Assert.False(output.IsIn(TypedRecordSet.None));
    }

    [Theory]
    [InlineData(null, TypedRecordSet.Execution)]
    [InlineData("", TypedRecordSet.Execution)]
    [InlineData("  ", TypedRecordSet.Execution)]
    [InlineData("execution", TypedRecordSet.Execution)]
    [InlineData("TRUE", TypedRecordSet.Execution)]
    [InlineData("All", TypedRecordSet.All)]
    [InlineData(" all\r\n", TypedRecordSet.All)]
    [InlineData("None", TypedRecordSet.None)]
    [InlineData("false", TypedRecordSet.None)]
    public void Parse_reads_every_documented_spelling(string? value, TypedRecordSet expected)
    {
        Assert.Equal(expected, TypedRecordSets.Parse(value));
    }

    [Theory]
    [InlineData("Everything")]
    [InlineData("yes")]
    [InlineData("0")]
    public void Parse_returns_null_for_an_unknown_value(string value)
    {
        Assert.Null(TypedRecordSets.Parse(value));
    }
}
