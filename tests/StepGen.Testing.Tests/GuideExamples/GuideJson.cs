using Stj = System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// Compares a value the runner produced with one the developer guide prints, as JSON values: objects' member order is
/// ignored (the guide's order is the order it happened to print), arrays keep theirs.
/// </summary>
internal static class GuideJson
{
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Stj.JsonNode? expectedNode = Stj.JsonNode.Parse(expected);
        Stj.JsonNode? actualNode = Stj.JsonNode.Parse(actual!);
        Assert.True(
            Stj.JsonNode.DeepEquals(expectedNode, actualNode),
            $"Expected {expectedNode?.ToJsonString() ?? "null"}{Environment.NewLine}but got  {actualNode?.ToJsonString() ?? "null"}");
    }

    /// <summary>Asserts the execution succeeded with <paramref name="expectedOutput"/>.</summary>
    public static void Output(string expectedOutput, ExecutionResult result)
    {
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"The execution ended {result}");
        Equal(expectedOutput, result.OutputJson);
    }
}
