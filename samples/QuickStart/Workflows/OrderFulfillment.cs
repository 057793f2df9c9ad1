using StepGen;

namespace StepGen.Samples;

/// <summary>
/// An order workflow that uses the rest of the state language: a Choice on the order, a Wait for payment,
/// a Map over the items (each reserved by a Lambda function), a Parallel that notifies the customer through
/// an HTTP endpoint while the order is recorded, intrinsic functions, and a JSONata state for the summary.
/// </summary>
[StateMachine(StartAt = nameof(CheckOrder), TimeoutSeconds = 3600,
              Comment = "Fulfil an order: check it, wait for payment, reserve every item, notify and record")]
public partial class OrderFulfillment
{
    [Choice(Default = nameof(RejectOrder))]
    [When("$.order.priority == 'express' && $.order.total > 0", Next = nameof(ReserveItems))]
    [When("ispresent($.order.items) && $.order.total > 0", Next = nameof(WaitForPayment))]
    public partial class CheckOrder;

    [Wait(Seconds = 300, Next = nameof(ReserveItems))]
    public partial class WaitForPayment;

    [Map(ItemsPath = "$.order.items", MaxConcurrency = 10, Processor = typeof(ReserveOneItem),
         ItemSelector = """{ "sku.$": "$$.Map.Item.Value.sku", "quantity.$": "$$.Map.Item.Value.quantity", "orderId.$": "$.order.id" }""",
         ResultPath = "$.reservations", Next = nameof(NotifyAndRecord))]
    [Catch("States.ALL", Next = nameof(RejectOrder), ResultPath = "$.error")]
    public partial class ReserveItems;

    /// <summary>Runs once per order item.</summary>
    [Branch(StartAt = nameof(ReserveStock))]
    public partial class ReserveOneItem
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload", End = true)]
        [Parameter("FunctionName", "${ReserveStockFunctionArn}")]
        [Parameter("Payload", Path = "$")]
        [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 1, MaxAttempts = 4, BackoffRate = 2, JitterStrategy = "FULL")]
        public partial class ReserveStock;
    }

    [Parallel(Branches = new[] { typeof(NotifyCustomer), typeof(RecordOrder) }, ResultPath = "$.followUp", Next = nameof(Summarize))]
    public partial class NotifyAndRecord;

    [Branch(StartAt = nameof(SendConfirmation))]
    public partial class NotifyCustomer
    {
        [HttpTask(Endpoint = typeof(SendEmail), End = true)]
        [Body("to", Path = "$.order.customerEmail")]
        [Body("subject", Path = "States.Format('Order {} is on its way', $.order.id)")]
        [Body("itemCount", Path = "States.ArrayLength($.reservations)")]
        public partial class SendConfirmation;
    }

    [Branch(StartAt = nameof(SaveOrder))]
    public partial class RecordOrder
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload", End = true)]
        [Parameter("FunctionName", "${SaveOrderFunctionArn}")]
        [Parameter("Payload", Path = "$.order")]
        [Parameter("requestId", Path = "States.UUID()")]
        public partial class SaveOrder;
    }

    [Pass(QueryLanguage = QueryLanguage.JsonAta, Next = nameof(Done),
          Output = """{ "orderId": "{% $states.input.order.id %}", "reserved": "{% $count($states.input.reservations) %}" }""")]
    public partial class Summarize;

    [Succeed]
    public partial class Done;

    [Fail(Error = "OrderRejected", CausePath = "States.Format('Order {} was rejected', $.order.id)")]
    public partial class RejectOrder;
}

/// <summary>The mailer's send endpoint: URL, method and connection in one place; its properties are the body.</summary>
[HttpEndpoint("https://api.mailer.example.com/v3/send", Method = "POST", ConnectionArn = "${MailerConnectionArn}")]
public sealed record SendEmail(string To, string Subject)
{
    public int? ItemCount { get; init; }
}
