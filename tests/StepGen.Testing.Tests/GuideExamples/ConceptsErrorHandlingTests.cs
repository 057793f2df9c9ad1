namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "Error handling in Step Functions" (concepts-error-handling.md).
/// Where the page shows a Retry or Catch field only, it runs on a one-Task machine; the page's FailFunction (which
/// always fails) and sleep10 (which outlives its 2-second TimeoutSeconds) are mocks.
/// </summary>
public class ConceptsErrorHandlingTests
{
    private static List<TimeSpan> ScheduledAt(ExecutionResult result) =>
        result.History.Where(e => e.Type is "TaskScheduled" or "LambdaFunctionScheduled").Select(e => e.Timestamp - result.StartTime).ToList();

    [Fact]
    public async Task A_retrier_with_IntervalSeconds_3_and_BackoffRate_1_5_waits_3_then_4_5_seconds()
    {
        // concepts-error-handling.md, "Retrying after an error": "This example of a Retry makes 2 retry attempts after
        // waiting for 3 and 4.5 seconds." The task times out after 1 second each time.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 1,
              "Retry": [ {
                 "ErrorEquals": [ "States.Timeout" ],
                 "IntervalSeconds": 3,
                 "MaxAttempts": 2,
                 "BackoffRate": 1.5
              } ],
              "End": true}}}
            """).MockState("Call", _ => TaskOutcome.Return("{}").After(TimeSpan.FromSeconds(2)));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(3, result.State("Call")[0].Attempts);
        // Attempts start at 0, then 1 s (timeout) + 3 s later, then 1 s + 4.5 s after that.
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(9.5) }, ScheduledAt(result));
    }

    private static StateMachineRunner AllButTimeout(Func<TaskInvocation, TaskOutcome> mock) => StateMachineRunner.FromDefinition("""
        {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 1,
          "Retry": [ {
             "ErrorEquals": [ "States.Timeout" ],
             "MaxAttempts": 0
          }, {
             "ErrorEquals": [ "States.ALL" ]
          } ],
          "End": true}}}
        """).MockState("Call", mock);

    [Fact]
    public async Task A_retrier_with_MaxAttempts_0_keeps_States_ALL_from_retrying_a_timeout()
    {
        // concepts-error-handling.md, "Retrying after an error": "This example of a Retry field retries any error
        // except States.Timeout."
        ExecutionResult result = await AllButTimeout(_ => TaskOutcome.Return("{}").After(TimeSpan.FromSeconds(2))).RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(1, result.State("Call")[0].Attempts);
    }

    [Fact]
    public async Task The_States_ALL_retrier_retries_any_other_error_with_the_defaults()
    {
        // concepts-error-handling.md, "Retrying after an error", the same example: any other error is retried by the
        // second retrier, with the defaults the page gives (IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0).
        ExecutionResult result = await AllButTimeout(_ => TaskOutcome.Throw("Lambda.Unknown", "out of memory")).RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Lambda.Unknown", result.Error);
        Assert.Equal(4, result.State("Call")[0].Attempts);
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7) }, ScheduledAt(result));
    }

    [Fact]
    public async Task Complex_retry_scenario_ErrorA_ErrorB_ErrorC_ErrorB_ends_in_Z()
    {
        // concepts-error-handling.md, "Complex retry scenarios": the state X. The archived page says the task fails
        // five times (ErrorA, ErrorB, ErrorC, ErrorB, ErrorB) and that the fourth error waits 4 seconds; by its own
        // rules that is wrong: the first retrier's MaxAttempts of 2 is used up by ErrorA and ErrorB, so the fourth
        // error (ErrorB) already goes to Z through the Catch, and there is no fifth attempt. The current guide says
        // so ("This task fails four times in succession ... that retrier fails and the execution redirects the
        // workflow to the Z state"). Waits: 1 and 2 seconds (first retrier), 5 seconds (second retrier).
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "X", "States": {
              "X": {
                 "Type": "Task",
                 "Resource": "arn:aws:states:us-east-1:123456789012:task:X",
                 "Next": "Y",
                 "Retry": [ {
                    "ErrorEquals": [ "ErrorA", "ErrorB" ],
                    "IntervalSeconds": 1,
                    "BackoffRate": 2.0,
                    "MaxAttempts": 2
                 }, {
                    "ErrorEquals": [ "ErrorC" ],
                    "IntervalSeconds": 5
                 } ],
                 "Catch": [ {
                    "ErrorEquals": [ "States.ALL" ],
                    "Next": "Z"
                 } ]
              },
              "Y": {"Type": "Succeed"},
              "Z": {"Type": "Pass", "End": true}}}
            """);
        string[] errors = { "ErrorA", "ErrorB", "ErrorC", "ErrorB", "ErrorB" };
        runner.MockState("X", call => TaskOutcome.Throw(errors[call.Attempt], "failure " + call.Attempt));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(4, result.State("X")[0].Attempts);
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(8) }, ScheduledAt(result));
        Assert.False(result.Entered("Y"));
        GuideJson.Output("""{"Error": "ErrorB", "Cause": "failure 3"}""", result);
    }

    private static StateMachineRunner Catchers(string error) => StateMachineRunner.FromDefinition("""
        {"StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:FailFunction",
            "Catch": [ {
               "ErrorEquals": [ "java.lang.Exception" ],
               "ResultPath": "$.error-info",
               "Next": "RecoveryState"
            }, {
               "ErrorEquals": [ "States.ALL" ],
               "Next": "EndState"
            } ],
            "End": true},
          "RecoveryState": {"Type": "Pass", "End": true},
          "EndState": {"Type": "Pass", "End": true}}}
        """).MockState("Call", _ => TaskOutcome.Throw(error, "the cause"));

    [Fact]
    public async Task The_first_catcher_adds_the_error_output_to_the_input_as_error_info()
    {
        // concepts-error-handling.md, "Fallback states" and "Error output": for the first catcher "the error output is
        // added to the input as a field named error-info ... Then, the entire input is sent to RecoveryState". The page
        // gives no input; {"order": 7} stands for it.
        ExecutionResult result = await Catchers("java.lang.Exception").RunAsync("""{"order": 7}""");

        GuideJson.Equal(
            """{"order": 7, "error-info": {"Error": "java.lang.Exception", "Cause": "the cause"}}""",
            result.State("RecoveryState")[0].InputJson);
        Assert.False(result.Entered("EndState"));
    }

    [Fact]
    public async Task The_second_catcher_sends_only_the_error_output_to_EndState()
    {
        // concepts-error-handling.md, "Error output": "For the second catcher, the error output overwrites the input and
        // only the error output is sent to EndState."
        ExecutionResult result = await Catchers("Lambda.Unknown").RunAsync("""{"order": 7}""");

        GuideJson.Equal("""{"Error": "Lambda.Unknown", "Cause": "the cause"}""", result.State("EndState")[0].InputJson);
        Assert.False(result.Entered("RecoveryState"));
    }

    [Fact]
    public async Task A_Pass_state_turns_an_escaped_JSON_cause_into_JSON()
    {
        // concepts-error-handling.md, "Cause payloads and service integrations": the state "Handle escaped JSON with
        // JSONtoString" after a catcher, with a cause that is JSON text as Athena's or CodeBuild's are. The page's
        // "Pass State with Pass Processing" is the next state.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Query", "States": {
              "Query": {"Type": "Task", "Resource": "arn:aws:states:::athena:startQueryExecution.sync",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle escaped JSON with JSONtoString"}], "End": true},
              "Handle escaped JSON with JSONtoString": {
                "Type": "Pass",
                "Parameters": {
                  "Cause.$": "States.StringToJson($.Cause)"
                },
                "Next": "Pass State with Pass Processing"
              },
              "Pass State with Pass Processing": {"Type": "Pass", "End": true}}}
            """).MockState("Query", _ => TaskOutcome.Throw("States.TaskFailed", """{"QueryExecution": {"Status": {"State": "FAILED"}}}"""));

        ExecutionResult result = await runner.RunAsync();

        GuideJson.Output("""{"Cause": {"QueryExecution": {"Status": {"State": "FAILED"}}}}""", result);
    }

    [Theory]
    [InlineData("HandledError")]
    [InlineData("States.TaskFailed")]
    public async Task Handling_a_failure_using_Retry(string errorEquals)
    {
        // concepts-error-handling.md, "Handling a failure using Retry" and its States.TaskFailed variant: the function
        // that always fails with HandledError "is retried twice with an exponential backoff between retries", then the
        // execution fails with its error.
        var runner = StateMachineRunner.FromDefinition($$"""
            {
               "Comment": "A Hello World example of the Amazon States Language using an AWS Lambda function",
               "StartAt": "HelloWorld",
               "States": {
                  "HelloWorld": {
                     "Type": "Task",
                     "Resource": "arn:aws:lambda:us-east-1:123456789012:function:FailFunction",
                     "Retry": [ {
                        "ErrorEquals": ["{{errorEquals}}"],
                        "IntervalSeconds": 1,
                        "MaxAttempts": 2,
                        "BackoffRate": 2.0
                     } ],
                  "End": true
                  }
               }
            }
            """).MockState("HelloWorld", _ => TaskOutcome.Throw("HandledError", "error"));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("HandledError", result.Error);
        Assert.Equal(3, result.State("HelloWorld")[0].Attempts);
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3) }, ScheduledAt(result));
    }

    [Theory]
    [InlineData("HandledError")]
    [InlineData("States.TaskFailed")]
    public async Task Handling_a_failure_using_Catch(string errorEquals)
    {
        // concepts-error-handling.md, "Handling a failure using Catch" and its States.TaskFailed variant: "When a Lambda
        // function outputs an error, the error is caught and the state machine transitions to the fallback state."
        var runner = StateMachineRunner.FromDefinition($$"""
            {
               "Comment": "A Hello World example of the Amazon States Language using an AWS Lambda function",
               "StartAt": "HelloWorld",
               "States": {
                  "HelloWorld": {
                     "Type": "Task",
                     "Resource": "arn:aws:lambda:us-east-1:123456789012:function:FailFunction",
                     "Catch": [ {
                        "ErrorEquals": ["{{errorEquals}}"],
                        "Next": "fallback"
                     } ],
                     "End": true
                  },
                  "fallback": {
                     "Type": "Pass",
                     "Result": "Hello, AWS Step Functions!",
                     "End": true
                  }
               }
            }
            """).MockState("HelloWorld", _ => TaskOutcome.Throw("HandledError", "error"));

        ExecutionResult result = await runner.RunAsync();

        GuideJson.Output("\"Hello, AWS Step Functions!\"", result);
        Assert.Equal("HandledError", result.State("HelloWorld")[0].Error);
    }

    [Fact]
    public async Task Handling_a_timeout_using_Retry()
    {
        // concepts-error-handling.md, "Handling a timeout using Retry": sleep10 outlives TimeoutSeconds 2, "The Lambda
        // function invocation in this Task state is retried twice with an exponential backoff between retries."
        var runner = StateMachineRunner.FromDefinition("""
            {
               "Comment": "A Hello World example of the Amazon States Language using an AWS Lambda function",
               "StartAt": "HelloWorld",
               "States": {
                  "HelloWorld": {
                     "Type": "Task",
                     "Resource": "arn:aws:lambda:us-east-1:123456789012:function:sleep10",
                     "TimeoutSeconds": 2,
                     "Retry": [ {
                        "ErrorEquals": ["States.Timeout"],
                        "IntervalSeconds": 1,
                        "MaxAttempts": 2,
                        "BackoffRate": 2.0
                     } ],
                     "End": true
                  }
               }
            }
            """).MockState("HelloWorld", _ => TaskOutcome.Return("null").After(TimeSpan.FromSeconds(10)));

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(3, result.State("HelloWorld")[0].Attempts);
        // Three 2-second attempts with waits of 1 and 2 seconds between them.
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7) }, ScheduledAt(result));
        Assert.Equal(TimeSpan.FromSeconds(9), result.Duration);
    }

    [Fact]
    public async Task Handling_a_timeout_using_Catch()
    {
        // concepts-error-handling.md, "Handling a timeout using Catch": "When a timeout occurs, the state machine
        // transitions to the fallback state."
        var runner = StateMachineRunner.FromDefinition("""
            {
               "Comment": "A Hello World example of the Amazon States Language using an AWS Lambda function",
               "StartAt": "HelloWorld",
               "States": {
                  "HelloWorld": {
                     "Type": "Task",
                     "Resource": "arn:aws:lambda:us-east-1:123456789012:function:sleep10",
                     "TimeoutSeconds": 2,
                     "Catch": [ {
                        "ErrorEquals": ["States.Timeout"],
                        "Next": "fallback"
                     } ],
                     "End": true
                  },
                  "fallback": {
                     "Type": "Pass",
                     "Result": "Hello, AWS Step Functions!",
                     "End": true
                  }
               }
            }
            """).MockState("HelloWorld", _ => TaskOutcome.Return("null").After(TimeSpan.FromSeconds(10)));

        ExecutionResult result = await runner.RunAsync();

        GuideJson.Output("\"Hello, AWS Step Functions!\"", result);
        Assert.Equal(TimeSpan.FromSeconds(2), result.Duration);
    }
}
