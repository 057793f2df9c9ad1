using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Conditions;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

internal sealed partial class MachineBuilder
{
    private JsonObject BuildState(StateEntry state)
    {
        var json = new JsonObject();
        SourceAttribute attribute = state.Attribute;
        json.Add("Type", J.Str(state.Kind.AslType()));
        if (state.JsonAta != _jsonAta)
        {
            json.Add("QueryLanguage", J.Str(state.JsonAta ? "JSONata" : "JSONPath"));
        }

        CheckFieldsAllowed(state);

        if (Args.String(attribute, ArgumentNames.Comment) is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        if (state.Kind == StateKind.Task)
        {
            SourceArgument? resource = attribute.Get(ArgumentNames.Resource);
            string? value = Args.String(resource);
            if (string.IsNullOrEmpty(value))
            {
                Report(Rules.RequiredField, $"The Task state '{state.Name}' has no Resource; set the ARN it runs, e.g. Resource = \"arn:aws:states:::lambda:invoke\".", resource is null ? state.At() : state.At(ArgumentNames.Resource));
            }
            else
            {
                json.Add("Resource", J.Str(value!));
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
        payload = MergeParameters(state, payload);
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
                CheckVariableNames(variables, state.At(ArgumentNames.Assign));
                json.Add("Assign", value);
            }
        }

        AddTransition(state, json);
        return json;
    }

    /// <summary>SG1015 for every common field or attribute that this state type or query language does not take.</summary>
    private void CheckFieldsAllowed(StateEntry state)
    {
        foreach (SourceArgument argument in state.Attribute.Arguments)
        {
            if (argument.IsConstructorArgument || argument.Name is "Next" or "End" or "QueryLanguage" or "Name" or "Comment")
            {
                continue;
            }

            if (FieldRules.WhyNotAllowed(state.Kind, argument.Name, state.JsonAta) is string why)
            {
                Report(Rules.FieldNotAllowed, $"{why} ('{state.Name}'); remove it.", state.At(argument.Name));
            }
        }

        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            string name = extra.Value.Name;
            bool allowed = name switch
            {
                AttributeNames.Parameter => FieldRules.Allows(state.Kind, state.PayloadField, state.JsonAta),
                AttributeNames.Header or AttributeNames.QueryParameter or AttributeNames.Body => state.Kind == StateKind.HttpTask,
                AttributeNames.Retry or AttributeNames.Catch => state.Kind.AllowsRetryCatch(),
                AttributeNames.When => state.Kind == StateKind.Choice,
                _ => false,
            };

            if (allowed)
            {
                continue;
            }

            if (name is AttributeNames.StateMachine or AttributeNames.Branch or AttributeNames.IamStatement or AttributeNames.HttpEndpoint)
            {
                Report(Rules.Declaration, $"[{name}] does not belong on the state class {state.ClassName}; put it on {(name == AttributeNames.IamStatement ? "the state machine class" : "a class of its own")}.", state.AtExtra(extra.Key));
            }
            else
            {
                string where = name switch
                {
                    AttributeNames.Header or AttributeNames.QueryParameter or AttributeNames.Body => "only an [HttpTask] takes it",
                    AttributeNames.Retry or AttributeNames.Catch => "only Task, Parallel and Map states retry and catch errors",
                    AttributeNames.When => "only a [Choice] state has rules",
                    _ => $"this state type has no {state.PayloadField}",
                };
                Report(Rules.FieldNotAllowed, $"[{name}] is not allowed on the {state.Kind.AslType()} state '{state.Name}': {where}.", state.AtExtra(extra.Key));
            }
        }
    }

    /// <summary>Variable names in Assign (ASL-SPEC 2.5): identifiers of at most 80 characters, never 'states'.</summary>
    private void CheckVariableNames(JsonObject variables, FieldRef at)
    {
        foreach (KeyValuePair<string, JsonNode> member in variables.Members)
        {
            string name = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            string? problem = name == "states"
                ? "Assign cannot set 'states': the name is reserved for $states"
                : name.Length == 0 || name.Length > 80 || !(char.IsLetter(name[0]) || name[0] == '_') || !IsIdentifierTail(name)
                    ? $"Assign cannot set '{name}': a variable name is a letter or '_' followed by letters, digits or '_', at most 80 characters"
                    : null;
            if (problem is not null)
            {
                Report(Rules.RequiredField, problem + ".", at);
            }
        }
    }

    private static bool IsIdentifierTail(string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
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
        bool http = state.Kind == StateKind.HttpTask || Args.String(state.Attribute.Get(ArgumentNames.Resource)) == HttpTask.Resource;
        if (http && timeout > HttpTask.RequestSecondsLimit)
        {
            Report(Rules.HttpTimeLimit, $"TimeoutSeconds is {timeout}, but Step Functions gives an HTTP request at most {HttpTask.RequestSecondsLimit} seconds: a slower endpoint fails with States.Http.Socket after {HttpTask.RequestSecondsLimit} s whatever TimeoutSeconds says, and a [Retry] or [Catch] for States.Timeout does not see it. Set TimeoutSeconds to {HttpTask.RequestSecondsLimit} or less, and retry States.Http.Socket, or have the API answer at once and finish the work in the background.", state.At(ArgumentNames.TimeoutSeconds));
        }
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
            if (value <= 0 || value > 99999999)
            {
                Report(Rules.Timeouts, $"{field} is {value}; it must be a positive number of seconds no larger than 99999999.", state.At(field));
            }
            else if (mustBeBelow is long limit && value >= limit)
            {
                Report(Rules.Timeouts, $"{field} ({value}) must be smaller than TimeoutSeconds ({limit}), or the task times out before its first heartbeat is due.", state.At(field));
            }

            if (path is not null)
            {
                Report(Rules.Timeouts, $"{field} and {pathField} are both set; keep one.", state.At(pathField));
            }

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
        SourceAttribute attribute = state.Attribute;
        var given = new List<string>();
        foreach (string field in new[] { "Seconds", "Timestamp", "SecondsPath", "TimestampPath" })
        {
            if (attribute.Get(field) is not null)
            {
                given.Add(field);
            }
        }

        if (given.Count != 1)
        {
            string message = given.Count == 0
                ? $"The Wait state '{state.Name}' needs exactly one of Seconds, Timestamp, SecondsPath or TimestampPath; it has none."
                : $"The Wait state '{state.Name}' needs exactly one of Seconds, Timestamp, SecondsPath or TimestampPath; it has {string.Join(" and ", given)}.";
            Report(Rules.WaitDuration, message, given.Count == 0 ? state.At() : state.At(given[1]));
        }

        if (Args.Integer(attribute.Get(ArgumentNames.Seconds)) is long seconds)
        {
            if (seconds < 0 || seconds > 99999999)
            {
                Report(Rules.Timeouts, $"Seconds is {seconds}; a Wait lasts from 0 to 99999999 seconds.", state.At(ArgumentNames.Seconds));
            }

            json.Add("Seconds", J.Num(seconds));
        }

        if (Args.String(attribute.Get(ArgumentNames.Timestamp)) is string timestamp)
        {
            if (!Substitutions.IsWholeSubstitution(timestamp) && !(state.JsonAta && FieldRules.IsJsonAtaExpression(timestamp))
                && TimestampLiteral.Check(timestamp) is string why)
            {
                Report(Rules.RequiredField, $"Timestamp '{timestamp}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z: {why}.", state.At(ArgumentNames.Timestamp));
            }

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
            if (value is not null && path is not null && !state.JsonAta)
            {
                Report(Rules.FieldNotAllowed, $"{field} and {field}Path are both set on '{state.Name}'; keep one.", state.At(field + "Path"));
            }

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
        SourceArgument? next = state.Attribute.Get(ArgumentNames.Next);
        SourceArgument? end = state.Attribute.Get(ArgumentNames.End);
        string? nextValue = Args.String(next);
        bool endValue = Args.Boolean(end) == true;

        if (!state.Kind.MustContinue())
        {
            string why = state.Kind == StateKind.Choice
                ? "a Choice state continues through its [When] rules and Default"
                : $"a {state.Kind} state ends the execution";
            if (next is not null)
            {
                Report(Rules.TransitionNotAllowed, $"Next is not allowed on '{state.Name}': {why}; remove it.", state.At(ArgumentNames.Next));
            }

            if (end is not null)
            {
                Report(Rules.TransitionNotAllowed, $"End is not allowed on '{state.Name}': {why}; remove it.", state.At(ArgumentNames.End));
            }

            return;
        }

        if (nextValue is not null && endValue)
        {
            Report(Rules.NextAndEnd, $"'{state.Name}' has both Next and End = true; a state either continues or ends, so keep one.", state.At(ArgumentNames.End));
        }
        else if (nextValue is null && !endValue)
        {
            Report(Rules.MissingTransition, $"'{state.Name}' has neither Next nor End; add Next = nameof(<the following state>) or End = true.", end is null ? state.At() : state.At(ArgumentNames.End), suggestion: FollowingState(state));
        }

        if (nextValue is not null)
        {
            json.Add("Next", J.Str(ResolveTransition(state, nextValue, state.At(ArgumentNames.Next), "Next")));
        }
        else if (endValue)
        {
            json.Add("End", J.Bool(true));
        }
    }

    /// <summary>The class of the state declared after this one, which a code fix may offer as Next.</summary>
    private string? FollowingState(StateEntry state)
    {
        List<StateEntry> states = state.Scope.States;
        int index = states.IndexOf(state);
        return index >= 0 && index + 1 < states.Count ? states[index + 1].ClassName : null;
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
