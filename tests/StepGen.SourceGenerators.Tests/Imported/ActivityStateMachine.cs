// Imported by stepgen import from aws-samples/step-functions-workflows-collection/activity-state-machine/statemachine/activity_state.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(StepFunctionsRunActivity), Comment = "A description of my state machine")]
public partial class ActivityStateMachine
{
    [Task(Name = "Step Functions Run Activity", Resource = "${ActivityArn}", TimeoutSeconds = 300, HeartbeatSeconds = 200,
          Next = nameof(Success))]
    public partial class StepFunctionsRunActivity;

    [Succeed]
    public partial class Success;
}
