using System;

namespace StepGen;

/// <summary>
/// An ASL field of a state that StepGen has no property for, written as JSON text and copied into the state as it
/// is, for example a Task's <c>Credentials</c>, or a JSONata expression in a numeric field such as
/// <c>TimeoutSeconds</c>. StepGen does not check the value: prefer the attribute's own property wherever one exists.
/// </summary>
/// <remarks>
/// <para>
/// The name must be a field the States Language allows on the state's type, and one StepGen does not write itself
/// (<c>SG1015</c> otherwise); the value must be JSON (<c>SG1014</c>). Repeat the attribute once per field.
/// <c>stepgen import</c> writes it for the fields of an existing definition it cannot express otherwise.
/// </para>
/// <example>
/// <code>
/// [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
/// [Parameter("FunctionName", "${ReportFunctionArn}")]
/// [AslField("Credentials", """{ "RoleArn": "arn:aws:iam::111122223333:role/ReportRunner" }""")]
/// public partial class RunReport;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AslFieldAttribute : Attribute
{
    /// <summary>Declares one field.</summary>
    /// <param name="name">The field's name in the state, e.g. <c>"Credentials"</c>.</param>
    /// <param name="json">The field's value as JSON text, e.g. <c>"""{ "RoleArn": "..." }"""</c> or <c>"\"{% $states.input.timeout %}\""</c>.</param>
    public AslFieldAttribute(string name, string json)
    {
        Name = name;
        Json = json;
    }

    /// <summary>The field's name, as passed to the constructor.</summary>
    public string Name { get; }

    /// <summary>The field's value as JSON text, as passed to the constructor.</summary>
    public string Json { get; }
}
