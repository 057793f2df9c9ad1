using System;

namespace StepGen.Testing;

/// <summary>
/// A mock answered a Task with something the runner cannot use, such as a result that is not JSON. The message
/// names the state and what is wrong. Like <see cref="MockMissingException"/>, it is a mistake in the test and is
/// thrown out of <c>RunAsync</c>, not turned into a failed execution.
/// </summary>
public sealed class InvalidMockException : Exception
{
    public InvalidMockException(string message)
        : base(message)
    {
    }
}
