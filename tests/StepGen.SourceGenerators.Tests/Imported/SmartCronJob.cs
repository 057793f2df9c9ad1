// Imported by stepgen import from aws-samples/step-functions-workflows-collection/smart-cron-job/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(WaitUntilTimestamp))]
public partial class SmartCronJob
{
    [Wait(Name = "Wait until timestamp", TimestampPath = "$.timestamp", Next = nameof(MainState))]
    public partial class WaitUntilTimestamp;

    [Task(Resource = "arn:aws:states:::states:startExecution.sync:2", OutputPath = "$.Output", End = true)]
    [Parameter("Input", Path = "$")]
    [Parameter("StateMachineArn",
               "arn:aws:states:eu-west-1:867201269000:stateMachine:WaitEventInnerSFFFF5A18D-JhGidF4UTlNn")]
    public partial class MainState;
}
