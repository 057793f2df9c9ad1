namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The developer guide's page "OutputPath" (input-output-outputpath.md). It has no worked example of its own (it
/// points to input-output-example.md, whose OutputPath examples are in <see cref="InputOutputExampleTests"/>); its one
/// rule is pinned here with the values of that example.
/// </summary>
public class InputOutputOutputPathTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"OutputPath\": \"$\",")]
    public async Task Without_OutputPath_or_with_dollar_the_whole_node_passes_to_the_next_state(string outputPath)
    {
        // input-output-outputpath.md, "OutputPath": "If you don't specify an OutputPath the default value is $. This
        // passes the entire JSON node (determined by the state input, the task result, and ResultPath) to the next
        // state."
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "HelloWorld", "States": {
              "HelloWorld": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction",
                "ResultPath": "$.data.lambdaresult", @OUTPUTPATH@ "Next": "NextState"},
              "NextState": {"Type": "Succeed"}}}
            """.Replace("@OUTPUTPATH@", outputPath)).MockState("HelloWorld", _ => TaskOutcome.Return("\"Hello, AWS Step Functions!\""));

        ExecutionResult result = await runner.RunAsync("""{"comment": "An input comment.", "data": {"val1": 23, "val2": 17}}""");

        GuideJson.Equal(
            """{"comment": "An input comment.", "data": {"val1": 23, "val2": 17, "lambdaresult": "Hello, AWS Step Functions!"}}""",
            result.State("NextState")[0].InputJson);
    }
}
