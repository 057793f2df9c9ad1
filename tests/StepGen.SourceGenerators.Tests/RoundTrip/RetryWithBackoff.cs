using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/retry-with-exponential-backoff-sam: a Lambda task retried with
/// exponential backoff on transient errors, failing the execution on anything else.</summary>
[StateMachine(StartAt = nameof(GenerateRandomResponse), Comment = "RetryWithExponentialBackoffWorkflow")]
public partial class RetryWithBackoff
{
    [Task(Name = "Generate random response", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Next = nameof(Succeed))]
    [Parameter("FunctionName", "${generateRandomResponsesLambda}")]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           "InternalServerError", IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2, Comment = "RetryIfTransientError")]
    [Catch("States.ALL", Next = nameof(Fail))]
    public partial class GenerateRandomResponse;

    [Succeed]
    public partial class Succeed;

    [Fail]
    public partial class Fail;
}
