namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "Context Object" (input-output-contextobject.md). The machine
/// and execution are named as in the page's example content (stateMachineName, executionName), started at its
/// StartTime, so the values it prints are the values expected.
/// </summary>
public class InputOutputContextObjectTests
{
    private static readonly ExecutionOptions GuideExecution = new()
    {
        Name = "executionName",
        StartTime = DateTimeOffset.Parse("2019-03-26T20:14:13.192Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_running_execution_context_has_the_example_content()
    {
        // input-output-contextobject.md, "Context Object Format": the content of a running execution, for the state
        // "Test" after three retries, with input {"key": "value"}. RoleArn is truncated on the page
        // ("arn:aws:iam::123456789012:role...") and the token is AWS's, so those two are checked by shape; the page
        // predates $$.Execution.RedriveCount, which is not compared.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Test", "States": {"Test": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": {"context.$": "$$"},
              "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3}],
              "End": true}}}
            """, "stateMachineName");
        var contexts = new List<string>();
        string? token = null;
        runner.MockState("Test", call =>
        {
            contexts.Add(call.PayloadJson);
            token = call.TaskToken;
            return call.Attempt < 3 ? TaskOutcome.Throw("Again") : TaskOutcome.Return("{}");
        });

        ExecutionResult result = await runner.RunAsync("""{"key": "value"}""", GuideExecution);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var context = System.Text.Json.Nodes.JsonNode.Parse(contexts[^1])!["context"]!.AsObject();
        var execution = context["Execution"]!.AsObject();
        Assert.StartsWith("arn:aws:iam::123456789012:role", (string)execution["RoleArn"]!);
        Assert.Equal(token, (string)context["Task"]!["Token"]!);
        execution.Remove("RoleArn");
        execution.Remove("RedriveCount");
        context.Remove("Task");
        GuideJson.Equal("""
            {
                "Execution": {
                    "Id": "arn:aws:states:us-east-1:123456789012:execution:stateMachineName:executionName",
                    "Input": {
                       "key": "value"
                    },
                    "Name": "executionName",
                    "StartTime": "2019-03-26T20:14:13.192Z"
                },
                "State": {
                    "EnteredTime": "2019-03-26T20:14:13.192Z",
                    "Name": "Test",
                    "RetryCount": 3
                },
                "StateMachine": {
                    "Id": "arn:aws:states:us-east-1:123456789012:stateMachine:stateMachineName",
                    "Name": "stateMachineName"
                }
            }
            """, context.ToJsonString());
    }

    [Fact]
    public async Task The_execution_ARN_is_passed_to_an_SQS_message()
    {
        // input-output-contextobject.md, "Accessing the Context Object", "Example to retrieve and pass the execution
        // Amazon Resource Name (ARN) to an Amazon Simple Queue Service (Amazon SQS) message". NEXT_STATE is added.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Order Flight Ticket Queue", "States": {
              "Order Flight Ticket Queue": {
                "Type": "Task",
                "Resource": "arn:aws:states:::sqs:sendMessage",
                "Parameters": {
                  "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/flight-purchase",
                  "MessageBody": {
                    "From": "YVR",
                    "To": "SEA",
                    "Execution.$": "$$.Execution.Id"
                  }
                },
                "Next": "NEXT_STATE"
              },
              "NEXT_STATE": {"Type": "Succeed"}}}
            """, "stateMachineName");
        string? message = null;
        runner.MockResource("arn:aws:states:::sqs:sendMessage", call =>
        {
            message = call.PayloadJson;
            return TaskOutcome.Return("""{"MessageId": "m-1"}""");
        });

        ExecutionResult result = await runner.RunAsync("{}", GuideExecution);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        GuideJson.Equal("""
            {
              "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/flight-purchase",
              "MessageBody": {
                "From": "YVR",
                "To": "SEA",
                "Execution": "arn:aws:states:us-east-1:123456789012:execution:stateMachineName:executionName"
              }
            }
            """, message);
    }

    [Fact]
    public async Task A_Pass_state_reads_the_execution_start_time_and_name()
    {
        // input-output-contextobject.md, "Accessing the Context Object", "Example to access the execution start time
        // and name in a Pass state" (the page gives no input; {"key": "value"} is its example content's input).
        var runner = StateMachineRunner.FromDefinition("""
            {
              "Comment": "Accessing context object in a state machine",
              "StartAt": "Get execution context data",
              "States": {
                "Get execution context data": {
                  "Type": "Pass",
                  "Parameters": {
                    "startTime.$": "$$.Execution.StartTime",
                    "execName.$": "$$.Execution.Name"
                  },
                  "ResultPath": "$.executionContext",
                  "End": true
                }
              }
            }
            """, "stateMachineName");

        ExecutionResult result = await runner.RunAsync("""{"key": "value"}""", GuideExecution);

        GuideJson.Output("""
            {"key": "value", "executionContext": {"startTime": "2019-03-26T20:14:13.192Z", "execName": "executionName"}}
            """, result);
    }

    [Fact]
    public async Task A_Map_state_injects_the_item_index_and_value()
    {
        // input-output-contextobject.md, "Context Object Data for Map States": ExampleMapState with the page's input
        // and the output it prints.
        var runner = StateMachineRunner.FromDefinition("""
            {
              "StartAt": "ExampleMapState",
              "States": {
                "ExampleMapState": {
                  "Type": "Map",
                  "Parameters": {
                           "ContextIndex.$": "$$.Map.Item.Index",
                           "ContextValue.$": "$$.Map.Item.Value"
                         },
                  "Iterator": {
                     "StartAt": "TestPass",
                     "States": {
                       "TestPass": {
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
            [
              {
                "who": "bob"
              },
              {
                "who": "meg"
              },
              {
                "who": "joe"
              }
            ]
            """);

        GuideJson.Output("""
            [
              {
                "ContextIndex": 0,
                "ContextValue": {
                  "who": "bob"
                }
              },
              {
                "ContextIndex": 1,
                "ContextValue": {
                  "who": "meg"
                }
              },
              {
                "ContextIndex": 2,
                "ContextValue": {
                  "who": "joe"
                }
              }
            ]
            """, result);
    }
}
