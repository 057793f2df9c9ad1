using System;

namespace StepGen;

/// <summary>
/// One query-string parameter of an <see cref="HttpTaskAttribute"/> (HTTP task
/// <c>QueryParameters</c>). Step Functions URL-encodes names and values, so write them unencoded. Never
/// put API keys or tokens here: keep them in the EventBridge connection.
/// </summary>
/// <remarks>
/// <para>
/// Two shapes: <c>[QueryParameter("name", value)]</c> writes a constant, and <c>[QueryParameter("name", Path = "...")]</c>
/// reads the value at run time, emitting the key as <c>name.$</c>. Repeat the attribute once per field.
/// </para>
/// <example>
/// <code>
/// [QueryParameter("limit", 50)]
/// [QueryParameter("customer", Path = "$.customerId")]
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class QueryParameterAttribute : Attribute
{
    /// <summary>
    /// Declares a query parameter with a constant value.
    /// </summary>
    /// <param name="name">The query parameter name, e.g. <c>"limit"</c>.</param>
    /// <param name="value">
    /// The constant, written as JSON: a string, a number, a <c>bool</c>, <c>null</c>, or an array of
    /// those. Strings are copied as JSON strings; <c>${...}</c> substitutions inside them are kept as
    /// they are. A string that starts with <c>$</c> (but not <c>${</c>) or with <c>States.</c> would
    /// be sent literally rather than evaluated: use the <see cref="Path"/> form for it instead.
    /// </param>
    public QueryParameterAttribute(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>
    /// Declares a query parameter whose value is taken at run time from <see cref="Path"/>.
    /// </summary>
    /// <param name="name">The query parameter name, e.g. <c>"limit"</c>.</param>
    public QueryParameterAttribute(string name)
    {
        Name = name;
    }

    /// <summary>
    /// The query parameter name, e.g. <c>"limit"</c>.
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
