// Imported by stepgen import from aws-samples/aws-step-functions-twitch-series/handling-errors/complex-retrier/statemachine/complex-retrier.asl.json at 9dfef61234a2.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(JitteryFunction),
              Comment = "An example of the Amazon States Language with a complex Retry block")]
public partial class ComplexRetrier
{
    [Task(Name = "Jittery Function", Resource = "${JitteryFunctionArn}", End = true)]
    [Retry("errorString", IntervalSeconds = 5, MaxAttempts = 2, BackoffRate = 2.0)]
    [Retry("wrapError", IntervalSeconds = 1, MaxAttempts = 10, BackoffRate = 3.0)]
    public partial class JitteryFunction;
}
