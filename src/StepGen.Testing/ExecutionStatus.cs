namespace StepGen.Testing;

/// <summary>How an execution ended, as <c>DescribeExecution</c> reports it.</summary>
public enum ExecutionStatus
{
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}
