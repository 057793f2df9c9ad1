using StepGen;

namespace StepGen.Samples.Cdk;

/// <summary>
/// The machine this sample deploys. A Lambda function prices and validates the order, then an HTTP
/// task books the shipment with a carrier's API through an EventBridge connection (API key auth).
/// Both <c>${...}</c> names are filled in by <see cref="OrderShippingStack"/> from the constructs it creates.
/// </summary>
[StateMachine(StartAt = nameof(ProcessOrder), TimeoutSeconds = 300,
              Comment = "Process an order with a Lambda function, then book its shipment over HTTPS")]
public partial class OrderShipping
{
    [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(BookShipment),
          ResultSelector = """{ "order.$": "$.Payload" }""")]
    [Parameter("FunctionName", "${ProcessOrderFunctionArn}")]
    [Parameter("Payload", Path = "$")]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2)]
    public partial class ProcessOrder;

    [HttpTask(ApiEndpoint = "https://api.carrier.example.com/v2/shipments", Method = "POST",
              ConnectionArn = "${CarrierConnectionArn}", Next = nameof(Shipped))]
    [Body("orderId", Path = "$.order.orderId")]
    [Body("address", Path = "$.order.address")]
    [Body("parcels", Path = "$.order.parcels")]
    [Retry("States.Http.StatusCode.429", "States.Http.StatusCode.503", IntervalSeconds = 5, MaxAttempts = 3, BackoffRate = 2)]
    public partial class BookShipment;

    [Succeed]
    public partial class Shipped;
}
