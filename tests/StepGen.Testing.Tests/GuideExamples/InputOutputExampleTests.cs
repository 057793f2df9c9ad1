namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "InputPath, ResultPath and OutputPath Examples"
/// (input-output-example.md), run whole with the guide's inputs.
/// </summary>
public class InputOutputExampleTests
{
    private const string HelloWorld = """
        {
          "Comment": "A Hello World example of the Amazon States Language using an AWS Lambda function",
          "StartAt": "HelloWorld",
          "States": {
            "HelloWorld": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction",
              "InputPath": "$.lambda",
              "ResultPath": "$.data.lambdaresult",
              @OUTPUTPATH@
              "End": true
            }
          }
        }
        """;

    private const string HelloInput = """
        {
          "comment": "An input comment.",
          "data": {
            "val1": 23,
            "val2": 17
          },
          "extra": "foo",
          "lambda": {
            "who": "AWS Step Functions"
          }
        }
        """;

    private static StateMachineRunner Hello(bool withOutputPath, List<string> payloads) =>
        StateMachineRunner.FromDefinition(HelloWorld.Replace("@OUTPUTPATH@", withOutputPath ? "\"OutputPath\": \"$.data\"," : string.Empty))
            .MockState("HelloWorld", call =>
            {
                payloads.Add(call.PayloadJson);
                return TaskOutcome.Return("\"Hello, AWS Step Functions!\"");
            });

    [Fact]
    public async Task InputPath_sends_only_the_lambda_node_and_OutputPath_keeps_only_data()
    {
        // input-output-example.md, "InputPath, ResultPath and OutputPath Examples" (the HelloWorld machine): the
        // function receives only {"who": "AWS Step Functions"}, and the state output is the data node with the result.
        var payloads = new List<string>();

        ExecutionResult result = await Hello(withOutputPath: true, payloads).RunAsync(HelloInput);

        GuideJson.Equal("""{"who": "AWS Step Functions"}""", Assert.Single(payloads));
        GuideJson.Output("""
            {
              "val1": 23,
              "val2": 17,
              "lambdaresult": "Hello, AWS Step Functions!"
            }
            """, result);
    }

    [Fact]
    public async Task Without_OutputPath_the_result_is_inserted_under_data_in_the_whole_input()
    {
        // input-output-example.md, "InputPath, ResultPath and OutputPath Examples": "Because we aren't performing any
        // other manipulation ... using OutputPath, the output of the state now includes the result of the Lambda
        // function with the original input".
        var payloads = new List<string>();

        ExecutionResult result = await Hello(withOutputPath: false, payloads).RunAsync(HelloInput);

        GuideJson.Output("""
            {
              "comment": "An input comment.",
              "data": {
                "val1": 23,
                "val2": 17,
                "lambdaresult": "Hello, AWS Step Functions!"
              },
              "extra": "foo",
              "lambda": {
                "who": "AWS Step Functions"
              }
            }
            """, result);
    }

    // input-output-example.md, "Example to manipulate original state machine input, result, and final output using
    // JsonPath": the applicant verification machine with the InputPath, ResultPath and OutputPath the page adds.
    // Two typos of the page are corrected here: it prints "InputPath": "$.data.address" for both functions, but says
    // the first is for check-identity, which must get "$.data.identity"; and its input has a trailing comma after
    // the last interest, which is not JSON.
    private const string VerifyInfo = """
        {
          "Comment": "Sample state machine to verify an applicant's ID and address",
          "StartAt": "Verify info",
          "States": {
            "Verify info": {
              "Type": "Parallel",
              "End": true,
              @PATHS@
              "Branches": [
                {
                  "StartAt": "Verify identity",
                  "States": {
                    "Verify identity": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "InputPath": "$.data.identity",
                      "Parameters": {
                        "Payload.$": "$",
                        "FunctionName": "arn:aws:lambda:us-east-2:111122223333:function:check-identity:$LATEST"
                      },
                      "End": true
                    }
                  }
                },
                {
                  "StartAt": "Verify address",
                  "States": {
                    "Verify address": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "InputPath": "$.data.address",
                      "Parameters": {
                        "Payload.$": "$",
                        "FunctionName": "arn:aws:lambda:us-east-2:111122223333:function:check-address:$LATEST"
                      },
                      "End": true
                    }
                  }
                }
              ]
            }
          }
        }
        """;

    private const string Applicant = """
        {
          "data": {
            "firstname": "Jane",
            "lastname": "Doe",
            "identity": {
              "email": "jdoe@example.com",
              "ssn": "123-45-6789"
            },
            "address": {
              "street": "123 Main St",
              "city": "Columbus",
              "state": "OH",
              "zip": "43219"
            },
            "interests": [
              {
                "category": "home",
                "type": "own",
                "yearBuilt": 2004
              },
              {
                "category": "boat",
                "type": "snowmobile",
                "yearBuilt": 2020
              },
              {
                "category": "auto",
                "type": "RV",
                "yearBuilt": 2015
              }
            ]
          }
        }
        """;

    // The page does not print what the functions return; these stand for the verification results.
    private const string IdentityResult = """{"StatusCode": 200, "Payload": {"identityVerified": true}}""";
    private const string AddressResult = """{"StatusCode": 200, "Payload": {"addressVerified": true}}""";

    private static StateMachineRunner Verify(string paths, Dictionary<string, string> payloads) =>
        StateMachineRunner.FromDefinition(VerifyInfo.Replace("@PATHS@", paths))
            .MockState("Verify identity", call =>
            {
                payloads["identity"] = call.PayloadJson;
                return TaskOutcome.Return(IdentityResult);
            })
            .MockState("Verify address", call =>
            {
                payloads["address"] = call.PayloadJson;
                return TaskOutcome.Return(AddressResult);
            });

    [Fact]
    public async Task Each_verification_function_receives_only_the_node_it_verifies()
    {
        // input-output-example.md, "Example to manipulate original state machine input, result, and final output
        // using JsonPath": InputPath gives each function only the data it verifies.
        var payloads = new Dictionary<string, string>();

        ExecutionResult result = await Verify("\"ResultPath\": \"$.results\",", payloads).RunAsync(Applicant);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        GuideJson.Equal("""
            {"Payload": {"email": "jdoe@example.com", "ssn": "123-45-6789"},
             "FunctionName": "arn:aws:lambda:us-east-2:111122223333:function:check-identity:$LATEST"}
            """, payloads["identity"]);
        GuideJson.Equal("""
            {"Payload": {"street": "123 Main St", "city": "Columbus", "state": "OH", "zip": "43219"},
             "FunctionName": "arn:aws:lambda:us-east-2:111122223333:function:check-address:$LATEST"}
            """, payloads["address"]);
    }

    [Fact]
    public async Task ResultPath_results_stores_the_verification_results_within_the_original_input()
    {
        // input-output-example.md, same section: "if you want to store the verification result within the original
        // state machine input, use ... "ResultPath": "$.results"".
        ExecutionResult result = await Verify("\"ResultPath\": \"$.results\",", new Dictionary<string, string>()).RunAsync(Applicant);

        var expected = System.Text.Json.Nodes.JsonNode.Parse(Applicant)!.AsObject();
        expected["results"] = System.Text.Json.Nodes.JsonNode.Parse($"[{IdentityResult}, {AddressResult}]");
        GuideJson.Output(expected.ToJsonString(), result);
    }

    [Fact]
    public async Task OutputPath_results_keeps_only_the_verification_results()
    {
        // input-output-example.md, same section: "if you only need the identity and verification results and discard
        // the original input, use ... "OutputPath": "$.results"".
        ExecutionResult result = await Verify("\"ResultPath\": \"$.results\", \"OutputPath\": \"$.results\",", new Dictionary<string, string>()).RunAsync(Applicant);

        GuideJson.Output($"[{IdentityResult}, {AddressResult}]", result);
    }
}
