using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/eventbridge-custom-sam: puts one custom event on an EventBridge bus.</summary>
[StateMachine(StartAt = nameof(SendACustomEvent),
              Comment = "An example of the Amazon States Language for sending a custom event to Amazon EventBridge")]
public partial class EventBridgeCustom
{
    [Task(Name = "Send a custom event", Resource = "arn:aws:states:::events:putEvents", End = true,
          Parameters = """
              {
                "Entries": [
                  {
                    "Detail": { "Message": "Hello from Step Functions!" },
                    "DetailType": "MessageFromStepFunctions",
                    "EventBusName": "stepfunctions-sampleproject-eventbus",
                    "Source": "my.statemachine"
                  }
                ]
              }
              """)]
    public partial class SendACustomEvent;
}
