// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-order-management/statemachines/ship-order.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ValidateInput), Comment = "Handle new order events complete shipping.")]
public partial class ShipOrder
{
    [Choice(Name = "Validate Input", Default = nameof(GetCustomerStatus))]
    [When("""
          {
            "Or": [
              {
                "Not": {
                  "Variable": "$.detail.products[0]",
                  "IsPresent": true
                }
              },
              {
                "Not": {
                  "Variable": "$.detail-type",
                  "IsPresent": true
                }
              },
              {
                "Not": {
                  "Variable": "$.detail-type",
                  "StringEquals": "OrderCreated"
                }
              }
            ]
          }
          """, Next = nameof(NotifyInvalidInput))]
    public partial class ValidateInput;

    [Task(Name = "Get Customer Status", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """{ "FunctionName": "${LambdaGetCustomerStatus}", "Payload.$": "$.detail.customer" }""",
          Next = nameof(DoFraudCheck))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 5, BackoffRate = 1.0)]
    public partial class GetCustomerStatus;

    [Choice(Name = "Do Fraud Check", Default = nameof(NotifyNewOrder))]
    [When("$.status == 'fraudulent'", Next = nameof(NotifyFraudulentCustomer))]
    public partial class DoFraudCheck;

    [Task(Name = "Notify New Order", Resource = "arn:aws:states:::sns:publish",
          Parameters = """{ "Message.$": "$$.Execution.Input", "TopicArn": "${SnsNewOrderTopic}" }""",
          Next = nameof(ReserveProducts))]
    public partial class NotifyNewOrder;

    [Map(Name = "Reserve Products", ResultPath = "$.reservations", ItemsPath = "$$.Execution.Input.detail.products",
         Iterator = typeof(ReserveProductsProcessor), Next = nameof(NotifyProductsReserved))]
    public partial class ReserveProducts;

    [Branch(StartAt = nameof(ReserveProduct))]
    public partial class ReserveProductsProcessor
    {
        [Task(Name = "Reserve Product", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """{ "Payload.$": "$", "FunctionName": "${LambdaReserveProduct}" }""", Next = nameof(Choice))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
               MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class ReserveProduct;

        [Choice(Default = nameof(ReservationSuccessful))]
        [When("$.reservation_status == 'temporarily-unavailable'", Next = nameof(NotifyDelayed))]
        public partial class Choice;

        [Succeed(Name = "Reservation Successful")]
        public partial class ReservationSuccessful;

        [Task(Name = "Notify Delayed", Resource = "arn:aws:states:::events:putEvents", ResultPath = null,
              Parameters = """
              {
                "Entries": [
                  {
                    "Detail": {
                      "delay_reason": "Product Temporarily Un-Available",
                      "product_id.$": "$.product_id",
                      "order_id.$": "$$.Execution.Input.detail.order_id",
                      "workflow_id.$": "$$.Execution.Id"
                    },
                    "DetailType": "OrderShippingDelayed",
                    "EventBusName": "${EventBusName}",
                    "Source": "com.orders.shipping"
                  }
                ]
              }
              """, Next = nameof(WaitForAvailability))]
        public partial class NotifyDelayed;

        [Wait(Name = "Wait for availability", Seconds = 10, Next = nameof(ReserveProduct))]
        public partial class WaitForAvailability;
    }

    [Task(Name = "Notify Products Reserved", Resource = "arn:aws:states:::events:putEvents", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "order_id.$": "$$.Execution.Input.detail.order_id",
                  "workflow_id.$": "$$.Execution.Id"
                },
                "DetailType": "OrderShippingProductsReserved",
                "EventBusName": "${EventBusName}",
                "Source": "com.orders.shipping"
              }
            ]
          }
          """, Next = nameof(InitatePackagingAndShipping))]
    public partial class NotifyProductsReserved;

    [Task(Name = "Initate Packaging and Shipping", Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters = """
          {
            "QueueUrl": "${PackageAndShipQueue}",
            "MessageBody": {
              "order_detail.$": "$$.Execution.Input.detail",
              "reservations.$": "$.reservations",
              "token.$": "$$.Task.Token"
            }
          }
          """, TimeoutSeconds = 10800, Next = nameof(NotifySuccessfulShipping))]
    [Catch("States.TaskFailed", ResultPath = "$.errors", Next = nameof(NotifyPackagingAndShippingFailed))]
    public partial class InitatePackagingAndShipping;

    [Task(Name = "Notify Successful Shipping", Resource = "arn:aws:states:::events:putEvents", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "order_event.$": "$$.Execution.Input",
                  "workflow_id.$": "$$.Execution.Id"
                },
                "DetailType": "ShippingSuccessful",
                "EventBusName": "${EventBusName}",
                "Source": "com.orders.shipping"
              }
            ]
          }
          """, Next = nameof(OrderShippedSuccessfully))]
    public partial class NotifySuccessfulShipping;

    [Task(Name = "Notify Packaging and Shipping Failed", Resource = "arn:aws:states:::events:putEvents",
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "error_message": "PackagingAndShippingFailed",
                  "error_details.$": "$.errors",
                  "order_event.$": "$$.Execution.Input",
                  "workflow_id.$": "$$.Execution.Id"
                },
                "DetailType": "OrderShippingFailed",
                "EventBusName": "${EventBusName}",
                "Source": "com.orders.shipping"
              }
            ]
          }
          """, Next = nameof(OrderShippingFailed))]
    public partial class NotifyPackagingAndShippingFailed;

    [Task(Name = "Notify Fraudulent Customer", Resource = "arn:aws:states:::events:putEvents", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "error_message": "FraudulentCustomer",
                  "order_event.$": "$$.Execution.Input",
                  "workflow_id.$": "$$.Execution.Id"
                },
                "DetailType": "OrderShippingFailed",
                "EventBusName": "${EventBusName}",
                "Source": "com.orders.shipping"
              }
            ]
          }
          """, Next = nameof(OrderShippingFailed))]
    public partial class NotifyFraudulentCustomer;

    [Fail(Name = "Order Shipping Failed", Error = "order_shipping_failed")]
    public partial class OrderShippingFailed;

    [Succeed(Name = "Order Shipped Successfully")]
    public partial class OrderShippedSuccessfully;

    [Task(Name = "Notify Invalid Input", Resource = "arn:aws:states:::events:putEvents", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "error_message": "InvalidInput",
                  "order_event.$": "$$.Execution.Input",
                  "workflow_id.$": "$$.Execution.Id"
                },
                "DetailType": "OrderShippingFailed",
                "EventBusName": "${EventBusName}",
                "Source": "com.orders.shipping"
              }
            ]
          }
          """, Next = nameof(OrderShippingFailed))]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 1.0)]
    public partial class NotifyInvalidInput;
}
