using System;

namespace StepGen;

/// <summary>
/// One rule of a <see cref="ChoiceAttribute"/> state (an entry of ASL <c>Choices</c>): when
/// <see cref="Condition"/> holds, the execution continues at <see cref="Next"/>. Rules are tried in the
/// order the attributes are written, and the first match wins.
/// </summary>
/// <remarks>
/// <para>
/// In JSONPath states the condition is a small expression language that StepGen compiles into ASL
/// choice rules. Operands are a path and a literal; the literal's kind picks the operator family:
/// </para>
/// <list type="bullet">
/// <item><description><c>$.type == 'ERROR'</c> (string: <c>StringEquals</c>, <c>StringLessThan</c>, ...)</description></item>
/// <item><description><c>$.count &gt;= 3</c> (number: <c>NumericGreaterThanEquals</c>, ...)</description></item>
/// <item><description><c>$.ok == true</c> (boolean: <c>BooleanEquals</c>)</description></item>
/// <item><description><c>$.at &lt; timestamp'2024-01-01T00:00:00Z'</c> (timestamp: <c>TimestampLessThan</c>, ...)</description></item>
/// <item><description><c>$.name like 'log-*.txt'</c> (glob: <c>StringMatches</c>; <c>*</c> matches any run of characters)</description></item>
/// <item><description><c>ispresent($.x)</c>, <c>isnull($.x)</c>, <c>isstring($.x)</c>, <c>isnumeric($.x)</c>, <c>isboolean($.x)</c>, <c>istimestamp($.x)</c> (type tests)</description></item>
/// </list>
/// <para>
/// Comparisons are <c>==</c>, <c>!=</c> (emitted as a <c>Not</c> rule), <c>&lt;</c>, <c>&lt;=</c>,
/// <c>&gt;</c> and <c>&gt;=</c>; combine them with <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and parentheses.
/// A comparison against a value of the wrong type is simply false. In JSONata states the condition is a
/// single JSONata expression instead, e.g. <c>"{% $states.input.count &gt;= 3 %}"</c>.
/// </para>
/// <example>
/// <code>
/// [Choice(Default = nameof(Ignore))]
/// [When("$.type == 'ERROR' &amp;&amp; $.retries &lt; 3", Next = nameof(Alert))]
/// public partial class Route;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class WhenAttribute : Attribute
{
    /// <summary>
    /// Declares a choice rule.
    /// </summary>
    /// <param name="condition">The condition to test; see the remarks on <see cref="WhenAttribute"/>.</param>
    public WhenAttribute(string condition)
    {
        Condition = condition;
    }

    /// <summary>
    /// The condition to test, as passed to the constructor.
    /// </summary>
    public string Condition { get; }

    /// <summary>
    /// Required. The state to go to when the condition holds (the rule's <c>Next</c>), written as
    /// <c>Next = nameof(Alert)</c>; the generator resolves it to that state's ASL name, including a
    /// <see cref="StateAttribute.Name"/> override. It must be in the same machine or branch as the Choice.
    /// </summary>
    public string? Next { get; set; }

    /// <summary>
    /// A free-text description of the rule (the rule's <c>Comment</c>).
    /// </summary>
    public string? Comment { get; set; }

    /// <summary>
    /// JSON text of variable assignments applied when this rule matches (the rule's <c>Assign</c>); it
    /// replaces the Choice state's own <see cref="StateAttribute.Assign"/> for that transition.
    /// </summary>
    public string? Assign { get; set; }

    /// <summary>
    /// JSONata only. The Choice state's output when this rule matches (the rule's <c>Output</c>): JSON
    /// text with <c>{% ... %}</c> values, or a single expression.
    /// </summary>
    public string? Output { get; set; }
}
