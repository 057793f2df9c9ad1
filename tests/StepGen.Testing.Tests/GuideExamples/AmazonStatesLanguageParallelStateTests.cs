namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>The worked examples of the developer guide's page "Parallel" (amazon-states-language-parallel-state.md).</summary>
public class AmazonStatesLanguageParallelStateTests
{
    [Fact]
    public async Task LookupCustomerInfo_runs_both_lookups_on_the_same_input()
    {
        // amazon-states-language-parallel-state.md, "Parallel State Example": LookupAddress and LookupPhone run on the
        // Parallel's input; "Parallel State Input and Output Processing": the output has one element per branch, in
        // branch order. The page gives no input or function results; these stand for them.
        var runner = StateMachineRunner.FromDefinition("""
            {
              "Comment": "Parallel Example.",
              "StartAt": "LookupCustomerInfo",
              "States": {
                "LookupCustomerInfo": {
                  "Type": "Parallel",
                  "End": true,
                  "Branches": [
                    {
                     "StartAt": "LookupAddress",
                     "States": {
                       "LookupAddress": {
                         "Type": "Task",
                         "Resource":
                           "arn:aws:lambda:us-east-1:123456789012:function:AddressFinder",
                         "End": true
                       }
                     }
                   },
                   {
                     "StartAt": "LookupPhone",
                     "States": {
                       "LookupPhone": {
                         "Type": "Task",
                         "Resource":
                           "arn:aws:lambda:us-east-1:123456789012:function:PhoneFinder",
                         "End": true
                       }
                     }
                   }
                  ]
                }
              }
            }
            """)
            .MockState("LookupAddress", _ => TaskOutcome.Return("""{"street": "123 Main St"}"""))
            .MockState("LookupPhone", _ => TaskOutcome.Return("""{"phone": "555-0100"}"""));

        ExecutionResult result = await runner.RunAsync("""{"customerId": "c-1"}""");

        GuideJson.Equal("""{"customerId": "c-1"}""", result.State("LookupAddress")[0].InputJson);
        GuideJson.Equal("""{"customerId": "c-1"}""", result.State("LookupPhone")[0].InputJson);
        GuideJson.Output("""[{"street": "123 Main St"}, {"phone": "555-0100"}]""", result);
        // "as concurrently as possible": both branches start when the Parallel does.
        Assert.Equal(result.State("LookupAddress")[0].Entered, result.State("LookupPhone")[0].Entered);
    }

    [Fact]
    public async Task FunWithMath_of_3_and_2_outputs_5_and_1()
    {
        // amazon-states-language-parallel-state.md, "Parallel State Input and Output Processing": "If the FunWithMath
        // state was given the array [3, 2] as input, then both the Add and Subtract states receive that array as input.
        // The output of the Add and Subtract tasks would be ... 5 and 1, while the output of the Parallel state would
        // be an array." The activities are mocks that add and subtract what they receive.
        var runner = StateMachineRunner.FromDefinition("""
            {
              "Comment": "Parallel Example.",
              "StartAt": "FunWithMath",
              "States": {
                "FunWithMath": {
                  "Type": "Parallel",
                  "End": true,
                  "Branches": [
                    {
                      "StartAt": "Add",
                      "States": {
                        "Add": {
                          "Type": "Task",
                          "Resource": "arn:aws:states:us-east-1:123456789012:activity:Add",
                          "End": true
                        }
                      }
                    },
                    {
                      "StartAt": "Subtract",
                      "States": {
                        "Subtract": {
                          "Type": "Task",
                          "Resource": "arn:aws:states:us-east-1:123456789012:activity:Subtract",
                          "End": true
                        }
                      }
                    }
                  ]
                }
              }
            }
            """);
        static int[] Numbers(TaskInvocation call) => System.Text.Json.JsonSerializer.Deserialize<int[]>(call.PayloadJson)!;
        runner.MockState("Add", call => TaskOutcome.Return((Numbers(call)[0] + Numbers(call)[1]).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        runner.MockState("Subtract", call => TaskOutcome.Return((Numbers(call)[0] - Numbers(call)[1]).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        ExecutionResult result = await runner.RunAsync("[3, 2]");

        GuideJson.Equal("[3, 2]", result.State("Add")[0].InputJson);
        GuideJson.Equal("[3, 2]", result.State("Subtract")[0].InputJson);
        GuideJson.Output("[ 5, 1 ]", result);
    }

    [Fact]
    public async Task A_branch_that_reaches_a_Fail_state_fails_the_Parallel_and_the_execution()
    {
        // amazon-states-language-parallel-state.md, "Error Handling": "If any branch fails, because of an unhandled
        // error or by transitioning to a Fail state, the entire Parallel state is considered to have failed ... If the
        // error is not handled by the Parallel state itself, Step Functions stops the execution with an error."
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "FunWithMath", "States": {"FunWithMath": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Add", "States": {"Add": {"Type": "Pass", "End": true}}},
              {"StartAt": "Overflow", "States": {"Overflow": {"Type": "Fail", "Error": "Math.Overflow", "Cause": "too big"}}}]}}}
            """);

        ExecutionResult result = await runner.RunAsync("[3, 2]");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Math.Overflow", result.Error);
        Assert.Equal("too big", result.Cause);
        Assert.Null(result.State("FunWithMath")[0].OutputJson);
    }
}
