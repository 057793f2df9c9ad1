// Imported by stepgen import from aws-samples/step-functions-workflows-collection/eventbridge-replay-events/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ForEachEvent),
              Comment = "Replay a list of EventBridge events the same time they were orginally generated")]
public partial class EventBridgeReplayEvents
{
    [Map(Name = "For Each Event", MaxConcurrency = 40, Iterator = typeof(ForEachEventProcessor), End = true)]
    public partial class ForEachEvent;

    [Branch(StartAt = nameof(ConvertPastEventToToday))]
    public partial class ForEachEventProcessor
    {
        [Task(Name = "Convert past event to today", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """{ "FunctionName": "${functionArn}", "Payload.$": "$" }""",
              Next = nameof(IsEventInTheFuture))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
               MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class ConvertPastEventToToday;

        [Choice(Name = "Is event in the future?", Default = nameof(Pass))]
        [When("$.process == true", Next = nameof(Wait))]
        public partial class IsEventInTheFuture;

        [Pass(End = true)]
        public partial class Pass;

        [Task(Name = "Simulate Event", Resource = "arn:aws:states:::events:putEvents",
              Parameters = """
              {
                "Entries": [
                  {
                    "Detail.$": "$.detail",
                    "DetailType.$": "$.detail-type",
                    "EventBusName": "${EventBusName}",
                    "Source.$": "$.source"
                  }
                ]
              }
              """, End = true)]
        public partial class SimulateEvent;

        [Wait(OutputPath = "$.event", TimestampPath = "$.time", Next = nameof(SimulateEvent))]
        public partial class Wait;
    }
}
