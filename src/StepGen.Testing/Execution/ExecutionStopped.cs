using System;

namespace StepGen.Testing.Execution;

/// <summary>
/// The execution ends without a state failing: it passed its TimeoutSeconds (<see cref="ExecutionStatus.TimedOut"/>)
/// or made more transitions than <see cref="ExecutionOptions.MaxTransitions"/> (<see cref="ExecutionStatus.Aborted"/>).
/// </summary>
internal sealed class ExecutionStopped : Exception
{
    public ExecutionStopped(ExecutionStatus status, string reason)
        : base(reason) => Status = status;

    public ExecutionStatus Status { get; }
}
