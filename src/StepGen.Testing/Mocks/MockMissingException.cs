using System;

namespace StepGen.Testing;

/// <summary>
/// A Task state ran with nothing to answer it: no delegate, no entry of the mock configuration's test case, no
/// HTTP handler. The message names the state and what to add. It is thrown out of
/// <see cref="StateMachineRunner.RunAsync(string?, ExecutionOptions?, System.Threading.CancellationToken)"/>: a
/// missing mock is a mistake in the test, not a failed execution.
/// </summary>
public sealed class MockMissingException : Exception
{
    public MockMissingException(string message)
        : base(message)
    {
    }

    public MockMissingException(string message, string stateName)
        : base(message) => StateName = stateName;

    /// <summary>The state that had no answer, when the runner knows it.</summary>
    public string? StateName { get; }
}
