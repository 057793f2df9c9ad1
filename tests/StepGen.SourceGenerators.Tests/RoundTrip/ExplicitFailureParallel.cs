using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/explicit-failure-with-parallel-states: runs two Lambda branches in
/// parallel, one catching its own failure, then fails the execution explicitly if either branch reported an error.</summary>
[StateMachine(StartAt = nameof(Parallel))]
public partial class ExplicitFailureParallel
{
    [Parallel(Branches = new[] { typeof(SuccessBranch), typeof(QuickFailBranch) }, Next = nameof(AggregrateResults))]
    public partial class Parallel;

    [Branch(StartAt = nameof(SuccessState))]
    public partial class SuccessBranch
    {
        [Task(Name = "success state", Resource = "${getSuccessFunctionArn}", End = true)]
        public partial class SuccessState;
    }

    [Branch(StartAt = nameof(QuickFail))]
    public partial class QuickFailBranch
    {
        [Task(Name = "quick fail", Resource = "${getQuickFailFunctionArn}", End = true)]
        [Catch("States.ALL", Next = nameof(HandleFailure), ResultPath = "$.error")]
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
