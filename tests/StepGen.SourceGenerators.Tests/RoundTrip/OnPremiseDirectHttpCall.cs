using StepGen;

namespace StepGen.RoundTrip;

/// <summary>serverless-patterns/stepfunctions-eventbridge-onpremise-tf: a JSONata HTTP task that reaches an
/// on-premises API through an EventBridge connection given as InvocationConfig (private connectivity).</summary>
[StateMachine(StartAt = nameof(DirectHTTPCall), Comment = "Call On-Premises API", QueryLanguage = QueryLanguage.JsonAta)]
public partial class OnPremiseDirectHttpCall
{
    [HttpTask(ApiEndpoint = "${GetHelloEndpoint}", Method = "GET",
              ConnectionArn = "${EventBridgeConnectionArn}", ConnectionField = HttpConnectionField.InvocationConfig,
              Next = nameof(Success))]
    [Catch("States.ALL", Next = nameof(HandleError))]
    public partial class DirectHTTPCall;

    [Fail(Cause = "Direct API call failed")]
    public partial class HandleError;

    [Succeed]
    public partial class Success;
}
