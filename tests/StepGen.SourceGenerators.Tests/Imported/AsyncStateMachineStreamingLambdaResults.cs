// Imported by stepgen import from aws-samples/step-functions-workflows-collection/async-state-machine-streaming-lambda-results-sam/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(SplitExeArn),
              Comment = "A workflow pattern which uses DynamoDB and a streaming lambda function URL to send realtime notifications to clients.")]
public partial class AsyncStateMachineStreamingLambdaResults
{
    [Pass(ResultPath = "$.arn", Next = nameof(FormatExeArnAndGenerateResults))]
    [Parameter("workflow", Path = "States.ArrayGetItem(States.StringSplit($$.Execution.Id, ':'), 6)")]
    [Parameter("uuid1", Path = "States.ArrayGetItem(States.StringSplit($$.Execution.Id, ':'), 7)")]
    [Parameter("uuid2", Path = "States.ArrayGetItem(States.StringSplit($$.Execution.Id, ':'), 8)")]
    public partial class SplitExeArn;

    [Pass(Next = nameof(SimulatedProcessing))]
    [Parameter("formattedExeArn", Path = "States.Format('{}:{}:{}', $.arn.workflow, $.arn.uuid1, $.arn.uuid2)")]
    [Parameter("resultItems", Path = "States.ArrayRange(1,5,1)")]
    public partial class FormatExeArnAndGenerateResults;

    [Map(ResultPath = "$.results", ItemsPath = "$.resultItems",
         ItemSelector = """
         {
           "formattedExeArn.$": "$.formattedExeArn",
           "value.$": "$$.Map.Item.Value",
           "index.$": "$$.Map.Item.Index",
           "lastItemIndex.$": "States.MathAdd(States.ArrayLength($.resultItems), -1)"
         }
         """, MaxConcurrency = 1, Processor = typeof(SimulatedProcessingProcessor), Mode = "INLINE", End = true)]
    public partial class SimulatedProcessing;

    [Branch(StartAt = nameof(ProcessResults))]
    public partial class SimulatedProcessingProcessor
    {
        [Wait(Seconds = 7, Next = nameof(LastResult))]
        public partial class ProcessResults;

        [Choice(Default = nameof(SendResult))]
        [When("number($.index) == $.lastItemIndex", Next = nameof(SendFinalResult))]
        public partial class LastResult;

        [Task(Resource = "arn:aws:states:::dynamodb:putItem", ResultPath = null,
              Parameters = """
              {
                "TableName": "${DDBReponseTableName}",
                "Item": {
                  "ExecutionArn": {
                    "S.$": "$.formattedExeArn"
                  },
                  "ResultTimestamp": {
                    "S.$": "$$.State.EnteredTime"
                  },
                  "Result": {
                    "S.$": "States.Format('This is simulated result {}', $.index)"
                  },
                  "${FinalResultFieldName}": {
                    "BOOL": true
                  }
                }
              }
              """, End = true)]
        public partial class SendFinalResult;

        [Task(Resource = "arn:aws:states:::dynamodb:putItem", ResultPath = null,
              Parameters = """
              {
                "TableName": "${DDBReponseTableName}",
                "Item": {
                  "ExecutionArn": {
                    "S.$": "$.formattedExeArn"
                  },
                  "ResultTimestamp": {
                    "S.$": "$$.State.EnteredTime"
                  },
                  "Result": {
                    "S.$": "States.Format('This is simulated result {}', $.index)"
                  }
                }
              }
              """, End = true)]
        public partial class SendResult;
    }
}
