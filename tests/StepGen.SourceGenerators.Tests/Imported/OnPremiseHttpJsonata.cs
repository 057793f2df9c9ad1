// Imported by stepgen import from aws-samples/serverless-patterns/stepfunctions-eventbridge-onpremise-tf/modules/state_machine/state-machine.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(DirectHTTPCall), QueryLanguage = QueryLanguage.JsonAta, Comment = "Call On-Premises API")]
public partial class OnPremiseHttpJsonata
{
    [HttpTask(ApiEndpoint = "${GetHelloEndpoint}", Method = "GET", ConnectionArn = "${EventBridgeConnectionArn}",
              ConnectionField = HttpConnectionField.InvocationConfig, Next = nameof(Success))]
    [Catch("States.ALL", Next = nameof(HandleError))]
    public partial class DirectHTTPCall;

    [Fail(Cause = "Direct API call failed")]
    public partial class HandleError;

    [Succeed]
    public partial class Success;
}
