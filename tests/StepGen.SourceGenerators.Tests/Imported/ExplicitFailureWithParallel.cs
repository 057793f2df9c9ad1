// Imported by stepgen import from aws-samples/step-functions-workflows-collection/explicit-failure-with-parallel-states/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(Parallel))]
public partial class ExplicitFailureWithParallel
{
    [Parallel(Branches = new[] { typeof(SuccessStateBranch), typeof(QuickFailBranch) }, Next = nameof(AggregrateResults))]
    public partial class Parallel;

    [Branch(StartAt = nameof(SuccessState))]
    public partial class SuccessStateBranch
    {
        [Task(Name = "success state", Resource = "${getSuccessFunctionArn}", End = true)]
        public partial class SuccessState;
    }

    [Branch(StartAt = nameof(QuickFail))]
    public partial class QuickFailBranch
    {
        [Task(Name = "quick fail", Resource = "${getQuickFailFunctionArn}", End = true)]
        [Catch("States.ALL", ResultPath = "$.error", Next = nameof(HandleFailure))]
        public partial class QuickFail;

        [Pass(Name = "handle failure", End = true)]
        public partial class HandleFailure;
    }

    [Pass(Name = "Aggregrate Results", Next = nameof(EvaluateResults))]
    public partial class AggregrateResults;

    [Choice(Name = "Evaluate Results", Default = nameof(Success))]
    [When("ispresent($[0].error) || ispresent($[1].error)", Next = nameof(Fail))]
    public partial class EvaluateResults;

    [Succeed]
    public partial class Success;

    [Fail(ErrorPath = "$[1].error.Error", CausePath = "$[1].error.Cause")]
    public partial class Fail;
}
