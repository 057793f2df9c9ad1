using System;

namespace StepGen;

/// <summary>
/// Base of every state attribute. Put exactly one state attribute on a nested <c>partial</c> class of a
/// <see cref="StateMachineAttribute"/> or <see cref="BranchAttribute"/> class; the class name becomes
/// the state's name in the ASL unless <see cref="Name"/> overrides it.
/// </summary>
/// <remarks>
/// <para>
/// The properties here are the fields that states share. Not every state type accepts every field,
/// and some fields belong to one query language only; the analyzer reports a field that the state's
/// type or language does not allow. In short: <c>InputPath</c>, <c>OutputPath</c>, <c>Parameters</c>,
/// <c>ResultSelector</c> and <c>ResultPath</c> are JSONPath-only, <c>Arguments</c> and <c>Output</c> are
/// JSONata-only, and Choice, Succeed and Fail states never take <c>Next</c> or <c>End</c>.
/// </para>
/// <para>
/// A property that is not assigned is left out of the ASL. For <see cref="InputPath"/>,
/// <see cref="OutputPath"/> and <see cref="ResultPath"/>, assigning <c>null</c> explicitly emits a JSON
/// <c>null</c>, which ASL treats differently from an absent field.
/// </para>
/// </remarks>
public abstract class StateAttribute : Attribute
{
    /// <summary>
    /// Initializes the shared state fields. Only the state attributes of this assembly derive from it.
    /// </summary>
    protected StateAttribute()
    {
    }

    /// <summary>
    /// The state to run after this one (ASL <c>Next</c>). Write <c>Next = nameof(SendNotification)</c>:
    /// the generator resolves the nested class to its ASL state name (including a <see cref="Name"/>
    /// override), so renaming the class updates the transition. The target must sit in the same
    /// machine or branch as this state. Task, Pass, Wait, Parallel and Map states need exactly one of
    /// <c>Next</c> and <see cref="End"/>; Choice, Succeed and Fail states take neither.
    /// </summary>
    public string? Next { get; set; }

    /// <summary>
    /// Set to <c>true</c> to make this state terminal (ASL <c>"End": true</c>): the machine, branch or
    /// Map iteration finishes with this state's output. Mutually exclusive with <see cref="Next"/>; not
    /// allowed on Choice, Succeed or Fail states (Succeed and Fail are terminal by nature).
    /// </summary>
    public bool End { get; set; }

    /// <summary>
    /// A free-text description of the state (ASL <c>Comment</c>). Allowed on every state type.
    /// </summary>
    public string? Comment { get; set; }

    /// <summary>
    /// JSONPath only. A path that picks the part of the raw input the state works on (ASL
    /// <c>InputPath</c>, default <c>$</c>), e.g. <c>InputPath = "$.order"</c>. An explicit <c>null</c>
    /// gives the state an empty object <c>{}</c>. Not allowed on Fail states.
    /// </summary>
    public string? InputPath { get; set; }

    /// <summary>
    /// JSONPath only. A path applied last, picking what the state passes on (ASL <c>OutputPath</c>,
    /// default <c>$</c>), e.g. <c>OutputPath = "$.summary"</c>. An explicit <c>null</c> passes on an
    /// empty object <c>{}</c>. Not allowed on Fail states.
    /// </summary>
    public string? OutputPath { get; set; }

    /// <summary>
    /// JSONPath only. Where the state's result is placed inside its raw input (ASL <c>ResultPath</c>).
    /// The default <c>$</c> replaces the input with the result; <c>ResultPath = "$.notificationData"</c>
    /// keeps the input and stores the result under that field; an explicit <c>null</c> throws the result
    /// away and passes the input through. It must be a reference path that names exactly one node
    /// (no filters, wildcards, slices or <c>..</c>) and cannot start with <c>$$</c>. Allowed on Task,
    /// Parallel, Map and Pass states.
    /// </summary>
    public string? ResultPath { get; set; }

    /// <summary>
    /// JSONPath only. JSON text of the payload template that builds the state's effective input (ASL
    /// <c>Parameters</c>); keys ending in <c>.$</c> take a path or an intrinsic function, e.g.
    /// <c>"""{ "orderId.$": "$.id", "source": "web" }"""</c>. For a handful of fields the repeatable
    /// <see cref="ParameterAttribute"/> is often more readable. Allowed on Task, Parallel, Map (where
    /// <see cref="MapAttribute.ItemSelector"/> is preferred) and Pass states.
    /// </summary>
    public string? Parameters { get; set; }

    /// <summary>
    /// JSONPath only. JSON text of a payload template applied to the raw result before
    /// <see cref="ResultPath"/> (ASL <c>ResultSelector</c>), e.g.
    /// <c>"""{ "status.$": "$.StatusCode" }"""</c>. Allowed on Task, Parallel and Map states.
    /// </summary>
    public string? ResultSelector { get; set; }

    /// <summary>
    /// Overrides the state's ASL name, which otherwise is the class name. Every <c>nameof(...)</c>
    /// reference to the class (<c>Next</c>, <c>Default</c>, <c>StartAt</c>, a When's or a Catch's
    /// <c>Next</c>) resolves to this name. State names must be unique across the whole machine,
    /// branches included, and at most 80 characters long.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// JSON text of workflow-variable assignments (ASL <c>Assign</c>), an object whose keys are variable
    /// names, e.g. <c>"""{ "orderId.$": "$.id" }"""</c> in JSONPath or
    /// <c>"""{ "orderId": "{% $states.input.id %}" }"""</c> in JSONata. New values become visible from
    /// the next state on. The name <c>states</c> is reserved, and a branch or Map iteration cannot
    /// assign a variable declared in an outer scope. Not allowed on Succeed or Fail states.
    /// </summary>
    public string? Assign { get; set; }

    /// <summary>
    /// Switches this state's query language (ASL <c>QueryLanguage</c>); when unset the state follows
    /// <see cref="StateMachineAttribute.QueryLanguage"/>.
    /// </summary>
    public QueryLanguage QueryLanguage { get; set; }

    /// <summary>
    /// JSONata only. JSON text of the input passed to the task or to the branches (ASL
    /// <c>Arguments</c>); values may be <c>{% ... %}</c> expressions, e.g.
    /// <c>"""{ "orderId": "{% $states.input.id %}" }"""</c>. Allowed on Task and Parallel states.
    /// </summary>
    public string? Arguments { get; set; }

    /// <summary>
    /// JSONata only. The state's output (ASL <c>Output</c>): JSON text that may contain
    /// <c>{% ... %}</c> expressions, or a single expression such as <c>"{% $states.result.Payload %}"</c>.
    /// When unset the state passes on its result (or its input, for states without one). Not allowed
    /// on Fail states.
    /// </summary>
    public string? Output { get; set; }
}
