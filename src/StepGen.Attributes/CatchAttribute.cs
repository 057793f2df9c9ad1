using System;

namespace StepGen;

/// <summary>
/// A fallback of a Task, Parallel or Map state (an entry of ASL <c>Catch</c>): when the state fails with
/// one of <see cref="ErrorEquals"/> and no retrier recovers it, the execution moves on to
/// <see cref="Next"/> instead of failing. Catchers are tried in the order written.
/// </summary>
/// <remarks>
/// The caught error arrives as an object <c>{ "Error": "...", "Cause": "..." }</c>; by default it
/// replaces the state's input, or it is merged in at <see cref="ResultPath"/>.
/// <example>
/// <code>
/// [Catch("States.ALL", Next = nameof(NotifyFailure), ResultPath = "$.error")]
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CatchAttribute : Attribute
{
    /// <summary>
    /// Declares a catcher for the given errors.
    /// </summary>
    /// <param name="errorEquals">
    /// The error names this catcher handles (ASL <c>ErrorEquals</c>, at least one), e.g.
    /// <c>"States.Http.StatusCode.404"</c>. <c>"States.ALL"</c> matches any error but must stand alone
    /// and belong to the last catcher.
    /// </param>
    public CatchAttribute(params string[] errorEquals)
    {
        ErrorEquals = errorEquals;
    }

    /// <summary>
    /// The error names this catcher handles (ASL <c>ErrorEquals</c>), as passed to the constructor.
    /// </summary>
    public string[] ErrorEquals { get; }

    /// <summary>
    /// Required. The state to continue with after catching (the catcher's <c>Next</c>), written as
    /// <c>Next = nameof(NotifyFailure)</c>; the generator resolves it to that state's ASL name, including
    /// a <see cref="StateAttribute.Name"/> override. It must be in the same machine or branch.
    /// </summary>
    public string? Next { get; set; }

    /// <summary>
    /// JSONPath only. Where to place the error object inside the state's raw input (the catcher's
    /// <c>ResultPath</c>), e.g. <c>"$.error"</c>; a reference path. When unset the error object replaces
    /// the input; an explicit <c>null</c> discards it and passes the input on unchanged.
    /// </summary>
    public string? ResultPath { get; set; }

    /// <summary>
    /// A free-text description of the catcher (ASL <c>Comment</c>).
    /// </summary>
    public string? Comment { get; set; }

    /// <summary>
    /// JSON text of variable assignments made when this catcher fires (the catcher's <c>Assign</c>); it
    /// takes the place of the state's own <see cref="StateAttribute.Assign"/>. In JSONPath, <c>$</c> here
    /// is the error object; in JSONata it is <c>$states.errorOutput</c>.
    /// </summary>
    public string? Assign { get; set; }

    /// <summary>
    /// JSONata only. What to pass to <see cref="Next"/> (the catcher's <c>Output</c>): JSON text with
    /// <c>{% ... %}</c> values, or a single expression such as <c>"{% $states.errorOutput %}"</c>.
    /// </summary>
    public string? Output { get; set; }
}
