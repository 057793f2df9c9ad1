// Imported by stepgen import from aws-samples/aws-step-functions-twitch-series/nested-workflows/statemachine/parent.asl.json at 9dfef61234a2.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(Parallel),
              Comment = "An example of the Amazon States Language using a parallel state to execute two branches at the same time.")]
public partial class NestedWorkflowsParent
{
    [Parallel(Branches = new[] { typeof(FailingChildBranch), typeof(SucceedingChildBranch) }, Next = nameof(FinalState))]
    public partial class Parallel;

    [Branch(StartAt = nameof(FailingChild))]
    public partial class FailingChildBranch
    {
        [Task(Name = "Failing Child", Resource = "arn:aws:states:::states:startExecution.sync:2",
              Parameters = """
              {
                "StateMachineArn": "${FailingChildWorkflowArn}",
                "Name": "FailingChild",
                "Input": {
                  "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"
                }
              }
              """, End = true)]
        [Retry("States.TaskFailed", IntervalSeconds = 20, MaxAttempts = 2, BackoffRate = 2.0)]
        [Catch("States.TaskFailed", Next = nameof(TaskFailureFallback))]
        public partial class FailingChild;

        [Pass(Name = "Task Failure Fallback", End = true)]
        [Parameter("ErrorObject", Path = "$")]
        [Parameter("Message", "Child workflow failed; retry limit reached. See ErrorObject for additional information.")]
        public partial class TaskFailureFallback;
    }

    [Branch(StartAt = nameof(SucceedingChild))]
    public partial class SucceedingChildBranch
    {
        [Task(Name = "Succeeding Child", Resource = "arn:aws:states:::states:startExecution.sync:2",
              Parameters = """
              {
                "StateMachineArn": "${SucceedingChildWorkflowArn}",
                "Name": "SucceedingChild",
                "Input": {
                  "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"
                }
              }
              """, End = true)]
        public partial class SucceedingChild;
    }

    [Pass(Name = "Final State", End = true)]
    public partial class FinalState;
}
