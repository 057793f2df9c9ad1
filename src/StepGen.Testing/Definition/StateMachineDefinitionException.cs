using System;

namespace StepGen.Testing;

/// <summary>
/// The definition cannot run: it is not JSON, or a state misses what the runner needs to execute it
/// (a <c>Type</c>, a <c>Next</c> that names a state, a Task's <c>Resource</c>...). The message names the
/// state and the field, and says what to add. StepGen's analyzers (and <c>stepgen lint</c>) report the
/// same mistakes, with more, before a test runs.
/// </summary>
public sealed class StateMachineDefinitionException : Exception
{
    public StateMachineDefinitionException(string message)
        : base(message)
    {
    }
}
