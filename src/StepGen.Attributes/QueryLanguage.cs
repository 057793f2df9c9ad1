namespace StepGen;

/// <summary>
/// The language a state machine, or a single state, uses to select and shape its data.
/// Emitted as the ASL <c>QueryLanguage</c> field (<c>"JSONPath"</c> or <c>"JSONata"</c>).
/// </summary>
/// <remarks>
/// Set it on <see cref="StateMachineAttribute.QueryLanguage"/> for the whole machine, or on
/// <see cref="StateAttribute.QueryLanguage"/> to switch one state. A state that does not set it
/// follows the machine's top-level language (also inside Parallel branches and Map processors).
/// </remarks>
public enum QueryLanguage
{
    /// <summary>
    /// JSONPath, the ASL default (<c>"JSONPath"</c>). Data flows through <c>InputPath</c>,
    /// <c>Parameters</c>, <c>ResultSelector</c>, <c>ResultPath</c> and <c>OutputPath</c>; payload
    /// keys ending in <c>.$</c> take paths and intrinsic functions such as <c>States.Format(...)</c>.
    /// </summary>
    JsonPath = 0,

    /// <summary>
    /// JSONata (<c>"JSONata"</c>). The JSONPath-only fields are not allowed; a state takes its input
    /// through <c>Arguments</c> and shapes its result with <c>Output</c>, and any value may be a
    /// <c>{% ... %}</c> JSONata expression that reads <c>$states.input</c>, <c>$states.result</c>,
    /// <c>$states.context</c> and workflow variables.
    /// </summary>
    JsonAta = 1,
}
