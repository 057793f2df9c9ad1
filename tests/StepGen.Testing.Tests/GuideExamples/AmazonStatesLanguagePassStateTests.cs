namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>The worked example of the developer guide's page "Pass" (amazon-states-language-pass-state.md).</summary>
public class AmazonStatesLanguagePassStateTests
{
    [Fact]
    public async Task No_op_injects_its_Result_at_ResultPath_coords()
    {
        // amazon-states-language-pass-state.md, "Pass State Example": the "No-op" state, with its "Next": "End" added
        // as a Succeed state.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "No-op", "States": {
              "No-op": {
                "Type": "Pass",
                "Result": {
                  "x-datum": 0.381018,
                  "y-datum": 622.2269926397355
                },
                "ResultPath": "$.coords",
                "Next": "End"
              },
              "End": {"Type": "Succeed"}}}
            """);

        ExecutionResult result = await runner.RunAsync("""
            {
              "georefOf": "Home"
            }
            """);

        const string Output = """
            {
              "georefOf": "Home",
              "coords": {
                "x-datum": 0.381018,
                "y-datum": 622.2269926397355
              }
            }
            """;
        GuideJson.Equal(Output, result.State("No-op")[0].OutputJson);
        GuideJson.Output(Output, result);
        // The numbers keep the digits the page prints.
        Assert.Contains("\"y-datum\":622.2269926397355", result.OutputJson);
        Assert.Contains("\"x-datum\":0.381018", result.OutputJson);
    }
}
