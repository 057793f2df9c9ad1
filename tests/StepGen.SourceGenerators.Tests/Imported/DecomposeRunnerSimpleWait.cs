// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-decompose-for-parallelism/statemachine/runner-simplewait.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(VerifyInput),
              Comment = "A state machine that stands in for running an actual test. This one will simply wait for 5 seconds or for the number or seconds requested in the input.")]
public partial class DecomposeRunnerSimpleWait
{
    [Choice(Default = nameof(GenerateDefaultTestInput))]
    [When("ispresent($.test-input.delay-seconds) && isnumeric($.test-input.delay-seconds)", Next = nameof(RunTest))]
    public partial class VerifyInput;

    [Pass(ResultPath = "$.test-input", Next = nameof(RunTest))]
    [Parameter("delay-seconds", 5)]
    public partial class GenerateDefaultTestInput;

    [Wait(SecondsPath = "$.test-input.delay-seconds", End = true)]
    public partial class RunTest;
}
