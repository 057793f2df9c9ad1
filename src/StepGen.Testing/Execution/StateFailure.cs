using System;

namespace StepGen.Testing.Execution;

/// <summary>
/// A state failed with a Step Functions error: what a Retry or Catch matches, and what ends the execution when
/// nothing handles it. Thrown inside the interpreter only; users see <see cref="ExecutionResult"/>.
/// </summary>
internal sealed class StateFailure : Exception
{
    public StateFailure(string? error, string? cause)
        : base((error ?? "(no error)") + (cause is null ? string.Empty : ": " + cause))
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name, or null where AWS reports none (a Fail state without Error).</summary>
    public string? Error { get; }

    /// <summary>The cause, or null where AWS reports none (a Fail state without Cause).</summary>
    public string? Cause { get; }

    /// <summary>The name Retry and Catch match: the error, or the empty string when there is none.</summary>
    public string MatchName => Error ?? string.Empty;

    /// <summary>Raised by a Fail state (which has no StateExited event).</summary>
    public bool IsFailState { get; init; }
}
