// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-decompose-for-parallelism/statemachine/test-result-recorder.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(HandleInput), Comment = "A statemachine to record the results of a test")]
public partial class DecomposeTestResultRecorder
{
    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.processedtestresults",
          Parameters = """{ "FunctionName": "${LambdaGetTestResultsFromSfnStatus}", "Payload.$": "$" }""",
          ResultSelector = """{ "Payload.$": "$.Payload" }""", TimeoutSeconds = 305, Next = nameof(ConfirmRequiredData))]
    [Retry("States.ALL", MaxAttempts = 15, BackoffRate = 2.0)]
    public partial class HandleInput;

    [Choice(Default = nameof(InvalidInput))]
    [When("ispresent($.processedtestresults.Payload.TestStatus) && $.processedtestresults.Payload.TestStatus != '' && ispresent($.processedtestresults.Payload.TestName) && $.processedtestresults.Payload.TestName != '' && ispresent($.processedtestresults.Payload.TestDurationMs) && $.processedtestresults.Payload.TestDurationMs != '' && ispresent($.processedtestresults.Payload.TestSuccessMetricValue) && isnumeric($.processedtestresults.Payload.TestSuccessMetricValue)",
          Next = nameof(WasSuccessOrFailure))]
    public partial class ConfirmRequiredData;

    [Choice(Default = nameof(RecordTestRunStatusMetric))]
    [When("""
          {
            "And": [
              {
                "Variable": "$.processedtestresults.Payload.TestStatus",
                "StringEquals": "SUCCEEDED"
              }
            ]
          }
          """, Next = nameof(RecordTestRunDurationMetric))]
    public partial class WasSuccessOrFailure;

    [Task(Name = "RecordTestRun-DurationMetric", Resource = "arn:aws:states:::lambda:invoke",
          ResultPath = "$.metricresults",
          Parameters = """
          {
            "FunctionName": "${LambdaRecordMetricDataFunction}",
            "Payload": {
              "Input": {
                "MetricName": "TestDuration",
                "Dimensions": [
                  {
                    "Name": "TestName",
                    "Value.$": "$.processedtestresults.Payload.TestName"
                  }
                ],
                "Unit": "Milliseconds",
                "Value.$": "$.processedtestresults.Payload.TestDurationMs",
                "Namespace": "${ParameterInstancePrefix}"
              }
            }
          }
          """, TimeoutSeconds = 305, Next = nameof(RecordTestRunStatusMetric))]
    [Retry("States.ALL", MaxAttempts = 3, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.errors.duration_metric", Next = nameof(RecordTestRunStatusMetric))]
    public partial class RecordTestRunDurationMetric;

    [Task(Name = "RecordTestRun-StatusMetric", Resource = "arn:aws:states:::lambda:invoke",
          ResultPath = "$.metricresults",
          Parameters = """
          {
            "FunctionName": "${LambdaRecordMetricDataFunction}",
            "Payload": {
              "Input": {
                "MetricName": "TestSuccess",
                "Dimensions": [
                  {
                    "Name": "TestName",
                    "Value.$": "$.processedtestresults.Payload.TestName"
                  }
                ],
                "Unit": "None",
                "Value.$": "$.processedtestresults.Payload.TestSuccessMetricValue",
                "Namespace": "${ParameterInstancePrefix}"
              }
            }
          }
          """, TimeoutSeconds = 305, Next = nameof(RecordTestRunDynamoDB))]
    [Retry("States.ALL", MaxAttempts = 3, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.errors.status_metric", Next = nameof(RecordTestRunDynamoDB))]
    public partial class RecordTestRunStatusMetric;

    [Task(Name = "RecordTestRun-DynamoDB", Resource = "arn:aws:states:::dynamodb:putItem", ResultPath = "$.ddbputresult",
          Parameters = """
          {
            "TableName": "${TableTestResults}",
            "Item": {
              "TestId": {
                "S.$": "$.processedtestresults.Payload.Iteration"
              },
              "TestRunId": {
                "S.$": "$.processedtestresults.Payload.test-run-id"
              },
              "TestName": {
                "S.$": "$.processedtestresults.Payload.TestName"
              },
              "TestStartTimeEpoch": {
                "N.$": "$.processedtestresults.Payload.TestStartTimeEpoch"
              },
              "TestEndTimeEpoch": {
                "N.$": "$.processedtestresults.Payload.TestEndTimeEpoch"
              },
              "TestDurationMs": {
                "N.$": "$.processedtestresults.Payload.TestDurationMs"
              },
              "TestStatus": {
                "S.$": "$.processedtestresults.Payload.TestStatus"
              }
            }
          }
          """, TimeoutSeconds = 305, Next = nameof(ClearResults))]
    [Retry("States.ALL", MaxAttempts = 15, BackoffRate = 2.0)]
    public partial class RecordTestRunDynamoDB;

    [Pass(Result = "\"Done\"", End = true)]
    public partial class ClearResults;

    [Fail(Error = "InvalidResults", Cause = "Missing required data from test results")]
    public partial class InvalidInput;
}
