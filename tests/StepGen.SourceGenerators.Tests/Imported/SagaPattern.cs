// Imported by stepgen import from aws-samples/step-functions-workflows-collection/saga-pattern-sam/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ReserveFlight))]
public partial class SagaPattern
{
    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.ReserveFlightResult",
          Parameters = """{ "FunctionName": "${reserveFlightFunction}", "Payload.$": "$" }""",
          Next = nameof(ReserveCarRental))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.ReserveFlightError", Next = nameof(CancelFlightReservation))]
    public partial class ReserveFlight;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.ReserveCarRentalResult",
          Parameters = """{ "FunctionName": "${reserveCarRentalFunction}", "Payload.$": "$" }""",
          Next = nameof(ProcessPayment))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.ReserveCarRentalError", Next = nameof(CancelRentalReservation))]
    public partial class ReserveCarRental;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.ProcessPaymentResult",
          Parameters = """{ "FunctionName": "${processPaymentFunction}", "Payload.$": "$" }""",
          Next = nameof(ConfirmFlight))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.ProcessPaymentError", Next = nameof(RefundPayment))]
    public partial class ProcessPayment;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.ConfirmFlightResult",
          Parameters = """{ "FunctionName": "${confirmFlightFunction}", "Payload.$": "$" }""",
          Next = nameof(ConfirmCarRental))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.ConfirmFlightError", Next = nameof(RefundPayment))]
    public partial class ConfirmFlight;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.ConfirmCarRentalResult",
          Parameters = """{ "FunctionName": "${confirmCarRentalFunction}", "Payload.$": "$" }""",
          Next = nameof(SendingSMSSuccess))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Catch("States.ALL", ResultPath = "$.ConfirmCarRentalError", Next = nameof(RefundPayment))]
    public partial class ConfirmCarRental;

    [Task(Resource = "arn:aws:states:::sns:publish",
          Parameters = """{ "TopicArn": "${snsTopicArn}", "Message": "Your Travel Reservation is Successful" }""",
          Next = nameof(ReservationSuccessful))]
    public partial class SendingSMSSuccess;

    [Succeed(Name = "Reservation Successful!")]
    public partial class ReservationSuccessful;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.RefundPaymentResult",
          Parameters = """{ "FunctionName": "${refundPaymentFunction}", "Payload.$": "$" }""",
          Next = nameof(CancelRentalReservation))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Retry("States.ALL", MaxAttempts = 3)]
    public partial class RefundPayment;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.CancelRentalReservationResult",
          Parameters = """{ "FunctionName": "${cancelCarRentalFunction}", "Payload.$": "$" }""",
          Next = nameof(CancelFlightReservation))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Retry("States.ALL", MaxAttempts = 3)]
    public partial class CancelRentalReservation;

    [Task(Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.CancelFlightReservationResult",
          Parameters = """{ "FunctionName": "${cancelFlightFunction}", "Payload.$": "$" }""",
          Next = nameof(SendingSMSFailure))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    [Retry("States.ALL", MaxAttempts = 3)]
    public partial class CancelFlightReservation;

    [Task(Resource = "arn:aws:states:::sns:publish",
          Parameters = """{ "TopicArn": "${snsTopicArn}", "Message": "Your Travel Reservation Failed" }""",
          Next = nameof(ReservationFailed))]
    public partial class SendingSMSFailure;

    [Fail(Name = "Reservation Failed", Error = "Job Failed")]
    public partial class ReservationFailed;
}
