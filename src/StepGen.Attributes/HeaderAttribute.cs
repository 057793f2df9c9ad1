using System;

namespace StepGen;

/// <summary>
/// One request header of an <see cref="HttpTaskAttribute"/> (HTTP task <c>Headers</c>).
/// Step Functions forbids some headers in the definition (among them <c>Authorization</c>, <c>Host</c>,
/// <c>Cache-Control</c>, <c>Content-Encoding</c> and anything starting with <c>x-amz-</c>,
/// <c>x-amzn-</c> or <c>x-forwarded-</c>) and sets <c>User-Agent</c> and <c>Range</c> itself. Never put
/// credentials here: keep them in the EventBridge connection, whose headers win on conflicts.
/// </summary>
/// <remarks>
/// <para>
/// Two shapes: <c>[Header("name", value)]</c> writes a constant, and <c>[Header("name", Path = "...")]</c>
/// reads the value at run time, emitting the key as <c>name.$</c>. Repeat the attribute once per field.
/// </para>
/// <example>
/// <code>
/// [Header("Content-Type", "application/json")]
/// [Header("X-Request-Id", Path = "$$.Execution.Name")]
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class HeaderAttribute : Attribute
{
    /// <summary>
    /// Declares a header with a constant value.
    /// </summary>
    /// <param name="name">The header name, e.g. <c>"Content-Type"</c>; compared case-insensitively by HTTP.</param>
    /// <param name="value">
    /// The constant, written as JSON: a string, a number, a <c>bool</c>, <c>null</c>, or an array of
    /// those. Strings are copied as JSON strings; <c>${...}</c> substitutions inside them are kept as
    /// they are. A string that starts with <c>$</c> (but not <c>${</c>) or with <c>States.</c> would
    /// be sent literally rather than evaluated: use the <see cref="Path"/> form for it instead.
    /// </param>
    public HeaderAttribute(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>
    /// Declares a header whose value is taken at run time from <see cref="Path"/>.
    /// </summary>
    /// <param name="name">The header name, e.g. <c>"Content-Type"</c>; compared case-insensitively by HTTP.</param>
    public HeaderAttribute(string name)
    {
        Name = name;
    }

    /// <summary>
    /// The header name, e.g. <c>"Content-Type"</c>; compared case-insensitively by HTTP.
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
