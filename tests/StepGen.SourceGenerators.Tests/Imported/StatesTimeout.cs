// Imported by stepgen import from aws-samples/aws-step-functions-twitch-series/handling-errors/states-timeout/statemachine/states-timeout.asl.json at 9dfef61234a2.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(LongRunningFunction),
              Comment = "A Catch example of the Amazon States Language using an AWS Lambda Function")]
public partial class StatesTimeout
{
    [Task(Resource = "${LongRunningFunctionArn}", TimeoutSeconds = 5, End = true)]
    [Catch("States.Timeout", Next = nameof(TimeoutFallback))]
    [Catch("States.ALL", Next = nameof(CatchAllFallback))]
    public partial class LongRunningFunction;

    [Pass(Result = "\"This is a fallback from a Task State States.Timeout exception\"", End = true)]
    public partial class TimeoutFallback;

    [Pass(Result = "\"This is a generic fallback from an uncaught error code\"", End = true)]
    public partial class CatchAllFallback;
}
