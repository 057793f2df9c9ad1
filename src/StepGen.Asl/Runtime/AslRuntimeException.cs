using System;

namespace StepGen.Asl.Runtime;

/// <summary>
/// A Step Functions error raised while evaluating data: a path that matches nothing, a ResultPath that cannot be
/// applied, an intrinsic function that fails. <see cref="Error"/> is the error name a Retry or Catch matches
/// (one of <see cref="AslErrorNames"/>), <see cref="Cause"/> the human-readable cause, as in a state's Error Output
/// <c>{"Error": ..., "Cause": ...}</c>.
/// </summary>
public sealed class AslRuntimeException : Exception
{
    public AslRuntimeException(string error, string cause)
        : base((error ?? string.Empty) + ": " + (cause ?? string.Empty))
    {
        Error = error ?? string.Empty;
        Cause = cause ?? string.Empty;
    }

    public AslRuntimeException(string error, string cause, Exception innerException)
        : base((error ?? string.Empty) + ": " + (cause ?? string.Empty), innerException)
    {
        Error = error ?? string.Empty;
        Cause = cause ?? string.Empty;
    }

    /// <summary>The error name, for example <c>States.Runtime</c>.</summary>
    public string Error { get; }

    /// <summary>What went wrong, for people.</summary>
    public string Cause { get; }

    /// <summary>The same cause under another error name (a path failure inside a payload template, say).</summary>
    public AslRuntimeException WithError(string error) => new AslRuntimeException(error, Cause, this);
}
