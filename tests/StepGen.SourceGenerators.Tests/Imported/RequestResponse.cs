// Imported by stepgen import from aws-samples/step-functions-workflows-collection/request-response/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(WaitForTimestamp), Comment = "A request response pattern")]
public partial class RequestResponse
{
    [Wait(Name = "Wait for timestamp", SecondsPath = "$.timer_seconds", Next = nameof(SendMessageToSNS))]
    public partial class WaitForTimestamp;

    [Task(Name = "Send message to SNS", Resource = "arn:aws:states:::sns:publish",
          Parameters = """{ "TopicArn": "${topicArn}", "Message": { "Input": "Hello from Step Functions!" } }""",
          End = true)]
    public partial class SendMessageToSNS;
}
