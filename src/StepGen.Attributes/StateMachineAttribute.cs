using System;

namespace StepGen;

/// <summary>
/// Marks a <c>partial</c> class as an AWS Step Functions state machine. Each nested <c>partial</c>
/// class that carries a state attribute (<see cref="PassAttribute"/>, <see cref="TaskAttribute"/>,
/// <see cref="HttpTaskAttribute"/>, <see cref="ChoiceAttribute"/>, <see cref="WaitAttribute"/>,
/// <see cref="SucceedAttribute"/>, <see cref="FailAttribute"/>, <see cref="ParallelAttribute"/> or
/// <see cref="MapAttribute"/>) becomes one entry of the ASL <c>States</c> object.
/// </summary>
/// <remarks>
/// <para>
/// The generator adds <c>public const string Name</c>, <c>public const string Asl</c> (the definition
/// as indented JSON), <c>public const string IamPolicy</c> (a least-privilege policy for the execution
/// role) and <c>public static IReadOnlyList&lt;string&gt; Substitutions</c> (the <c>${...}</c> names used)
/// to the class.
/// </para>
/// <para>
/// Any value may contain <c>${Name}</c> placeholders. They are copied into the ASL untouched so that
/// CloudFormation <c>DefinitionSubstitutions</c>, CDK <c>definitionSubstitutions</c> or a Terraform
/// <c>templatefile</c> can fill them in at deployment time.
/// </para>
/// <example>
/// <code>
/// [StateMachine(StartAt = nameof(FirstStep), Comment = "Send a slack notification via sf")]
/// public partial class SlackNotification
/// {
///     [Pass(Next = nameof(LastStep))]
///     public partial class FirstStep;
///
///     [Succeed]
///     public partial class LastStep;
/// }
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StateMachineAttribute : Attribute
{
    /// <summary>
    /// The state the execution begins with (ASL <c>StartAt</c>, required). Write
    /// <c>StartAt = nameof(FirstStep)</c>: the generator resolves the nested class to its ASL state
    /// name, honouring a <see cref="StateAttribute.Name"/> override, so renaming the class keeps the
    /// reference correct. It must name a state declared directly in this class.
    /// </summary>
    public string? StartAt { get; set; }

    /// <summary>
    /// A free-text description of the machine (ASL top-level <c>Comment</c>). Ignored by Step Functions.
    /// </summary>
    public string? Comment { get; set; }

    /// <summary>
    /// The state machine's name, exposed as the generated <c>Name</c> constant. Defaults to the class
    /// name. AWS limits machine names to 80 characters and rejects whitespace, control characters
    /// and characters such as <c>? * &lt; &gt; { } [ ] " # % \ ^ | ~ ` $ &amp; , ; : /</c>.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// The longest an execution may run, in seconds (ASL top-level <c>TimeoutSeconds</c>). A run that
    /// exceeds it fails with <c>States.Timeout</c>. Must be a positive integer no larger than 99999999.
    /// Leave it unset to emit no timeout.
    /// </summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>
    /// The query language of every state that does not choose its own (ASL top-level
    /// <c>QueryLanguage</c>). Defaults to <see cref="StepGen.QueryLanguage.JsonPath"/>; the field is
    /// only written to the ASL when set explicitly.
    /// </summary>
    public QueryLanguage QueryLanguage { get; set; }

    /// <summary>
    /// The version of the States Language the definition uses (ASL top-level <c>Version</c>). The
    /// specification defines only <c>"1.0"</c>, the default; leave it unset to emit no <c>Version</c>.
    /// </summary>
    public string? Version { get; set; }

    /// <summary>
    /// Optional type that describes the execution input, e.g. <c>Input = typeof(OrderPlaced)</c>.
    /// It types the data that paths in the first state read, so paths naming fields that do not exist
    /// can be reported. It is not written to the ASL.
    /// </summary>
    public Type? Input { get; set; }

    /// <summary>
    /// Optional type that describes the execution's final output. It is not written to the ASL.
    /// </summary>
    public Type? Output { get; set; }
}
