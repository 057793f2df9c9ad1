using System;

namespace StepGen;

/// <summary>
/// A Fail state (ASL <c>"Type": "Fail"</c>): stops the machine, branch or Map iteration as failed,
/// reporting an error name and a cause. It is terminal by nature, never takes
/// <see cref="StateAttribute.Next"/> or <see cref="StateAttribute.End"/>, and has no input or output
/// processing.
/// </summary>
/// <remarks>
/// <example>
/// <code>
/// [Fail(Error = "OrderRejected", CausePath = "$.reason")]
/// public partial class Reject;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FailAttribute : StateAttribute
{
    /// <summary>
    /// The error name to report (ASL <c>Error</c>), which callers and enclosing catchers can match on.
    /// Names starting with <c>States.</c> are reserved for Step Functions. Do not combine with
    /// <see cref="ErrorPath"/>.
    /// </summary>
    public string? Error { get; set; }

    /// <summary>
    /// A human-readable explanation of the failure (ASL <c>Cause</c>). Do not combine with
    /// <see cref="CausePath"/>.
    /// </summary>
    public string? Cause { get; set; }

    /// <summary>
    /// JSONPath only. Takes the error name from the input at run time (ASL <c>ErrorPath</c>): a reference
    /// path such as <c>"$.error"</c>, or an intrinsic function that yields a string, such as
    /// <c>"States.Format('Order{}Failed', $.kind)"</c>.
    /// </summary>
    public string? ErrorPath { get; set; }

    /// <summary>
    /// JSONPath only. Takes the cause from the input at run time (ASL <c>CausePath</c>): a reference path
    /// or a string-returning intrinsic function.
    /// </summary>
    public string? CausePath { get; set; }
}
