namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>The worked example of the developer guide's page "ItemsPath" (input-output-itemspath.md).</summary>
public class InputOutputItemsPathTests
{
    [Fact]
    public async Task ItemsPath_picks_the_ThingsPiratesSay_array_and_SayWord_runs_once_per_item()
    {
        // input-output-itemspath.md, "ItemsPath": the PiratesSay machine with the page's input of two arrays.
        var runner = StateMachineRunner.FromDefinition("""
            {
              "StartAt": "PiratesSay",
              "States": {
                "PiratesSay": {
                  "Type": "Map",
                  "ItemsPath": "$.ThingsPiratesSay",
                  "Iterator": {
                     "StartAt": "SayWord",
                     "States": {
                       "SayWord": {
                         "Type": "Pass",
                         "End": true
                       }
                     }
                  },
                  "End": true
                }
              }
            }
            """);

        ExecutionResult result = await runner.RunAsync("""
            {
              "ThingsPiratesSay": [
                {
                  "say": "Avast!"
                },
                {
                  "say": "Yar!"
                },
                {
                  "say": "Walk the Plank!"
                }
              ],
              "ThingsGiantsSay": [
                {
                  "say": "Fee!"
                },
                {
                  "say": "Fi!"
                },
                {
                  "say": "Fo!"
                },
                {
                  "say": "Fum!"
                }
              ]
            }
            """);

        // "will run an iteration of the SayWord pass state for each item in the ThingsPiratesSay array"
        Assert.Equal(
            new[] { """{"say":"Avast!"}""", """{"say":"Yar!"}""", """{"say":"Walk the Plank!"}""" },
            result.State("SayWord").Select(v => v.InputJson));
        GuideJson.Output("""[{"say": "Avast!"}, {"say": "Yar!"}, {"say": "Walk the Plank!"}]""", result);
    }

    [Fact]
    public async Task ItemsPath_applies_to_the_effective_input_after_InputPath()
    {
        // input-output-itemspath.md, "ItemsPath": "ItemsPath is applied after InputPath. It operates on the effective
        // input to the state, after InputPath has filtered the input." (The page's input, with InputPath added.)
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "GiantsSay", "States": {"GiantsSay": {"Type": "Map", "InputPath": "$.giants", "ItemsPath": "$.ThingsGiantsSay",
              "Iterator": {"StartAt": "SayWord", "States": {"SayWord": {"Type": "Pass", "End": true}}}, "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""
            {"giants": {"ThingsGiantsSay": [{"say": "Fee!"}, {"say": "Fi!"}, {"say": "Fo!"}, {"say": "Fum!"}]}}
            """);

        GuideJson.Output("""[{"say": "Fee!"}, {"say": "Fi!"}, {"say": "Fo!"}, {"say": "Fum!"}]""", result);
    }
}
