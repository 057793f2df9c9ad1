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
/// core's errors into state failures whose cause says which state and field, as AWS's do.
/// </summary>
internal sealed class DataFlow
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

    /// <summary>The same state on retry number <paramref name="retryCount"/> (<c>$$.State.RetryCount</c>).</summary>
    public DataFlow ForRetry(int retryCount) => new DataFlow(_run, _state, _variables, _enteredEventId, _enteredTime, retryCount);

    /// <summary>This flow with another Context Object (one with <c>Task.Token</c> or <c>Map.Item</c>).</summary>
    public DataFlow WithContext(JsonObject context) => new DataFlow(this, context);

    public EvaluationScope Scope(JsonNode input) =>
        new EvaluationScope(input, Context, _variables, _run.NextRandom, _run.NewGuid);

    /// <summary>InputPath: null gives <c>{}</c>; a path selects one value.</summary>
    public JsonNode Input(JsonNode raw) => Select(_state.InputPath, raw);

    /// <summary>OutputPath: null gives <c>{}</c>; a path selects one value.</summary>
    public JsonNode Output(JsonNode output) => Select(_state.OutputPath, output);

    /// <summary>A payload template (Parameters, ResultSelector, ItemSelector) over <paramref name="input"/>, or the input when there is none.</summary>
    public JsonNode Template(JsonNode? template, JsonNode input)
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
    public JsonNode Merge(string? resultPath, JsonNode raw, JsonNode result)
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
    public void Assign(JsonObject? assign, JsonNode input)
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
    public JsonNode Reference(string path, JsonNode input)
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

    /// <summary>
    /// A count or duration a <c>...Path</c> field reads (SecondsPath, MaxItemsPath, ToleratedFailureCountPath...): a
    /// non-negative whole number, or the state fails naming the field.
    /// </summary>
    public long WholeNumber(string path, JsonNode input, string field)
    {
        JsonNode value = Reference(path, input);
        return value is JsonNumber n && JsonValues.TryGetWholeNumber(n, out long whole) && whole >= 0
            ? whole
            : throw Failure(new AslRuntimeException(AslErrorNames.Runtime, $"{field} gave {JsonValues.Describe(value)}, not a non-negative integer"));
    }

    /// <summary>Whether a Choice rule matches <paramref name="input"/>.</summary>
    public bool Matches(JsonObject rule, JsonNode input)
    {
        try
        {
            return ChoiceRuleEvaluator.Matches(rule, Scope(input));
        }
        catch (AslRuntimeException e)
        {
            throw Failure(e);
        }
    }

    /// <summary>
    /// A core error as the state's failure. AWS's cause names the state and the event that entered it, then says
    /// what failed: "An error occurred while executing the state 'X' (entered at the event id #2). Invalid path
    /// '$.a' : No results for path: $['a']" (seen in execution histories; the developer guide does not document
    /// the text). The core's causes follow AWS's wording; where the runner words one itself, it names the field.
    /// </summary>
    public StateFailure Failure(AslRuntimeException e) =>
        new StateFailure(
            e.Error,
            $"An error occurred while executing the state '{_state.Name}' (entered at the event id #{_enteredEventId}). {e.Cause}");

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
