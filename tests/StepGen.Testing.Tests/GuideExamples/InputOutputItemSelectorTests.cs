namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked example of the developer guide's page "ItemSelector (Map)" (input-output-itemselector.md), which is in
/// the current guide only (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemselector.html); the
/// archived guide's Map examples use the field's earlier name, Parameters (see
/// <see cref="AmazonStatesLanguageMapStateTests"/> and <see cref="InputOutputContextObjectTests"/>).
/// </summary>
public class InputOutputItemSelectorTests
{
    [Fact]
    public async Task ItemSelector_passes_a_static_size_and_the_item_to_each_iteration()
    {
        // input-output-itemselector.md, "ItemSelector (Map)": the page's input (its prose says the items are "within
        // the imageData node", but the JSON it prints is the array itself, which is what runs here), its ItemSelector in
        // an Inline Map with a Pass iteration, and the input of one iteration it prints.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Map", "States": {"Map": {"Type": "Map",
              "ItemSelector": {
                "size": 10,
                "value.$": "$$.Map.Item.Value"
              },
              "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Resize", "States": {"Resize": {"Type": "Pass", "End": true}}},
              "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""
            [
              {
                "resize": "true",
                "format": "jpg"
              },
              {
                "resize": "false",
                "format": "png"
              },
              {
                "resize": "true",
                "format": "jpg"
              }
            ]
            """);

        GuideJson.Equal("""
            {
              "size": 10,
              "value": {
                "resize": "true",
                "format": "jpg"
              }
            }
            """, result.State("Resize")[0].InputJson);
        GuideJson.Equal("""{"size": 10, "value": {"resize": "false", "format": "png"}}""", result.State("Resize")[1].InputJson);
        Assert.Equal(3, result.State("Resize").Count);
    }
}
