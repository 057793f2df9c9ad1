namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "InputPath, Parameters and ResultSelector"
/// (input-output-inputpath-params.md). The page shows fields, not machines: each runs here in the smallest machine
/// that contains it (a Pass state for InputPath and Parameters, a mocked Task for ResultSelector).
/// </summary>
public class InputOutputInputPathParamsTests
{
    [Fact]
    public async Task InputPath_selects_dataset2()
    {
        // input-output-inputpath-params.md, "InputPath".
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Select", "States": {"Select": {"Type": "Pass", "InputPath": "$.dataset2", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""
            {
              "comment": "Example for InputPath.",
              "dataset1": {
                "val1": 1,
                "val2": 2,
                "val3": 3
              },
              "dataset2": {
                "val1": "a",
                "val2": "b",
                "val3": "c"
              }
            }
            """);

        GuideJson.Output("""
            {
              "val1": "a",
              "val2": "b",
              "val3": "c"
            }
            """, result);
    }

    [Fact]
    public async Task A_path_can_yield_a_selection_of_values()
    {
        // input-output-inputpath-params.md, "InputPath", the note: the path $.a[0:2] applied to { "a": [1, 2, 3, 4] }
        // gives [ 1, 2 ].
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Select", "States": {"Select": {"Type": "Pass", "InputPath": "$.a[0:2]", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{ "a": [1, 2, 3, 4] }""");

        GuideJson.Output("[ 1, 2 ]", result);
    }

    [Fact]
    public async Task Parameters_key_value_pairs_select_from_the_input_and_add_static_values()
    {
        // input-output-inputpath-params.md, "Parameters" > "Key-value pairs". (The page prints the passed JSON with a
        // trailing comma after it, left over from the fragment it was cut from; the value is the object.)
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Select", "States": {"Select": {"Type": "Pass",
              "Parameters": {
                "comment": "Selecting what I care about.",
                "MyDetails": {
                  "size.$": "$.product.details.size",
                  "exists.$": "$.product.availability",
                  "StaticValue": "foo"
                }
              },
              "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""
            {
              "comment": "Example for Parameters.",
              "product": {
                "details": {
                   "color": "blue",
                   "size": "small",
                   "material": "cotton"
                },
                "availability": "in stock",
                "sku": "2317",
                "cost": "$23"
              }
            }
            """);

        GuideJson.Output("""
            {
              "comment": "Selecting what I care about.",
              "MyDetails": {
                  "size": "small",
                  "exists": "in stock",
                  "StaticValue": "foo"
              }
            }
            """, result);
    }

    [Fact]
    public async Task ResultSelector_picks_ClusterId_and_resourceType_and_ResultPath_adds_them_to_the_input()
    {
        // input-output-inputpath-params.md, "ResultSelector": the "Create Cluster" state with the createCluster.sync
        // result the page gives. The page elides the task's Parameters ("<some parameters>"), so the state has none;
        // its input is the one the printed output implies ({"OtherDataFromInput": {}}).
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Create Cluster", "States": {
              "Create Cluster": {
                "Type": "Task",
                "Resource": "arn:aws:states:::elasticmapreduce:createCluster.sync",
                "ResultSelector": {
                  "ClusterId.$": "$.output.ClusterId",
                  "ResourceType.$": "$.resourceType"
                },
                "ResultPath": "$.EMROutput",
                "Next": "Next Step"
              },
              "Next Step": {"Type": "Succeed"}}}
            """).MockState("Create Cluster", _ => TaskOutcome.Return("""
            {
              "resourceType": "elasticmapreduce",
              "resource": "createCluster.sync",
              "output": {
                "SdkHttpMetadata": {
                  "HttpHeaders": {
                    "Content-Length": "1112",
                    "Content-Type": "application/x-amz-JSON-1.1",
                    "Date": "Mon, 25 Nov 2019 19:41:29 GMT",
                    "x-amzn-RequestId": "1234-5678-9012"
                  },
                  "HttpStatusCode": 200
                },
                "SdkResponseMetadata": {
                  "RequestId": "1234-5678-9012"
                },
                "ClusterId": "AKIAIOSFODNN7EXAMPLE"
              }
            }
            """));

        ExecutionResult result = await runner.RunAsync("""{"OtherDataFromInput": {}}""");

        GuideJson.Output("""
            {
              "OtherDataFromInput": {},
              "EMROutput": {
                "ResourceType": "elasticmapreduce",
                "ClusterId": "AKIAIOSFODNN7EXAMPLE"
              }
            }
            """, result);
    }
}
