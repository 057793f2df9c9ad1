using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Asl.Variables;
using StepGen.Testing.Definition;
using StepGen.Testing.History;
using StepGen.Testing.JsonAta;

namespace StepGen.Testing.Execution;

/// <summary>
/// The JSONata data flow of a state ("Transforming data with JSONata in Step Functions"; the States Language's
/// "JSONata Concepts"; ASL-SPEC 2.6): the state works on its raw input; Arguments give a Task's payload and a
/// Parallel's branch input; Output (default: the result of a Task, Map or Parallel, else the input) and Assign
/// end the state. Any <c>{% %}</c> string, as a whole field or anywhere inside Arguments, Output, Assign,
/// ItemSelector or Items, is an expression over <c>$states</c> and the workflow variables; other values are
/// literal JSON. Which <c>$states</c> fields each field sees is <see cref="StatesFields"/>, the table the analyzer
/// checks against.
/// </summary>
/// <remarks>
/// <para>Every expression sees the variables as they were when the state was entered: Assign is evaluated with
/// the rest of the state's fields and its values are set only when the state ends (ASL-SPEC 2.5).</para>
/// <para>An expression that fails, gives a value of the wrong type or out of its field's range, or gives nothing
/// (undefined), fails the state with <c>States.QueryEvaluationError</c>, which Retry and Catch handle (the States
/// Language's "JSONata Runtime Errors": "A JSONata expression may fail to return a result [...] which is an error
/// because JSON cannot represent an undefined value"; its Appendix A says the same). That holds for an expression
/// nested in an object or array of a field too ("the interpreter evaluates the JSONata expression and then
/// replaces it with the result", "JSONata Evaluation"): the member is not dropped. An AWS execution that failed
/// so reads "The JSONata expression '$states.input.pushLocation' specified for the field
/// 'Arguments/Input/pushLocation' returned nothing (undefined)." after the usual "An error occurred while executing
/// the state" prefix (umccr's data-sharing service keeps one in a comment); the location names object members
/// with '/', and array elements here with [i]. Inside one expression, JSONata's own rules hold: an object
/// constructor leaves out a key whose value is undefined.</para>
/// <para>Neither the guide nor the specification gives the wording for an expression that throws, nor for a
/// wrongly typed result; those causes are the runner's, in the same form, with the JSONata error code and message.
/// Each failure also writes the EvaluationFailed history event of the API reference.</para>
/// </remarks>
internal sealed class JsonAtaDataFlow : IDataFlow
{
    private readonly ExecutionRun _run;
    private readonly StateDefinition _state;
    private readonly Strand _strand;
    private readonly long _enteredEventId;
    private readonly DateTimeOffset _enteredTime;
    private readonly int _retryCount;
    private JsonObject? _context;

    public JsonAtaDataFlow(ExecutionRun run, StateDefinition state, Strand strand, long enteredEventId)
        : this(run, state, strand, enteredEventId, strand.Now, 0, null)
    {
    }

    private JsonAtaDataFlow(ExecutionRun run, StateDefinition state, Strand strand, long enteredEventId, DateTimeOffset enteredTime, int retryCount, JsonObject? context)
    {
        _run = run;
        _state = state;
        _strand = strand;
        _enteredEventId = enteredEventId;
        _enteredTime = enteredTime;
        _retryCount = retryCount;
        _context = context;
    }

    public JsonObject Context => _context ??= ContextObjects.For(_run, _state.Name, _enteredTime, _retryCount);

    public IDataFlow ForRetry(int retryCount) => new JsonAtaDataFlow(_run, _state, _strand, _enteredEventId, _enteredTime, retryCount, null);

    public IDataFlow WithContext(JsonObject context) => new JsonAtaDataFlow(_run, _state, _strand, _enteredEventId, _enteredTime, _retryCount, context);

    /// <summary>A JSONata state has no InputPath: it works on its raw input (<c>$states.input</c>).</summary>
    public JsonNode Input(JsonNode raw) => raw;

    /// <summary>Arguments over <c>$states.input</c> and <c>$states.context</c>; without them, the input.</summary>
    public JsonNode Arguments(JsonNode effective) =>
        _state is ResultStateDefinition { Arguments: JsonNode arguments }
            ? Evaluate(arguments, "Arguments", States(effective, Place("Arguments")))
            : effective;

    /// <summary>
    /// Output and Assign over <c>$states.input</c>, <c>$states.context</c> and, in a Task, Map or Parallel,
    /// <c>$states.result</c>. A matched Choice rule's Output and Assign take the place of the state's, absent or
    /// not: "If a Choice Rule is chosen, the value of its "Output" field, if any, will become the state output [...]
    /// If an "Output" field is not provided, the state input is passed through", and the rule's "Assign", if any,
    /// is evaluated, not the state's (the States Language, Choice State). The state's own apply with Default.
    /// </summary>
    public JsonNode Output(JsonNode raw, JsonNode result, int? rule = null)
    {
        JsonObject? ruleJson = rule is int r && _state is ChoiceDefinition choice ? choice.Choices[r] : null;
        string at = ruleJson is null ? string.Empty : $"Choices[{rule!.Value.ToString(CultureInfo.InvariantCulture)}]/";
        JsonNode? outputField = ruleJson is null ? _state.Output : ruleJson.Get("Output");
        JsonObject? assignField = ruleJson is null ? _state.Assign : ruleJson.Get("Assign") as JsonObject;
        StatesPlace place = Place("Output");
        StatesValues states = States(raw, place, result: result);

        JsonNode output = outputField is null
            ? place == StatesPlace.Result ? result : raw
            : Evaluate(outputField, at + "Output", states);
        if (_state is not SucceedDefinition)
        {
            Assign(assignField, at + "Assign", states);
        }

        return output;
    }

    /// <summary>The catcher's Output (default: the error output) and Assign, over <c>$states.errorOutput</c> and <c>$states.input</c>.</summary>
    public JsonNode Caught(int catcher, JsonNode raw, JsonObject errorOutput)
    {
        Catcher handler = ((ResultStateDefinition)_state).Catch[catcher];
        string at = $"Catch[{catcher.ToString(CultureInfo.InvariantCulture)}]/";
        StatesValues states = States(raw, StatesFields.PlaceOf(_state.Type, "Output", inCatch: true), errorOutput: errorOutput);
        JsonNode output = handler.Output is JsonNode template ? Evaluate(template, at + "Output", states) : errorOutput;
        Assign(handler.Assign, at + "Assign", states);
        return output;
    }

    /// <summary>The rule's Condition: true, false, or an expression that must give a boolean.</summary>
    public bool Matches(int rule, JsonNode effective)
    {
        string at = $"Choices[{rule.ToString(CultureInfo.InvariantCulture)}]/Condition";
        JsonNode condition = ((ChoiceDefinition)_state).Choices[rule].Get("Condition")!;
        JsonNode value = Evaluate(condition, at, States(effective, Place("Condition")));
        return value.Kind switch
        {
            JsonNodeKind.True => true,
            JsonNodeKind.False => false,
            _ => throw WrongType(condition, at, value, "a boolean"),
        };
    }

    /// <summary>ItemSelector over <c>$states.input</c> (the Map's input) and <c>$states.context.Map.Item</c>.</summary>
    public JsonNode ItemInput(JsonNode selector, JsonNode effective, int index, JsonNode item)
    {
        var flow = (JsonAtaDataFlow)WithContext(ContextObjects.WithMapItem(Context, index, item));
        return flow.Evaluate(selector, "ItemSelector", flow.States(effective, Place("ItemSelector")));
    }

    public JsonNode Template(string field, JsonNode template, JsonNode effective) =>
        Evaluate(template, field, States(effective, Place(field)));

    /// <summary>An ItemReader's (or ResultWriter's) Arguments; without them, the input.</summary>
    public JsonNode Payload(JsonObject holder, string location, JsonNode effective) =>
        holder.Get("Arguments") is JsonNode arguments
            ? Evaluate(arguments, location + "/Arguments", States(effective, Place("Arguments")))
            : effective;

    public JsonNode? Computed(string field, JsonNode effective) =>
        _state.Computed.TryGetValue(field, out ComputedField? computed)
            ? EvaluateText(computed.Text, computed.Field, States(effective, Place(field)))
            : null;

    public StateFailure Refused(string field, JsonNode value, string expected) =>
        _state.Computed.TryGetValue(field, out ComputedField? computed)
            ? Error(computed.Field, $"The JSONata expression '{computed.Text}' specified for the field '{computed.Field}' returned {Shown(value)}, not {expected}.")
            : Error(field, $"The field '{field}' gave {Shown(value)}, not {expected}.");

    public string TextOf(string field, JsonNode value) => throw Refused(field, value, "a string");

    public StateFailure Failure(AslRuntimeException e) => DataFlow.StateError(e.Error, _state.Name, _enteredEventId, e.Cause);

    /// <summary>Where <paramref name="field"/> of the state reads <c>$states</c> from: one table for the analyzer and the runner.</summary>
    private StatesPlace Place(string field) => StatesFields.PlaceOf(_state.Type, field, inCatch: false);

    /// <summary>
    /// What <c>$states</c> holds for one field: only the members <see cref="StatesFields"/> gives that place. Each
    /// evaluation binds only the members its expression reads (<see cref="CompiledExpression.ReadsStates"/>).
    /// </summary>
    private StatesValues States(JsonNode input, StatesPlace place, JsonNode? result = null, JsonNode? errorOutput = null) =>
        new StatesValues(this, input, place, result, errorOutput);

    /// <summary>
    /// Assign: every value evaluated with the variables of the state's entry (the other fields of the state have
    /// been evaluated too by now), then all set together.
    /// </summary>
    private void Assign(JsonObject? assign, string location, StatesValues states)
    {
        if (assign is null)
        {
            return;
        }

        var values = (JsonObject)Evaluate(assign, location, states);
        foreach (KeyValuePair<string, JsonNode> member in values.Members)
        {
            _strand.Variables.Set(member.Key, member.Value);
        }
    }

    /// <summary>A field's JSON with each <c>{% %}</c> string replaced by its value, at any depth.</summary>
    private JsonNode Evaluate(JsonNode template, string location, StatesValues states)
    {
        switch (template)
        {
            case JsonString when JsonAtaExpressions.TryGetText(template, out string text):
                return EvaluateText(text, location, states);
            case JsonObject o:
                {
                    var evaluated = new JsonObject();
                    foreach (KeyValuePair<string, JsonNode> member in o.Members)
                    {
                        evaluated.Add(member.Key, Evaluate(member.Value, location + "/" + member.Key, states));
                    }

                    return evaluated;
                }

            case JsonArray a:
                {
                    var evaluated = new JsonArray();
                    for (int i = 0; i < a.Count; i++)
                    {
                        evaluated.Add(Evaluate(a[i]!, location + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", states));
                    }

                    return evaluated;
                }

            default:
                return template;
        }
    }

    private JsonNode EvaluateText(string text, string location, StatesValues states)
    {
        JsonNode? value;
        try
        {
            CompiledExpression expression = _run.Expressions.Get(text);
            var options = new JsonAtaOptions { Now = _strand.Now, Random = _run.Random, NewGuid = _run.NewGuid };

            // No input document: a JSONata state's expressions read $states and variables, never $ (ASL-SPEC 2.6).
            value = expression.Expression.Evaluate(null, Bindings(expression, states), options);
        }
        catch (JsonAtaException e)
        {
            string position = e.Position >= 0 ? " at position " + e.Position.ToString(CultureInfo.InvariantCulture) : string.Empty;
            throw Error(location, $"The JSONata expression '{text}' specified for the field '{location}' threw an error: {e.Code}{position}: {e.Message}");
        }

        return value ?? throw Error(location, $"The JSONata expression '{text}' specified for the field '{location}' returned nothing (undefined).");
    }

    private StateFailure WrongType(JsonNode written, string location, JsonNode value, string expected) =>
        JsonAtaExpressions.TryGetText(written, out string text)
            ? Error(location, $"The JSONata expression '{text}' specified for the field '{location}' returned {Shown(value)}, not {expected}.")
            : Error(location, $"The field '{location}' is {Shown(value)}, not {expected}.");

    /// <summary>A value in a cause: its JSON when short, else what kind of value it is.</summary>
    private static string Shown(JsonNode value)
    {
        string json = JsonWriter.Write(value, indented: false);
        return json.Length <= 80 ? json : JsonValues.Describe(value);
    }

    /// <summary>
    /// A failed evaluation: the state's failure, and the EvaluationFailed event AWS's history has for it (the API
    /// reference's EvaluationFailedEventDetails: the state, the error, the cause and the location of the field).
    /// </summary>
    private StateFailure Error(string location, string cause)
    {
        StateFailure failure = DataFlow.StateError(AslErrorNames.QueryEvaluationError, _state.Name, _enteredEventId, cause);
        _strand.History.Add(
            _strand,
            "EvaluationFailed",
            "evaluationFailedEventDetails",
            HistoryRecorder.Details(("state", _state.Name), ("error", failure.Error), ("cause", failure.Cause), ("location", location)));
        return failure;
    }

    /// <summary>
    /// The names <paramref name="expression"/> can read: <c>$states</c> with the members it reads, and the workflow
    /// variables in scope that it may read. What it cannot read is left out, because the evaluator converts every
    /// binding before it starts.
    /// </summary>
    private Dictionary<string, JsonNode> Bindings(CompiledExpression expression, StatesValues states)
    {
        var bindings = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> variable in _strand.Variables)
        {
            if (expression.MayRead(variable.Key))
            {
                bindings[variable.Key] = variable.Value;
            }
        }

        bindings["states"] = states.For(expression);
        return bindings;
    }

    /// <summary>The members of <c>$states</c> at one place of one evaluation of a state.</summary>
    private readonly struct StatesValues
    {
        private readonly JsonAtaDataFlow _flow;
        private readonly JsonNode _input;
        private readonly StatesPlace _place;
        private readonly JsonNode? _result;
        private readonly JsonNode? _errorOutput;

        public StatesValues(JsonAtaDataFlow flow, JsonNode input, StatesPlace place, JsonNode? result, JsonNode? errorOutput)
        {
            _flow = flow;
            _input = input;
            _place = place;
            _result = result;
            _errorOutput = errorOutput;
        }

        /// <summary><c>$states</c> with the members Step Functions provides at this place that the expression reads.</summary>
        public JsonObject For(CompiledExpression expression)
        {
            var states = new JsonObject();
            foreach (string field in StatesFields.All)
            {
                if (!StatesFields.IsAvailable(field, _place) || !expression.ReadsStates(field))
                {
                    continue;
                }

                JsonNode? value = field switch
                {
                    StatesFields.Input => _input,
                    StatesFields.Result => _result,
                    StatesFields.ErrorOutput => _errorOutput,
                    StatesFields.Context => Context(expression),
                    _ => null,
                };
                if (value != null)
                {
                    states.Add(field, value);
                }
            }

            return states;
        }

        /// <summary>The context object, with only the members the expression reads.</summary>
        private JsonObject Context(CompiledExpression expression)
        {
            JsonObject context = _flow.Context;
            var read = new JsonObject();
            foreach (KeyValuePair<string, JsonNode> member in context.Members)
            {
                if (expression.ReadsContext(member.Key))
                {
                    read.Add(member.Key, member.Value);
                }
            }

            return read.Count == context.Count ? context : read;
        }
    }
}
