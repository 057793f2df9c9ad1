using System;

namespace StepGen;

/// <summary>
/// A Pass state (ASL <c>"Type": "Pass"</c>): hands its input on, optionally replacing or enriching it
/// with a fixed <see cref="Result"/>, without calling anything. Useful for injecting constants,
/// reshaping data and stubbing out work during development.
/// </summary>
/// <remarks>
/// Needs exactly one of <see cref="StateAttribute.Next"/> and <see cref="StateAttribute.End"/>.
/// <example>
/// <code>
/// [Pass(Next = nameof(SendNotification), ResultPath = "$.notificationData",
///       Result = """{ "type": "INFO", "text": "Message from Step Functions" }""")]
/// public partial class FirstStep;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PassAttribute : StateAttribute
{
    /// <summary>
    /// JSONPath only. JSON text of the fixed value the state produces (ASL <c>Result</c>); it goes
    /// through <see cref="StateAttribute.ResultPath"/> like a task's result. Any JSON value is
    /// accepted, e.g. <c>"""{ "status": "NEW" }"""</c> or <c>"42"</c>. When its shape is known the
    /// generator also emits a typed record for it. With neither <c>Result</c> nor <c>ResultPath</c> the
    /// state copies its input to its output. In JSONata use <see cref="StateAttribute.Output"/>.
    /// </summary>
    public string? Result { get; set; }
}
