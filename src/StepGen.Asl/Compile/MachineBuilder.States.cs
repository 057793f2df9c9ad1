using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Conditions;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

/// <summary>
/// Writes one state's JSON, field by field, in the order the ASL lists them; the checkers in <c>Checks/Structure/</c>
/// (fields, timeouts, Wait, transitions) report what is wrong with each, at the point it is written.
/// </summary>
internal sealed partial class MachineBuilder
{
    private JsonObject BuildState(StateEntry state)
    {
        var json = new JsonObject();
        SourceAttribute attribute = state.Attribute;
        json.Add("Type", J.Str(state.Kind.AslType()));
        // Written when the state says it, even when it repeats the machine's: a definition read from JSON keeps it.
        if (state.JsonAta != _jsonAta || attribute.Get(ArgumentNames.QueryLanguage) is not null)
        {
            json.Add("QueryLanguage", J.Str(state.JsonAta ? "JSONata" : "JSONPath"));
        }

        _stateFields.CheckAllowed(state);

        if (Args.String(attribute, ArgumentNames.Comment) is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        if (state.Kind == StateKind.Task)
        {
            _stateFields.CheckResource(state);
            if (Args.String(attribute.Get(ArgumentNames.Resource)) is string resource && resource.Length > 0)
            {
                json.Add("Resource", J.Str(resource));
            }
        }
        else if (state.Kind == StateKind.HttpTask)
        {
            json.Add("Resource", J.Str(HttpTask.Resource));
        }

        if (state.Kind == StateKind.Map)
        {
            AddMapItems(state, json);
        }

        AddPathField(state, json, ArgumentNames.InputPath, PathUse.Path);

        JsonObject? payload = state.Kind == StateKind.HttpTask ? BuildHttpParameters(state) : null;
        if (state.JsonAta && state.Kind != StateKind.HttpTask && attribute.Get(ArgumentNames.Arguments) is SourceArgument whole
            && Args.String(whole)?.TrimStart().StartsWith("{%", StringComparison.Ordinal) == true)
        {
            // Arguments as one JSONata expression ("Arguments": "{% $states.input %}"), as published AWS samples write it.
            if (ParseJsonAtaValue(whole, state.At(ArgumentNames.Arguments), "Arguments") is JsonNode expression)
            {
                json.Add("Arguments", expression);
            }
        }
        else
        {
            payload = MergeParameters(state, payload);
        }

        if (payload is not null && (state.Kind == StateKind.HttpTask || Args.String(attribute.Get(ArgumentNames.Resource)) == HttpTask.Resource))
        {
            _requestEncoding.Check(state, payload);
        }

        if (payload is not null)
        {
            json.Add(state.PayloadField, payload);
        }

        if (state.Kind == StateKind.Pass && !state.JsonAta && attribute.Get(ArgumentNames.Result) is SourceArgument result)
        {
            JsonNode? value = ParseJsonArgument(result, state.At(ArgumentNames.Result), "Result", requireObject: false);
            if (value is not null)
            {
                json.Add("Result", value);
            }
        }

        switch (state.Kind)
        {
            case StateKind.Task:
            case StateKind.HttpTask:
                AddTaskTimeouts(state, json);
                break;
            case StateKind.Wait:
                AddWait(state, json);
                break;
            case StateKind.Fail:
                AddFail(state, json);
                break;
            case StateKind.Choice:
                AddChoices(state, json);
                break;
            case StateKind.Parallel:
                AddBranches(state, json);
                break;
            case StateKind.Map:
                AddItemProcessor(state, json);
                break;
        }

        if (FieldRules.Allows(state.Kind, "ResultSelector", state.JsonAta) && attribute.Get(ArgumentNames.ResultSelector) is SourceArgument selector)
        {
            JsonNode? value = ParseJsonArgument(selector, state.At(ArgumentNames.ResultSelector), "ResultSelector", requireObject: true, payloadTemplate: true, jsonAta: false);
            if (value is not null)
            {
                json.Add("ResultSelector", value);
            }
        }

        AddPathField(state, json, ArgumentNames.ResultPath, PathUse.Result);
        AddPathField(state, json, ArgumentNames.OutputPath, PathUse.Path);
        AddRetriesAndCatches(state, json);

        if (state.JsonAta && FieldRules.Allows(state.Kind, "Output", true) && attribute.Get(ArgumentNames.Output) is SourceArgument output)
        {
            JsonNode? value = ParseJsonAtaValue(output, state.At(ArgumentNames.Output), "Output");
            if (value is not null)
            {
                json.Add("Output", value);
            }
        }

        if (FieldRules.Allows(state.Kind, "Assign", state.JsonAta) && attribute.Get(ArgumentNames.Assign) is SourceArgument assign)
        {
            JsonNode? value = ParseJsonArgument(assign, state.At(ArgumentNames.Assign), "Assign", requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta);
            if (value is JsonObject variables)
            {
                _stateFields.CheckVariableNames(variables, state.At(ArgumentNames.Assign));
                json.Add("Assign", value);
            }
        }

        AddTransition(state, json);
        AddAslFields(state, json);
        return json;
    }

    /// <summary>
    /// The state's [AslField]s: fields StepGen has no property for, copied as they are once StepGen's own fields are
    /// written, so that one that repeats a field StepGen writes is found.
    /// </summary>
    private void AddAslFields(StateEntry state, JsonObject json)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name != AttributeNames.AslField)
            {
                continue;
            }

            FieldRef at = state.AtExtra(extra.Key);
            string? name = Args.String(extra.Value.Get(ArgumentNames.NameParameter));
            FieldRef nameAt = at with { Argument = ArgumentNames.NameParameter };
            if (string.IsNullOrEmpty(name))
            {
                Report(Rules.RequiredField, "[AslField] needs the field's name as its first argument, e.g. [AslField(\"Credentials\", \"\"\"{ \"RoleArn\": \"...\" }\"\"\")].", at);
                continue;
            }

            if (json.ContainsKey(name!))
            {
                Report(Rules.FieldNotAllowed, $"'{state.Name}' already has the field {name}, which StepGen writes from the state's own attributes; set it there and remove this [AslField].", nameAt);
                continue;
            }

            if (FieldRules.WhyNotStateField(state.Kind, name!, state.JsonAta) is string why)
            {
                Report(Rules.FieldNotAllowed, $"{why} ('{state.Name}'); remove it.", nameAt);
                continue;
            }

            if (extra.Value.Get(ArgumentNames.JsonParameter) is SourceArgument value
                && ParseJsonArgument(value, at with { Argument = ArgumentNames.JsonParameter }, name!, requireObject: false) is JsonNode parsed)
            {
                json.Add(name!, parsed);
            }
        }
    }

    /// <summary>
    /// A JSONata value: one <c>{% ... %}</c> expression (emitted as a string) or JSON text whose strings may be
    /// expressions.
    /// </summary>
    private JsonNode? ParseJsonAtaValue(SourceArgument argument, FieldRef at, string field)
    {
        string? text = Args.String(argument);
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        if (trimmed.StartsWith("{%", StringComparison.Ordinal))
        {
            if (!FieldRules.IsJsonAtaExpression(trimmed))
            {
                Report(Rules.BadJson, $"{field} starts a JSONata expression with '{{%' but does not end it with '%}}'.", at);
                return null;
            }

            return J.Str(trimmed);
        }

        return ParseJsonArgument(argument, at, field, requireObject: false, payloadTemplate: true, jsonAta: true);
    }

    private void AddTaskTimeouts(StateEntry state, JsonObject json)
    {
        long? timeout = AddSecondsOrPath(state, json, ArgumentNames.TimeoutSeconds, mustBeBelow: null);
        AddSecondsOrPath(state, json, ArgumentNames.HeartbeatSeconds, mustBeBelow: timeout);
        _httpTimeLimit.Check(state, timeout);
    }

    /// <summary>
    /// Emits a task's <c>{field}</c> (a positive number of seconds) or its <c>{field}Path</c> (a reference path),
    /// never both; returns the constant value when there is one.
    /// </summary>
    private long? AddSecondsOrPath(StateEntry state, JsonObject json, string field, long? mustBeBelow)
    {
        string pathField = field + "Path";
        long? seconds = Args.Integer(state.Attribute.Get(field));
        string? path = Args.String(state.Attribute.Get(pathField));
        if (seconds is long value)
        {
            _timeouts.CheckTaskSeconds(state, field, value, mustBeBelow, pathGiven: path is not null);
            json.Add(field, J.Num(value));
            return value;
        }

        if (path is not null && !state.JsonAta && _paths.Check(path, state.At(pathField), pathField, PathUse.Reference))
        {
            json.Add(pathField, J.Str(path));
        }

        return null;
    }

    private void AddWait(StateEntry state, JsonObject json)
    {
        _wait.Check(state);
        SourceAttribute attribute = state.Attribute;
        if (Args.Integer(attribute.Get(ArgumentNames.Seconds)) is long seconds)
        {
            json.Add("Seconds", J.Num(seconds));
        }

        if (Args.String(attribute.Get(ArgumentNames.Timestamp)) is string timestamp)
        {
            json.Add("Timestamp", J.Str(timestamp));
        }

        foreach (string field in new[] { "SecondsPath", "TimestampPath" })
        {
            if (!state.JsonAta && Args.String(attribute.Get(field)) is string path)
            {
                _paths.Check(path, state.At(field), field, PathUse.Reference);
                json.Add(field, J.Str(path));
            }
        }
    }

    private void AddFail(StateEntry state, JsonObject json)
    {
        SourceAttribute attribute = state.Attribute;
        foreach (string field in new[] { "Error", "Cause" })
        {
            string? value = Args.String(attribute.Get(field));
            string? path = Args.String(attribute.Get(field + "Path"));
            _stateFields.CheckFailField(state, field);
            if (value is not null)
            {
                json.Add(field, J.Str(value));
            }
            else if (path is not null && !state.JsonAta)
            {
                _paths.Check(path, state.At(field + "Path"), field + "Path", PathUse.ReferenceOrIntrinsic);
                json.Add(field + "Path", J.Str(path));
            }
        }
    }

    private void AddTransition(StateEntry state, JsonObject json)
    {
        _transitions.Check(state);
        if (!state.Kind.MustContinue())
        {
            return;
        }

        if (Args.String(state.Attribute.Get(ArgumentNames.Next)) is string next)
        {
            json.Add("Next", J.Str(ResolveTransition(state, next, state.At(ArgumentNames.Next), "Next")));
        }
        else if (Args.Boolean(state.Attribute.Get(ArgumentNames.End)) == true)
        {
            json.Add("End", J.Bool(true));
        }
    }

    /// <summary>Resolves a transition to an ASL state name, recording the edge or reporting SG1004.</summary>
    private string ResolveTransition(StateEntry from, string reference, FieldRef at, string field)
    {
        StateEntry? target = from.Scope.Resolve(reference);
        if (target is null)
        {
            from.Scope.HasUnresolved = true;
            string message = UnknownStateMessage(from.Scope, field, reference, out string? suggestion);
            Report(Rules.UnknownState, message, at, suggestion: suggestion);
            return reference;
        }

        from.Targets.Add(target.Name);
        return target.Name;
    }
}
