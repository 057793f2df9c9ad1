// Imported by stepgen import from aws-samples/serverless-patterns/stepfunctions-sns-apigw-human-review/StepFunction/step-function-definition.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(TotalExpenses500), Comment = "A description of my state machine")]
public partial class SnsApiGatewayHumanReview
{
    [Choice(Name = "Total Expenses >= $500", Default = nameof(GetHumanApproval))]
    [When("$.expense < 500", Next = nameof(AutoApproved))]
    public partial class TotalExpenses500;

    [Succeed(Name = "Auto approved")]
    public partial class AutoApproved;

    [Task(Name = "Get human approval", Resource = "arn:aws:states:::sns:publish.waitForTaskToken",
          Parameters = """
          {
            "TopicArn": "${TopicArn}",
            "Message.$": "States.Format('Please review \n\nApprove: \"${ApiEndpoint}?Type=Approved&Token={}\" \n\nDecline: \"${ApiEndpoint}?Type=Rejected&Token={}\"',States.Base64Encode($$.Task.Token), States.Base64Encode($$.Task.Token))",
            "Subject": "Expense Approval"
          }
          """, Next = nameof(ApprovalDecline))]
    public partial class GetHumanApproval;

    [Choice(Name = "Approval/Decline", Default = nameof(RequestRejected))]
    [When("$.Result == 'Approved'", Next = nameof(RequestApproved))]
    public partial class ApprovalDecline;

    [Succeed(Name = "Request Approved")]
    public partial class RequestApproved;

    [Fail(Name = "Request Rejected")]
    public partial class RequestRejected;
}
