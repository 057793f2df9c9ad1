// Imported by stepgen import from aws-samples/step-functions-workflows-collection/either-or-parallel-pattern/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(WaitEitherForProcessCompletionOrTimeout), Comment = "A description of my state machine")]
public partial class EitherOrParallel
{
    [Parallel(Name = "Wait Either For Process Completion Or Timeout",
              Branches = new[] { typeof(GetProcess1CompletionStatusBranch), typeof(GetProcess2CompletionStatusBranch), typeof(TimeoutWaitBranch) },
              Next = nameof(NextStepIfProcess1Completes))]
    [Catch("States.FauxFailure1", Comment = "Process1 Completed", Next = nameof(NextStepIfProcess1Completes))]
    [Catch("States.FauxFailure2", Comment = "Process2 Completed", Next = nameof(NextStepIfProcess2Completes))]
    [Catch("States.RanOutOfTime", Comment = "Process Ran out of Time", Next = nameof(NextStepIfProcessRanOutOfTime))]
    public partial class WaitEitherForProcessCompletionOrTimeout;

    [Branch(StartAt = nameof(GetProcess1CompletionStatus))]
    public partial class GetProcess1CompletionStatusBranch
    {
        [Pass(Name = "Get Process1 Completion Status",
              Comment = "This is a placeholder. Can be replaced with pretty much anythng that needs to be polled.",
              ResultPath = "$.QueryResult", Result = """{ "Completed": false }""",
              Next = nameof(CheckIfProcess1Completed))]
        public partial class GetProcess1CompletionStatus;

        [Wait(Name = "Wait Before Getting Process 1 Status", Seconds = 5, Next = nameof(GetProcess1CompletionStatus))]
        public partial class WaitBeforeGettingProcess1Status;

        [Choice(Name = "Check If Process1 Completed", Default = nameof(WaitBeforeGettingProcess1Status))]
        [When("(ispresent($.Process1ToComplete) && $.Process1ToComplete == true) || $.QueryResult.Completed == true",
              Next = nameof(Process1CompletedDummyFailure))]
        public partial class CheckIfProcess1Completed;

        [Fail(Name = "Process1 Completed (DummyFailure)", Comment = "This is actually a success criterion.",
              Error = "States.FauxFailure1")]
        public partial class Process1CompletedDummyFailure;
    }

    [Branch(StartAt = nameof(GetProcess2CompletionStatus))]
    public partial class GetProcess2CompletionStatusBranch
    {
        [Pass(Name = "Get Process2 Completion Status",
              Comment = "This is a placeholder. Can be replaced with pretty much anythng that needs to be polled.",
              ResultPath = "$.QueryResult", Result = """{ "Completed": false }""",
              Next = nameof(CheckIfProcess2Completed))]
        public partial class GetProcess2CompletionStatus;

        [Wait(Name = "Wait Before Getting Process 2 Status", Seconds = 5, Next = nameof(GetProcess2CompletionStatus))]
        public partial class WaitBeforeGettingProcess2Status;

        [Choice(Name = "Check If Process2 Completed", Default = nameof(WaitBeforeGettingProcess2Status))]
        [When("(ispresent($.Process2ToComplete) && $.Process2ToComplete == true) || $.QueryResult.Completed == true",
              Next = nameof(Process2CompletedDummyFailure))]
        public partial class CheckIfProcess2Completed;

        [Fail(Name = "Process2 Completed (DummyFailure)", Comment = "This is actually a success criterion.",
              Error = "States.FauxFailure2")]
        public partial class Process2CompletedDummyFailure;
    }

    [Branch(StartAt = nameof(TimeoutWait))]
    public partial class TimeoutWaitBranch
    {
        [Wait(Seconds = 15, Next = nameof(RanOutOfTime))]
        public partial class TimeoutWait;

        [Fail(Name = "Ran out of Time", Error = "States.RanOutOfTime")]
        public partial class RanOutOfTime;
    }

    [Pass(Name = "Next Step If Process1 Completes", End = true)]
    public partial class NextStepIfProcess1Completes;

    [Pass(Name = "Next Step if Process 2 Completes", End = true)]
    public partial class NextStepIfProcess2Completes;

    [Pass(Name = "Next Step if Process Ran out of time", End = true)]
    public partial class NextStepIfProcessRanOutOfTime;
}
