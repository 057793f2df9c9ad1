using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Testing.Definition;

/// <summary>
/// A set of states with a start: the machine itself, a Parallel branch or a Map's item processor.
/// </summary>
internal sealed class StateGraph
{
    public StateGraph(string startAt, IReadOnlyDictionary<string, StateDefinition> states)
    {
        StartAt = startAt;
        States = states;
    }

    public string StartAt { get; }

    public IReadOnlyDictionary<string, StateDefinition> States { get; }

    /// <summary>The machine's TimeoutSeconds (the top-level graph only), or null.</summary>
    public long? TimeoutSeconds { get; set; }

    /// <summary>The compiled JSONata expressions of the whole definition (the top-level graph only; null in the others).</summary>
    public JsonAtaExpressions? Expressions { get; set; }
}

/// <summary>
/// The fields every state may have. The path fields hold the JSON value as written: absent fields
/// are read as their default <c>"$"</c>, and a JSON null is a C# null (ASL: InputPath and
/// OutputPath null mean the empty object; ResultPath null discards the result). A JSONata state has no path
/// fields (the reader refuses them); its <see cref="Output"/>, Arguments and Assign hold JSON in which any
/// <c>{% %}</c> string is an expression.
/// </summary>
internal abstract class StateDefinition
{
    protected StateDefinition(string name, string type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>The ASL <c>Type</c>, as written (<c>Pass</c>, <c>Task</c>...).</summary>
    public string Type { get; }

    public string? Next { get; set; }

    public bool End { get; set; }

    /// <summary>Whether the state is written in JSONata (its own QueryLanguage or the machine's).</summary>
    public bool Jsonata { get; set; }

    public string? InputPath { get; set; } = "$";

    public string? OutputPath { get; set; } = "$";

    /// <summary>The Assign object, or null when the state assigns nothing.</summary>
    public JsonObject? Assign { get; set; }

    /// <summary>JSONata: the Output field as written, or null for the default (the result or the input).</summary>
    public JsonNode? Output { get; set; }

    /// <summary>
    /// The scalar fields whose value comes at run time, by their JSONata location (<c>Seconds</c>, <c>Items</c>,
    /// <c>ItemBatcher/MaxItemsPerBatch</c>...): in JSONPath the <c>...Path</c> field (<c>SecondsPath</c>), in
    /// JSONata a <c>{% %}</c> expression written in the field itself. A field given as a literal is not here; it is
    /// in the state's typed property.
    /// </summary>
    public IReadOnlyDictionary<string, ComputedField> Computed { get; set; } = EmptyComputed;

    private static readonly IReadOnlyDictionary<string, ComputedField> EmptyComputed = new Dictionary<string, ComputedField>();
}

/// <summary>A field of <see cref="StateDefinition.Computed"/>: the field as written and its path or expression.</summary>
internal sealed class ComputedField
{
    public ComputedField(string field, string text)
    {
        Field = field;
        Text = text;
    }

    /// <summary>The field as written, for messages: <c>SecondsPath</c>, <c>ItemBatcher.MaxItemsPerBatchPath</c>, <c>Seconds</c>.</summary>
    public string Field { get; }

    /// <summary>The JSONPath path, or the JSONata expression without its <c>{% %}</c>.</summary>
    public string Text { get; }
}

/// <summary>A state that produces a result: Pass, Task, Parallel, Map.</summary>
internal abstract class ResultStateDefinition : StateDefinition
{
    protected ResultStateDefinition(string name, string type)
        : base(name, type)
    {
    }

    /// <summary>Parameters (or ItemSelector's predecessor on a Map); null when absent.</summary>
    public JsonNode? Parameters { get; set; }

    /// <summary>JSONata: Arguments (Task, Parallel), or null when absent (the state input is used).</summary>
    public JsonNode? Arguments { get; set; }

    public JsonNode? ResultSelector { get; set; }

    public string? ResultPath { get; set; } = "$";

    public IReadOnlyList<Retrier> Retry { get; set; } = [];

    public IReadOnlyList<Catcher> Catch { get; set; } = [];
}

internal sealed class PassDefinition : ResultStateDefinition
{
    public PassDefinition(string name)
        : base(name, "Pass")
    {
    }

    /// <summary>The fixed Result, or null when the state passes its input on.</summary>
    public JsonNode? Result { get; set; }
}

internal sealed class TaskDefinition : ResultStateDefinition
{
    public TaskDefinition(string name, string resource)
        : base(name, "Task") => Resource = resource;

    public string Resource { get; }

    public int? TimeoutSeconds { get; set; }

    public int? HeartbeatSeconds { get; set; }
}

internal sealed class ChoiceDefinition : StateDefinition
{
    public ChoiceDefinition(string name, IReadOnlyList<JsonObject> choices)
        : base(name, "Choice") => Choices = choices;

    /// <summary>The rules, each with its <c>Next</c>, in order.</summary>
    public IReadOnlyList<JsonObject> Choices { get; }

    public string? Default { get; set; }
}

internal sealed class WaitDefinition : StateDefinition
{
    public WaitDefinition(string name)
        : base(name, "Wait")
    {
    }

    public long? Seconds { get; set; }

    public string? Timestamp { get; set; }
}

internal sealed class SucceedDefinition : StateDefinition
{
    public SucceedDefinition(string name)
        : base(name, "Succeed")
    {
    }
}

internal sealed class FailDefinition : StateDefinition
{
    public FailDefinition(string name)
        : base(name, "Fail")
    {
    }

    public string? Error { get; set; }

    public string? Cause { get; set; }
}

internal sealed class ParallelDefinition : ResultStateDefinition
{
    public ParallelDefinition(string name, IReadOnlyList<StateGraph> branches)
        : base(name, "Parallel") => Branches = branches;

    public IReadOnlyList<StateGraph> Branches { get; }
}

internal sealed class MapDefinition : ResultStateDefinition
{
    public MapDefinition(string name, StateGraph processor)
        : base(name, "Map") => Processor = processor;

    /// <summary>The ItemProcessor (or the older Iterator).</summary>
    public StateGraph Processor { get; }

    public bool Distributed { get; set; }

    /// <summary>JSONata: an Items array written as JSON (it may hold expressions), or null.</summary>
    public JsonArray? Items { get; set; }

    /// <summary>ItemSelector, or the older Parameters of a Map.</summary>
    public JsonNode? ItemSelector { get; set; }

    public JsonObject? ItemReader { get; set; }

    public JsonObject? ItemBatcher { get; set; }

    public JsonObject? ResultWriter { get; set; }

    /// <summary>The Map Run's label (distributed mode), or null.</summary>
    public string? Label { get; set; }

    public int MaxConcurrency { get; set; }

    public int? ToleratedFailureCount { get; set; }

    public double? ToleratedFailurePercentage { get; set; }
}

/// <summary>One element of a state's <c>Retry</c>.</summary>
internal sealed class Retrier
{
    public IReadOnlyList<string> ErrorEquals { get; set; } = [];

    /// <summary>Seconds before the first retry; AWS's default is 1.</summary>
    public double IntervalSeconds { get; set; } = 1;

    /// <summary>Retries after the first attempt; AWS's default is 3, and 0 means never retry.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The multiplier of the interval per retry; AWS's default is 2.0.</summary>
    public double BackoffRate { get; set; } = 2.0;

    public double? MaxDelaySeconds { get; set; }

    /// <summary><c>FULL</c> or <c>NONE</c> (the default).</summary>
    public string JitterStrategy { get; set; } = "NONE";
}

/// <summary>One element of a state's <c>Catch</c>.</summary>
internal sealed class Catcher
{
    public IReadOnlyList<string> ErrorEquals { get; set; } = [];

    public string Next { get; set; } = string.Empty;

    public string? ResultPath { get; set; } = "$";

    public JsonObject? Assign { get; set; }

    /// <summary>JSONata: the catcher's Output, or null for the default (the error output).</summary>
    public JsonNode? Output { get; set; }
}
