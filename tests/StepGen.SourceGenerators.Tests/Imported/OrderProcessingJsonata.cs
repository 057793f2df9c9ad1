// Imported by stepgen import from aws-samples/sample-stepfunctions-testing-with-testStateAPI/statemachine/order_processing.asl.json at 4dfa7aff0aa5.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ValidateOrder), QueryLanguage = QueryLanguage.JsonAta,
              Comment = "Simple order processing workflow with Map, Parallel, and waitForTaskToken")]
public partial class OrderProcessingJsonata
{
    [Task(Resource = "arn:aws:states:::lambda:invoke",
          Output = "{% $merge([$states.input, {'validationResult': $states.result}]) %}", Next = nameof(CheckValidation))]
    [Parameter("FunctionName", "ValidateOrderFunction")]
    [Parameter("Payload", "{% $states.input %}")]
    [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2.0)]
    [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
           Next = nameof(ValidationFailed))]
    public partial class ValidateOrder;

    [Choice(Default = nameof(ValidationFailed))]
    [When("{% $states.input.validationResult.isValid = true %}", Next = nameof(ProcessOrderItems))]
    public partial class CheckValidation;

    [Map(Output = "{% $merge([$states.input, {'processedItems': $states.result}]) %}", MaxConcurrency = 10,
         Processor = typeof(ProcessOrderItemsProcessor), Items = "{% $states.input.orderItems %}", Mode = "DISTRIBUTED",
         ExecutionType = "STANDARD", ToleratedFailureCount = 2, Next = nameof(ParallelProcessing))]
    [Retry("States.ItemReaderFailed", "States.ResultWriterFailed", IntervalSeconds = 2, MaxAttempts = 2,
           BackoffRate = 2.0)]
    [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
           Next = nameof(ValidationFailed))]
    public partial class ProcessOrderItems;

    [Branch(StartAt = nameof(ProcessItem))]
    public partial class ProcessOrderItemsProcessor
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
        [Parameter("FunctionName", "ProcessItemFunction")]
        [Parameter("Payload", "{% $states.input %}")]
        [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2.0)]
        [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
               Next = nameof(ItemProcessingFailed))]
        public partial class ProcessItem;

        [Fail(Error = "ItemProcessingError", Cause = "Failed to process individual item")]
        public partial class ItemProcessingFailed;
    }

    [Parallel(Output = "{% $merge([$states.input, {'parallelResults': $states.result}]) %}",
              Branches = new[] { typeof(ProcessPaymentBranch), typeof(UpdateInventoryBranch) },
              Next = nameof(WaitForApproval))]
    [Retry("States.BranchFailed", IntervalSeconds = 2, MaxAttempts = 2, BackoffRate = 2.0)]
    [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
           Next = nameof(OrderRejected))]
    public partial class ParallelProcessing;

    [Branch(StartAt = nameof(ProcessPayment))]
    public partial class ProcessPaymentBranch
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
        [Parameter("FunctionName", "ProcessPaymentFunction")]
        [Parameter("Payload", "{% $states.input %}")]
        [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2.0)]
        [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
               Next = nameof(PaymentFailed))]
        public partial class ProcessPayment;

        [Fail(Error = "PaymentProcessingError", Cause = "Failed to process payment")]
        public partial class PaymentFailed;
    }

    [Branch(StartAt = nameof(UpdateInventory))]
    public partial class UpdateInventoryBranch
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
        [Parameter("FunctionName", "UpdateInventoryFunction")]
        [Parameter("Payload", "{% $states.input %}")]
        [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2.0)]
        [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
               Next = nameof(InventoryFailed))]
        public partial class UpdateInventory;

        [Fail(Error = "InventoryUpdateError", Cause = "Failed to update inventory")]
        public partial class InventoryFailed;
    }

    [Task(Resource = "arn:aws:states:::lambda:invoke.waitForTaskToken",
          Arguments = """
          {
            "FunctionName": "RequestApprovalFunction",
            "Payload": {
              "orderId": "{% $states.input.orderId %}",
              "amount": "{% $states.input.amount %}",
              "taskToken": "{% $states.context.Task.Token %}"
            }
          }
          """, Output = "{% $merge([$states.input, {'approvalResult': $states.result}]) %}", Next = nameof(CheckApproval))]
    [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2.0)]
    [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
           Next = nameof(OrderRejected))]
    public partial class WaitForApproval;

    [Choice(Default = nameof(OrderRejected))]
    [When("{% $states.input.approvalResult.approved = true %}", Next = nameof(SaveOrderDetails))]
    public partial class CheckApproval;

    [Task(Resource = "arn:aws:states:::dynamodb:putItem",
          Arguments = """
          {
            "TableName": "Orders",
            "Item": {
              "orderId": {
                "S": "{% $states.input.orderId %}"
              },
              "amount": {
                "N": "{% $string($states.input.amount) %}"
              },
              "status": {
                "S": "COMPLETED"
              },
              "processedAt": {
                "S": "{% $states.context.State.EnteredTime %}"
              }
            }
          }
          """, Output = "{% $merge([$states.input, {'saveResult': $states.result}]) %}", Next = nameof(SendNotification))]
    [Retry("DynamoDB.ProvisionedThroughputExceededException", "DynamoDB.ThrottlingException", IntervalSeconds = 2,
           MaxAttempts = 3, BackoffRate = 2.0)]
    [Catch("States.ALL", Output = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}",
           Next = nameof(OrderRejected))]
    public partial class SaveOrderDetails;

    [Task(Resource = "arn:aws:states:::lambda:invoke",
          Output = "{% $merge([$states.input, {'notificationResult': $states.result}]) %}", Next = nameof(OrderProcessed))]
    [Parameter("FunctionName", "SendNotificationFunction")]
    [Parameter("Payload", "{% $states.input %}")]
    [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2.0)]
    [Catch("States.ALL", Output = "{% $merge([$states.input, {'notificationError': $states.errorOutput}]) %}",
           Next = nameof(OrderProcessed))]
    public partial class SendNotification;

    [Succeed(Output = "{% $states.input.orderId %}")]
    public partial class OrderProcessed;

    [Fail(Error = "ValidationError", Cause = "Order validation failed")]
    public partial class ValidationFailed;

    [Fail(Error = "ApprovalError", Cause = "Order was rejected during approval process")]
    public partial class OrderRejected;
}
