using System;

namespace StepGen;

/// <summary>
/// One top-level field of a state's ASL <c>Parameters</c> payload template, the input the state hands
/// to its task, branches or result. Use it on Task, Pass, Parallel and Map states as a readable
/// alternative to writing <see cref="StateAttribute.Parameters"/> as JSON text; do not use both on one
/// state.
/// </summary>
/// <remarks>
/// <para>
/// Two shapes: <c>[Parameter("name", value)]</c> writes a constant, and <c>[Parameter("name", Path = "...")]</c>
/// reads the value at run time, emitting the key as <c>name.$</c>. Repeat the attribute once per field.
/// </para>
/// <example>
/// <code>
/// [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(Done))]
/// [Parameter("FunctionName", "${ProcessOrderArn}")]
/// [Parameter("Payload", Path = "$")]
/// public partial class ProcessOrder;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>
    /// Declares a field with a constant value.
    /// </summary>
    /// <param name="name">The key inside <c>Parameters</c>, without the <c>.$</c> suffix, e.g. <c>"FunctionName"</c>.</param>
    /// <param name="value">
    /// The constant, written as JSON: a string, a number, a <c>bool</c>, <c>null</c>, or an array of
    /// those. Strings are copied as JSON strings; <c>${...}</c> substitutions inside them are kept as
    /// they are. A string that starts with <c>$</c> (but not <c>${</c>) or with <c>States.</c> would
    /// be sent literally rather than evaluated: use the <see cref="Path"/> form for it instead.
    /// </param>
    public ParameterAttribute(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>
    /// Declares a field whose value is taken at run time from <see cref="Path"/>.
    /// </summary>
    /// <param name="name">The key inside <c>Parameters</c>, without the <c>.$</c> suffix, e.g. <c>"FunctionName"</c>.</param>
    public ParameterAttribute(string name)
    {
        Name = name;
    }

    /// <summary>
    /// The key inside <c>Parameters</c>, without the <c>.$</c> suffix, e.g. <c>"FunctionName"</c>.
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// The constant given to the two-argument constructor, or <c>null</c> with the one-argument form.
    /// </summary>
    public object? Value { get; }

    /// <summary>
    /// JSONPath only. Where the value comes from at run time; the key is then emitted as <c>name.$</c>.
    /// Accepts a path into the input (<c>"$.notificationData.text"</c>), a context-object path
    /// (<c>"$$.Execution.Id"</c>), a workflow variable (<c>"$orderId"</c>), or an intrinsic function
    /// call such as <c>"States.Format('Order {} shipped', $.orderId)"</c>. Use it with the one-argument
    /// constructor only. In a JSONata state, pass a <c>{% ... %}</c> expression as the constant value
    /// instead.
    /// </summary>
    public string? Path { get; set; }
}
