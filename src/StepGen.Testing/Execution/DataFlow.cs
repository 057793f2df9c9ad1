using System;
using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;

namespace StepGen.Testing.Execution;

/// <summary>
/// The JSONPath data flow of a state ("Processing input and output in Step Functions"): InputPath, then
/// Parameters, then the work, then ResultSelector, ResultPath and OutputPath. The semantics of each step are
/// the ASL core's (<see cref="PathEvaluator"/>, <see cref="PayloadTemplateEvaluator"/>,
/// <see cref="ResultPathMerger"/>); this class only applies them in order, to a state's fields, and turns the
/// core's errors into state failures whose cause says which state and field, as AWS's do. JSONata states have
/// <see cref="JsonAtaDataFlow"/> instead.
/// </summary>
internal sealed class DataFlow : IDataFlow
{
    private readonly ExecutionRun _run;
    private readonly StateDefinition _state;
    private readonly Variables _variables;
    private readonly long _enteredEventId;
    private readonly DateTimeOffset _enteredTime;
    private readonly int _retryCount;
    private JsonObject? _context;

    public DataFlow(ExecutionRun run, StateDefinition state, Variables variables, long enteredEventId, DateTimeOffset enteredTime, int retryCount = 0)
    {
        _run = run;
        _state = state;
        _variables = variables;
        _enteredEventId = enteredEventId;
        _enteredTime = enteredTime;
        _retryCount = retryCount;
    }

    private DataFlow(DataFlow flow, JsonObject context)
        : this(flow._run, flow._state, flow._variables, flow._enteredEventId, flow._enteredTime, flow._retryCount)
    {
        _context = context;
    }

    /// <summary>
    /// The Context Object of the state (<c>$$</c>), built when first needed: most states of a long run never read
    /// it, and building it for each would cost more than running them.
    /// </summary>
    public JsonObject Context => _context ??= ContextObjects.For(_run, _state.Name, _enteredTime, _retryCount);

    public IDataFlow ForRetry(int retryCount) => new DataFlow(_run, _state, _variables, _enteredEventId, _enteredTime, retryCount);

    public IDataFlow WithContext(JsonObject context) => new DataFlow(this, context);

    /// <summary>InputPath: null gives <c>{}</c>; a path selects one value.</summary>
    public JsonNode Input(JsonNode raw) => Select(_state.InputPath, raw);

    /// <summary>Parameters over the effective input, or the effective input when there are none.</summary>
    public JsonNode Arguments(JsonNode effective) =>
        Template(_state is ResultStateDefinition withParameters ? withParameters.Parameters : null, effective);

    /// <summary>
    /// ResultSelector (Task, Parallel, Map), Assign over the selected result, ResultPath into the raw input (the
    /// states with a result), then OutputPath. A Succeed state assigns nothing; a matched Choice rule assigns only
    /// its own Assign.
    /// </summary>
    public JsonNode Output(JsonNode raw, JsonNode result, int? rule = null)
    {
        var withResult = _state as ResultStateDefinition;
        JsonNode selected = withResult is null or PassDefinition ? result : Template(withResult.ResultSelector, result);
        if (_state is not SucceedDefinition)
        {
            // A matched Choice rule's Assign, if any, and never the state's: "If a Choice Rule is chosen, the
            // interpreter evaluates the Choice Rule's "Assign" field, if any, and does not evaluate the state's
            // top-level "Assign" field" (the States Language, Choice State). The state's applies with Default.
            Assign(rule is int r && _state is ChoiceDefinition choice ? choice.Choices[r].Get("Assign") as JsonObject : _state.Assign, selected);
        }

        JsonNode merged = withResult is null ? selected : Merge(withResult.ResultPath, raw, selected);
        return Select(_state.OutputPath, merged);
    }

    /// <summary>The catcher's Assign over the error output, and its ResultPath into the raw input.</summary>
    public JsonNode Caught(int catcher, JsonNode raw, JsonObject errorOutput)
    {
        Catcher handler = ((ResultStateDefinition)_state).Catch[catcher];
        Assign(handler.Assign, errorOutput);
        return Merge(handler.ResultPath, raw, errorOutput);
    }

    public bool Matches(int rule, JsonNode effective)
    {
        try
        {
            return ChoiceRuleEvaluator.Matches(((ChoiceDefinition)_state).Choices[rule], Scope(effective));
        }
        catch (AslRuntimeException e)
        {
            throw Failure(e);
        }
    }

    public JsonNode ItemInput(JsonNode selector, JsonNode effective, int index, JsonNode item) =>
        new DataFlow(this, ContextObjects.WithMapItem(Context, index, item)).Template(selector, effective);

    public JsonNode Template(string field, JsonNode template, JsonNode effective) => Template(template, effective);

    public JsonNode Payload(JsonObject holder, string location, JsonNode effective) => Template(holder.Get("Parameters"), effective);

    /// <summary>
    /// What the field's <c>...Path</c> reads from the effective input. ErrorPath and CausePath may also hold an
    /// intrinsic function (the Fail state page), which a one-member payload template evaluates.
    /// </summary>
    public JsonNode? Computed(string field, JsonNode effective)
    {
        if (!_state.Computed.TryGetValue(field, out ComputedField? computed))
        {
            return null;
        }

        if (_state is FailDefinition && computed.Text.StartsWith("States.", StringComparison.Ordinal))
        {
            var template = new JsonObject();
            template.Add("v.$", new JsonString(computed.Text));
            return Template(template, effective) is JsonObject o ? o.Get("v") ?? JsonNode.Null : JsonNode.Null;
        }

        return Reference(computed.Text, effective);
    }

    /// <summary>States.Runtime, naming the path field: "SecondsPath gave -5, not a non-negative integer".</summary>
    public StateFailure Refused(string field, JsonNode value, string expected)
    {
        string written = _state.Computed.TryGetValue(field, out ComputedField? computed) ? computed.Field : field + "Path";
        return Failure(new AslRuntimeException(AslErrorNames.Runtime, $"{written} gave {JsonValues.Describe(value)}, not {expected}"));
    }

    /// <summary>A path may select any value for ErrorPath or CausePath; one that is not a string is used as its JSON text.</summary>
    public string TextOf(string field, JsonNode value) => JsonWriter.Write(value, indented: false);

    /// <summary>
    /// A core error as the state's failure. AWS's cause names the state and the event that entered it, then says
    /// what failed: "An error occurred while executing the state 'X' (entered at the event id #2). Invalid path
    /// '$.a' : No results for path: $['a']" (seen in execution histories; the developer guide does not document
    /// the text). The core's causes follow AWS's wording; where the runner words one itself, it names the field.
    /// </summary>
    public StateFailure Failure(AslRuntimeException e) => StateError(e.Error, _state.Name, _enteredEventId, e.Cause);

    /// <summary>A failure of state <paramref name="state"/> with AWS's cause prefix, for both query languages.</summary>
    public static StateFailure StateError(string error, string state, long enteredEventId, string cause) =>
        new StateFailure(error, $"An error occurred while executing the state '{state}' (entered at the event id #{enteredEventId}). {cause}");

    private EvaluationScope Scope(JsonNode input) =>
        new EvaluationScope(input, Context, _variables, _run.NextRandom, _run.NewGuid);

    /// <summary>A payload template (Parameters, ResultSelector, ItemSelector) over <paramref name="input"/>, or the input when there is none.</summary>
    private JsonNode Template(JsonNode? template, JsonNode input)
    {
        if (template is null)
        {
            return input;
        }

        try
        {
            return PayloadTemplateEvaluator.Evaluate(template, Scope(input));
        }
        catch (AslRuntimeException e)
        {
            throw Failure(e);
        }
    }

    /// <summary>ResultPath: where the result goes in the raw input (null keeps the input, <c>$</c> replaces it).</summary>
    private JsonNode Merge(string? resultPath, JsonNode raw, JsonNode result)
    {
        try
        {
            return ResultPathMerger.Apply(raw, result, resultPath);
        }
        catch (AslRuntimeException e)
        {
            throw Failure(e);
        }
    }

    /// <summary>
    /// Assign: every value is evaluated against <paramref name="input"/> and the variables as they were before the
    /// state, then all are set together (the guide: assignments in one Assign do not see each other).
    /// </summary>
    private void Assign(JsonObject? assign, JsonNode input)
    {
        if (assign is null)
        {
            return;
        }

        JsonNode values = Template(assign, input);
        if (values is JsonObject evaluated)
        {
            foreach (KeyValuePair<string, JsonNode> member in evaluated.Members)
            {
                _variables.Set(member.Key, member.Value);
            }
        }
    }

    /// <summary>A reference path read (SecondsPath, ErrorPath...), failing the state when it finds nothing.</summary>
    private JsonNode Reference(string path, JsonNode input)
    {
        try
        {
            return PathEvaluator.EvaluateReference(path, Scope(input));
        }
        catch (AslRuntimeException e)
        {
            throw Failure(e);
        }
    }

    private JsonNode Select(string? path, JsonNode value)
    {
        if (path is null)
        {
            return new JsonObject();
        }

        if (path == "$")
        {
            return value;
        }

        // Not only reference paths: the guide's InputPath example selects "$.a[0:2]".
        try
        {
            return PathEvaluator.Evaluate(path, Scope(value));
        }
        catch (AslRuntimeException e)
        {
            throw Failure(e);
        }
    }
}
