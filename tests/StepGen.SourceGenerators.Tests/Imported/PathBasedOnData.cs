// Imported by stepgen import from aws-samples/step-functions-workflows-collection/path-based-on-data/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ChoiceState),
              Comment = "A Hello World example of the Amazon States Language using Pass states")]
public partial class PathBasedOnData
{
    [Choice(Name = "Choice State", Default = nameof(DEFAULT_STATE))]
    [When("$.type != 'Private'", Next = nameof(NEXT_STATE_ONE))]
    [When("$.value == 0", Next = nameof(NEXT_STATE_TWO))]
    [When("$.value >= 20 && $.value < 30", Next = nameof(NEXT_STATE_TWO))]
    public partial class ChoiceState;

    [Pass(End = true)]
    public partial class NEXT_STATE_ONE;

    [Pass(End = true)]
    public partial class NEXT_STATE_TWO;

    [Pass(End = true)]
    public partial class DEFAULT_STATE;
}
