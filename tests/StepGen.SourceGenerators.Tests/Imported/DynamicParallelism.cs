// Imported by stepgen import from aws-samples/aws-step-functions-twitch-series/parallelism/dynamic-parallelism/statemachine/dynamic-parallelism.asl.json at 9dfef61234a2.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(AuthorizeCharge),
              Comment = "An example of the Amazon States Language using a map state to process elements of an array with a max concurrency of 2.")]
public partial class DynamicParallelism
{
    [Pass(Name = "Authorize Charge", ResultPath = "$.chargeAuthorization",
          Result = """
          {
            "AuthorizationSucceeded": true,
            "AuthorizationID": "1234567890",
            "AuthorizedAmount": "81.48"
          }
          """, Next = nameof(CheckAuthorization))]
    public partial class AuthorizeCharge;

    [Choice(Name = "Check Authorization", Default = nameof(AuthorizationFailed))]
    [When("$.chargeAuthorization.AuthorizationSucceeded == true", Next = nameof(RetrieveItems))]
    public partial class CheckAuthorization;

    [Pass(Name = "Retrieve Items", ResultPath = "$.orderItems",
          Result = """
          [
            {
              "SKU": "asdf",
              "quantity": 1,
              "price": "2.50"
            },
            {
              "SKU": "qwer",
              "quantity": 17,
              "price": "4.21"
            }
          ]
          """, Next = nameof(Map))]
    public partial class RetrieveItems;

    [Map(ResultPath = "$.lockedItems", ItemsPath = "$.orderItems", MaxConcurrency = 40, Iterator = typeof(MapProcessor),
         Next = nameof(PrintLabel))]
    public partial class Map;

    [Branch(StartAt = nameof(LockItem))]
    public partial class MapProcessor
    {
        [Pass(Name = "Lock Item", Result = "\"Done!\"", Next = nameof(PullItem))]
        public partial class LockItem;

        [Pass(Name = "Pull Item", Result = "\"Done!\"", Next = nameof(PackItem))]
        public partial class PullItem;

        [Pass(Name = "Pack Item", Result = "\"Done!\"", End = true)]
        public partial class PackItem;
    }

    [Pass(Name = "Print Label", Result = "\"Done!\"", Next = nameof(CompleteCharge))]
    public partial class PrintLabel;

    [Pass(Name = "Complete Charge", End = true)]
    public partial class CompleteCharge;

    [Fail(Name = "Authorization Failed", Cause = "Charge could not be authorized")]
    public partial class AuthorizationFailed;
}
