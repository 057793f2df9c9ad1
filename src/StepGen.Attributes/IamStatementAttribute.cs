using System;

namespace StepGen;

/// <summary>
/// Adds one statement to the generated execution-role policy (the <c>IamPolicy</c> constant) of a
/// <see cref="StateMachineAttribute"/> class, on top of the statements that StepGen derives from the
/// states themselves. Repeat the attribute for more statements.
/// </summary>
/// <remarks>
/// Use it for permissions StepGen cannot infer, such as a resource chosen at run time or a KMS key
/// behind an encrypted queue. Prefer exact actions and ARNs: wildcard actions and <c>"*"</c> resources
/// are reported as warnings.
/// <example>
/// <code>
/// [IamStatement(Actions = new[] { "kms:Decrypt" },
///               Resources = new[] { "${OrdersKeyArn}" })]
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class IamStatementAttribute : Attribute
{
    /// <summary>
    /// The IAM actions the statement covers (the policy statement's <c>Action</c>), written as
    /// <c>service:Operation</c>, e.g. <c>"sqs:SendMessage"</c>.
    /// </summary>
    public string[]? Actions { get; set; }

    /// <summary>
    /// The ARNs the statement applies to (the policy statement's <c>Resource</c>). <c>${...}</c>
    /// substitutions are allowed, e.g. <c>"${QueueArn}"</c>.
    /// </summary>
    public string[]? Resources { get; set; }

    /// <summary>
    /// The statement's <c>Effect</c>: <c>"Allow"</c> (the default) or <c>"Deny"</c>.
    /// </summary>
    public string Effect { get; set; } = "Allow";

    /// <summary>
    /// Optional JSON text of an IAM <c>Condition</c> block, for example
    /// <c>"""{ "StringEquals": { "aws:ResourceTag/team": "orders" } }"""</c>. It must be a JSON object.
    /// </summary>
    public string? Condition { get; set; }
}
