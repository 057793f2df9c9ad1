using StepGen;

namespace StepGen.Samples;

/// <summary>
/// The second write-up: a nightly pipeline of Lambda tasks. Any failure is caught and routed to an HTTP
/// task that opens a support ticket (a header, a query parameter and a JSON body), then the run fails.
/// </summary>
[StateMachine(StartAt = nameof(ExtractData), TimeoutSeconds = 7200,
              Comment = "Nightly data pipeline; opens a support ticket when a step fails")]
public partial class NightlyDataPipeline
{
    [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(TransformData), OutputPath = "$.Payload")]
    [Parameter("FunctionName", "${ExtractFunctionArn}")]
    [Parameter("Payload", Path = "$")]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    [Catch("States.ALL", Next = nameof(CreateSupportTicket), ResultPath = "$.Payload.error")]
    public partial class ExtractData;

    [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(LoadData), OutputPath = "$.Payload")]
    [Parameter("FunctionName", "${TransformFunctionArn}")]
    [Parameter("Payload", Path = "$")]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    [Catch("States.ALL", Next = nameof(CreateSupportTicket), ResultPath = "$.Payload.error")]
    public partial class TransformData;

    [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(PipelineSucceeded), OutputPath = "$.Payload")]
    [Parameter("FunctionName", "${LoadFunctionArn}")]
    [Parameter("Payload", Path = "$")]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    [Catch("States.ALL", Next = nameof(CreateSupportTicket), ResultPath = "$.Payload.error")]
    public partial class LoadData;

    [Succeed]
    public partial class PipelineSucceeded;

    [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/support/tickets", Method = "POST",
              ConnectionArn = "${SupportConnectionArn}", Next = nameof(DataPipelineFailed),
              RequestBody = """
                  {
                    "subject": "Nightly data pipeline failed",
                    "priority": 2,
                    "tags": ["data-pipeline", "nightly"],
                    "description.$": "States.Format('The nightly pipeline failed: {}', $.Payload.error.Cause)"
                  }
                  """)]
    [Header("Content-Type", "application/json")]
    [QueryParameter("sentAutoResponder", "false")]
    public partial class CreateSupportTicket;

    [Fail(Name = "Data Pipeline Failed!", Error = "DataPipelineFailed",
          Cause = "A step of the nightly data pipeline failed; a support ticket was opened.")]
    public partial class DataPipelineFailed;
}
