// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-decompose-for-parallelism/statemachine/main.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(VerifyInput), Comment = "A statemachine for running the main loop of tests ")]
public partial class DecomposeForParallelismMain
{
    [Choice(Default = nameof(GenerateDefaultInput))]
    [When("ispresent($.iteration_count) && isnumeric($.iteration_count)", Next = nameof(RecordTestRunStart))]
    public partial class VerifyInput;

    [Task(Resource = "arn:aws:states:::dynamodb:putItem", ResultPath = "$.stateoutput.RecordTestRunStart",
          Parameters = """
          {
            "TableName": "${TableTestRuns}",
            "Item": {
              "TestRunId": {
                "S.$": "$$.Execution.Id"
              },
              "Status": {
                "S": "Started"
              },
              "StartTime": {
                "S.$": "$$.Execution.StartTime"
              },
              "EndTime": {
                "S": ""
              },
              "IterationCount": {
                "N.$": "States.Format('{}',$.iteration_count)"
              }
            }
          }
          """, TimeoutSeconds = 305, Next = nameof(BuildBatches))]
    [Retry("States.ALL", MaxAttempts = 15, BackoffRate = 2.0)]
    public partial class RecordTestRunStart;

    [Pass(Next = nameof(RecordTestRunStart))]
    [Parameter("iteration_count", 1)]
    public partial class GenerateDefaultInput;

    [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """
          {
            "FunctionName": "${FunctionBuildList}",
            "Payload": {
              "iteration_count.$": "$.iteration_count",
              "execution_name.$": "$$.Execution.Name "
            }
          }
          """, TimeoutSeconds = 905, Next = nameof(RunTests))]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 15, BackoffRate = 2.0)]
    public partial class BuildBatches;

    [Map(ResultPath = "$.stateoutput.RunDistributorStateMachine", ItemsPath = "$.batch_index", MaxConcurrency = 0,
         Iterator = typeof(RunTestsProcessor), Next = nameof(GetTestRunReport))]
    [Parameter("batch_id", Path = "$$.Map.Item.Value")]
    [Parameter("test-run-id", Path = "$$.Execution.Id")]
    [Parameter("s3_bucket", Path = "$.s3_bucket")]
    [Parameter("s3_key", Path = "$.s3_key")]
    public partial class RunTests;

    [Branch(StartAt = nameof(GetBatchInfo))]
    public partial class RunTestsProcessor
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.stateoutputs.GetBatchInfo",
              Parameters = """
              {
                "FunctionName": "${FunctionGetBatcheFromS3}",
                "Payload": {
                  "s3_bucket.$": "$.s3_bucket",
                  "s3_key.$": "$.s3_key",
                  "batch_id.$": "$.batch_id"
                }
              }
              """, ResultSelector = """{ "Payload.$": "$.Payload" }""", TimeoutSeconds = 305,
              Next = nameof(RunDistributorStateMachine))]
        [Retry("States.ALL", MaxAttempts = 15, BackoffRate = 2.0)]
        public partial class GetBatchInfo;

        [Task(Resource = "arn:aws:states:::states:startExecution.sync:2",
              Parameters = """
              {
                "Input": {
                  "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id",
                  "tests-to-run.$": "$.stateoutputs.GetBatchInfo.Payload.tests-to-run",
                  "test-run-id.$": "$$.Execution.Id"
                },
                "StateMachineArn": "${StateMachineDistributor}",
                "Name.$": "States.Format('{}_batch{}',$$.Execution.Name,$['stateoutputs']['GetBatchInfo']['Payload']['batchnumber'])"
              }
              """, ResultSelector = """{ "Nothing": "Nothing" }""", Next = nameof(ClearResults))]
        [Retry("StepFunctions.ExecutionAlreadyExistsException", IntervalSeconds = 1, MaxAttempts = 1, BackoffRate = 5.0)]
        [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 12, BackoffRate = 2.0)]
        [Catch("States.TaskFailed", ResultPath = "$.stateoutput.RunDistributorStateMachine", Next = nameof(ClearResults))]
        public partial class RunDistributorStateMachine;

        [Pass(Result = "\"Done\"", End = true)]
        public partial class ClearResults;
    }

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.stateoutput.GetTestRunReport",
          Parameters = """
          {
            "FunctionName": "${LambdaGetTestRunReport}",
            "Payload": {
              "Input": {
                "event_run_id.$": "$$.Execution.Id",
                "table_name": "${TableTestResults}"
              }
            }
          }
          """, TimeoutSeconds = 305, Next = nameof(RecordTestRunComplete))]
    [Retry("States.ALL", MaxAttempts = 15, BackoffRate = 2.0)]
    public partial class GetTestRunReport;

    [Task(Resource = "arn:aws:states:::dynamodb:putItem", OutputPath = "$.stateoutput.GetTestRunReport.Payload",
          ResultPath = "$.stateoutput.RecordTestRunComplete",
          Parameters = """
          {
            "TableName": "${TableTestRuns}",
            "Item": {
              "TestRunId": {
                "S.$": "$$.Execution.Id"
              },
              "Status": {
                "S": "Complete"
              },
              "StartTime": {
                "S.$": "$$.Execution.StartTime"
              },
              "EndTime": {
                "S.$": "$$.State.EnteredTime"
              },
              "IterationCount": {
                "N.$": "States.Format('{}',$.stateoutput.GetTestRunReport.Payload.summary.test_count)"
              }
            }
          }
          """, TimeoutSeconds = 305, End = true)]
    [Retry("States.ALL", MaxAttempts = 15, BackoffRate = 2.0)]
    public partial class RecordTestRunComplete;
}
