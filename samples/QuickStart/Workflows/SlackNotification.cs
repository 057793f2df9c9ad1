using StepGen;

namespace StepGen.Samples;

/// <summary>
/// The first write-up: a Pass state writes the message, an HTTP task posts it to a Slack workflow
/// webhook through an EventBridge connection (API key auth), then the execution succeeds.
/// </summary>
[StateMachine(StartAt = nameof(FirstStep), Comment = "Send a slack notification via sf")]
public partial class SlackNotification
{
    [Pass(Next = nameof(SendNotification), ResultPath = "$.notificationData",
          Result = """{ "type": "INFO", "text": "Message from Step Functions" }""")]
    public partial class FirstStep;

    [HttpTask(ApiEndpoint = "https://hooks.slack.com/triggers/11111111/2222222222/33333333333",
              Method = "POST", ConnectionArn = "${SlackConnectionArn}", Next = nameof(LastStep))]
    [Body("text", Path = "$.notificationData.text")]
    [Body("type", Path = "$.notificationData.type")]
    public partial class SendNotification;

    [Succeed]
    public partial class LastStep;
}
