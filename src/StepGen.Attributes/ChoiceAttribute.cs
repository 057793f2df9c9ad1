using System;

namespace StepGen;

/// <summary>
/// A Choice state (ASL <c>"Type": "Choice"</c>): picks the next state by testing its input against the
/// rules given with <see cref="WhenAttribute"/>, in declaration order; the first rule that holds wins.
/// </summary>
/// <remarks>
/// A Choice state needs at least one <see cref="WhenAttribute"/>, never takes
/// <see cref="StateAttribute.Next"/> or <see cref="StateAttribute.End"/>, and cannot be terminal.
/// <example>
/// <code>
/// [Choice(Default = nameof(Ignore))]
/// [When("$.type == 'ERROR'", Next = nameof(Alert))]
/// [When("$.count &gt;= 3 &amp;&amp; ispresent($.owner)", Next = nameof(Escalate))]
/// public partial class Route;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ChoiceAttribute : StateAttribute
{
    /// <summary>
    /// The state to go to when no rule matches (ASL <c>Default</c>), written as
    /// <c>Default = nameof(Ignore)</c>; the generator resolves it to that state's ASL name, including a
    /// <see cref="StateAttribute.Name"/> override. Without it an unmatched input fails the execution
    /// with <c>States.NoChoiceMatched</c>.
    /// </summary>
    public string? Default { get; set; }
}
