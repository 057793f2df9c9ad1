using System;

using StepGen.Asl.Json;

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

    /// <summary>
    /// The error output a catcher passes on (and a tolerated child execution leaves in a distributed Map's result):
    /// <c>{"Error", "Cause"}</c>, without <c>Cause</c> when the error has none, as the developer guide's example of
    /// a catcher's ResultPath prints it (input-output-resultpath.md: <c>{"Error": "Error here"}</c>; the error
    /// output "usually contains the field Cause", concepts-error-handling.md).
    /// </summary>
    public JsonObject ErrorOutput()
    {
        var output = new JsonObject();
        output.Add("Error", Error is null ? JsonNode.Null : new JsonString(Error));
        if (Cause is not null)
        {
            output.Add("Cause", new JsonString(Cause));
        }

        return output;
    }
}
