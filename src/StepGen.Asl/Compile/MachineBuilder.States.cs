using System;
using System.Collections.Generic;
using StepGen.Asl.Conditions;
using StepGen.Asl.Context;
using StepGen.Asl.Intrinsics;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using StepGen.Asl.Text;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Compile;

/// <summary>How a path field is read (ASL-SPEC 2.1).</summary>
internal enum PathUse
{
    /// <summary>A Path: InputPath, OutputPath. May select several nodes and read the context object.</summary>
    Path,

    /// <summary>A Path or an intrinsic function call: the value of a <c>.$</c> key.</summary>
    PathOrIntrinsic,

    /// <summary>A Reference Path that is read: TimeoutSecondsPath, SecondsPath... One node only.</summary>
    Reference,

    /// <summary>A Reference Path or a string-returning intrinsic: ErrorPath, CausePath.</summary>
    ReferenceOrIntrinsic,

    /// <summary>ResultPath: a Reference Path into the state's input; never the context object or a variable.</summary>
    Result,
}

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

        AddPathField(state, json, "InputPath", PathUse.Path);

        JsonObject? payload = state.Kind == StateKind.HttpTask ? BuildHttpParameters(state) : null;
        payload = MergeParameters(state, payload);
        if (payload is not null && (state.Kind == StateKind.HttpTask || Args.String(attribute.Get(ArgumentNames.Resource)) == HttpTask.Resource))
        {
            CheckRequestEncoding(state, payload);
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

        AddPathField(state, json, "ResultPath", PathUse.Result);
        AddPathField(state, json, "OutputPath", PathUse.Path);
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

    private void AddPathField(StateEntry state, JsonObject json, string field, PathUse use)
    {
        SourceArgument? argument = state.Attribute.Get(field);
        if (argument is null || !FieldRules.Allows(state.Kind, field, state.JsonAta))
        {
            return;
        }

        if (Args.IsNull(argument))
        {
            json.Add(field, J.Null);
            return;
        }

        string? value = Args.String(argument);
        if (value is null)
        {
            return;
        }

        CheckPath(value, state.At(field), field, use);
        json.Add(field, J.Str(value));
    }

    /// <summary>Checks a path value; returns false when it does not parse.</summary>
    /// <param name="precise">False for a value inside JSON text: offsets in the value are not offsets in the argument,
    /// so the whole argument is underlined.</param>
    /// <param name="place">Where the value is written, for the '$$' fields that exist only in some places.</param>
    private bool CheckPath(string value, FieldRef at, string field, PathUse use, bool precise = true, ContextPlace place = ContextPlace.Elsewhere)
    {
        if (Substitutions.IsWholeSubstitution(value))
        {
            return true;
        }

        if (use is PathUse.PathOrIntrinsic or PathUse.ReferenceOrIntrinsic && value.StartsWith("States.", StringComparison.Ordinal))
        {
            return CheckIntrinsic(value, at, field, mustReturnString: use == PathUse.ReferenceOrIntrinsic, precise, place);
        }

        PathParseResult parsed = PathParser.Parse(value);
        if (!parsed.Success)
        {
            string expected = use is PathUse.PathOrIntrinsic or PathUse.ReferenceOrIntrinsic
                ? "a JSONPath such as '$.order.id' or an intrinsic function such as States.Format(...)"
                : "a JSONPath such as '$.order.id'";
            Report(Rules.PathSyntax, $"{field} '{value}' is not a valid path: {parsed.Error}; expected {expected}.", Span(at, parsed.ErrorOffset, parsed.ErrorLength, precise));
            return false;
        }

        if (use is PathUse.Reference or PathUse.ReferenceOrIntrinsic or PathUse.Result && !parsed.IsReferencePath)
        {
            Report(Rules.ReferencePath, $"{field} '{value}' must be a Reference Path that selects one node; remove wildcards, filters, slices, unions and '..'.", at);
            return false;
        }

        if (use == PathUse.Result && parsed.Root != PathRoot.Input)
        {
            Report(Rules.ReferencePath, $"{field} '{value}' must write into the state's input ('$...'); it cannot target {(parsed.Root == PathRoot.Context ? "the context object ('$$')" : "a variable (use Assign)")}.", at);
            return false;
        }

        CheckContextPath(parsed, at, precise, place);
        return true;
    }

    /// <summary>
    /// SG2003 when a '$$' path names a field the context object does not have. <paramref name="at"/>'s offset is
    /// where the path starts inside the argument's string (-1: the whole string is the path).
    /// </summary>
    private void CheckContextPath(PathParseResult parsed, FieldRef at, bool precise, ContextPlace place)
    {
        if (parsed.Success && parsed.Root == PathRoot.Context
            && (ContextObject.Check(parsed) ?? ContextObject.CheckPlace(parsed, place)) is TextProblem problem)
        {
            Report(Rules.ContextField, problem.Message, Span(at, problem.Offset, problem.Length, precise), suggestion: problem.Suggestion);
        }
    }

    /// <summary>
    /// SG2004 for a bad intrinsic function call, SG2007 for one that should produce a string and does not; paths inside
    /// it are checked like any path.
    /// </summary>
    private bool CheckIntrinsic(string value, FieldRef at, string field, bool mustReturnString, bool precise, ContextPlace place)
    {
        IntrinsicParseResult parsed = IntrinsicParser.Parse(value);
        if (!parsed.Success || parsed.Call is null)
        {
            Report(Rules.IntrinsicFunction, Sentence($"{field} '{value}' is not a valid intrinsic function call: {parsed.Error}"), Span(at, parsed.ErrorOffset, parsed.ErrorLength, precise));
            return false;
        }

        bool ok = true;
        foreach (TextProblem problem in IntrinsicChecker.Check(parsed.Call))
        {
            Report(Rules.IntrinsicFunction, Sentence($"{field}: {problem.Message}"), Span(at, problem.Offset, problem.Length, precise), suggestion: problem.Suggestion);
            ok = false;
        }

        if (mustReturnString && !IntrinsicChecker.ReturnsString(parsed.Call.Name))
        {
            // Only AWS's language-service schema states this rule; no Step Functions page does: SG2007, a warning.
            Report(Rules.NonStringErrorOrCause, $"{field} should produce a string, and {parsed.Call.Name} does not; use States.Format, States.JsonToString or another function that returns a string.", Span(at, parsed.Call.NameOffset, parsed.Call.NameLength, precise));
        }

        CheckIntrinsicPaths(parsed.Call, at, 0, precise, place);
        return ok;
    }

    /// <summary>Ends a message with a full stop unless it already ends with one or a question mark.</summary>
    private static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith("?", StringComparison.Ordinal) ? text : text + ".";

    private void CheckIntrinsicPaths(IntrinsicCall call, FieldRef at, int depth, bool precise, ContextPlace place)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (IntrinsicArgument argument in call.Arguments)
        {
            if (argument.Path is PathParseResult path)
            {
                CheckContextPath(path, precise ? at.WithSpan(Math.Max(0, at.Offset) + argument.Offset, argument.Length) : at, precise, place);
            }
            else if (argument.Call is IntrinsicCall nested)
            {
                CheckIntrinsicPaths(nested, at, depth + 1, precise, place);
            }
        }
    }

    /// <summary>
    /// The state's Parameters (JSONPath) or Arguments (JSONata): what the HTTP task built, the JSON text of the
    /// field, or the [Parameter] attributes.
    /// </summary>
    private JsonObject? MergeParameters(StateEntry state, JsonObject? built)
    {
        string field = state.PayloadField;
        if (!FieldRules.Allows(state.Kind, field, state.JsonAta))
        {
            return built;
        }

        // A Map's Parameters is the older name of its ItemSelector; a callback task's payload can read the task token.
        ContextPlace place = state.Kind == StateKind.Map ? ContextPlace.MapItemSelector
            : state.Kind == StateKind.Task && Args.String(state.Attribute.Get(ArgumentNames.Resource)) is string resource && resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal) ? ContextPlace.CallbackTaskPayload
            : ContextPlace.Elsewhere;
        JsonObject? result = built;
        SourceArgument? text = state.Attribute.Get(field);
        bool hasFieldAttributes = false;
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            hasFieldAttributes |= extra.Value.Name == AttributeNames.Parameter;
        }

        if (text is not null)
        {
            if (hasFieldAttributes)
            {
                Report(Rules.FieldNotAllowed, $"'{state.Name}' sets both {field} JSON text and [Parameter] attributes; use one of the two.", state.At(field));
            }

            if (ParseJsonArgument(text, state.At(field), field, requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta, place: place) is JsonObject parsed)
            {
                if (state.Kind == StateKind.HttpTask || Args.String(state.Attribute.Get(ArgumentNames.Resource)) == HttpTask.Resource)
                {
                    CheckHeadersInText(state, parsed, state.At(field));
                    _credentials.CheckCredentialsInText(state, parsed, state.At(field));
                    CheckConnectionInText(state, parsed, state.At(field));
                    CheckRunTimeHostInText(state, parsed, state.At(field));
                }

                if (result is null)
                {
                    result = parsed;
                }
                else
                {
                    foreach (KeyValuePair<string, JsonNode> member in parsed.Members)
                    {
                        AddTemplateField(result, member.Key, member.Value, state.At(field), field);
                    }
                }
            }

            if (hasFieldAttributes)
            {
                return result;
            }
        }

        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.Parameter)
            {
                result ??= new JsonObject();
                AddFieldAttribute(state, result, extra.Value, state.AtExtra(extra.Key), field, place);
            }
        }

        return result;
    }

    /// <summary>
    /// Adds one <c>[Parameter]</c>/<c>[Header]</c>/<c>[QueryParameter]</c>/<c>[Body]</c> field: <c>(name, value)</c>
    /// emits <c>"name": value</c>, <c>(name, Path = "...")</c> emits <c>"name.$": "..."</c>.
    /// </summary>
    private void AddFieldAttribute(StateEntry state, JsonObject target, SourceAttribute attribute, FieldRef at, string container, ContextPlace place = ContextPlace.Elsewhere)
    {
        string? name = Args.String(attribute.Get(ArgumentNames.NameParameter));
        if (string.IsNullOrEmpty(name))
        {
            Report(Rules.RequiredField, $"[{attribute.Name}] needs a field name as its first argument.", at with { Argument = attribute.Get(ArgumentNames.NameParameter) is null ? null : ArgumentNames.NameParameter });
            return;
        }

        SourceArgument? path = attribute.Get(ArgumentNames.Path);
        SourceArgument? value = attribute.Get(ArgumentNames.ValueParameter);
        if (path is not null)
        {
            if (value is not null)
            {
                Report(Rules.FieldNotAllowed, $"[{attribute.Name}(\"{name}\")] has both a value and a Path; keep one.", at with { Argument = ArgumentNames.Path });
            }

            string? pathValue = Args.String(path);
            if (pathValue is null)
            {
                return;
            }

            if (state.JsonAta)
            {
                Report(Rules.FieldNotAllowed, $"Path is JSONPath and '{state.Name}' uses JSONata; give [{attribute.Name}(\"{name}\", \"{{% $states.input... %}}\")] a JSONata expression as its value instead.", at with { Argument = ArgumentNames.Path });
                return;
            }

            CheckPath(pathValue, at with { Argument = ArgumentNames.Path }, $"Path of '{name}'", PathUse.PathOrIntrinsic, place: place);
            AddTemplateField(target, name + ".$", J.Str(pathValue), at with { Argument = ArgumentNames.NameParameter }, container);
            return;
        }

        JsonNode json = value is null ? J.Null : ToJson(value.Value) ?? J.Null;
        AddTemplateField(target, name!, json, at with { Argument = ArgumentNames.NameParameter }, container);
    }

    private void AddTemplateField(JsonObject target, string key, JsonNode value, FieldRef at, string container)
    {
        string bare = key.EndsWith(".$", StringComparison.Ordinal) ? key.Substring(0, key.Length - 2) : key;
        if (target.ContainsKey(bare) || target.ContainsKey(bare + ".$"))
        {
            Report(Rules.FieldNotAllowed, $"{container} already has a field '{bare}'; each field may appear once (a value or a '.$' path, not both).", at);
            return;
        }

        target.Add(key, value);
    }

    private static JsonNode? ToJson(SourceValue value)
    {
        switch (value.Kind)
        {
            case SourceValueKind.Null:
                return J.Null;
            case SourceValueKind.String:
            case SourceValueKind.Type:
                return J.Str(value.Text ?? string.Empty);
            case SourceValueKind.Boolean:
                return J.Bool(value.Boolean);
            case SourceValueKind.Integer:
            case SourceValueKind.Enum:
                return J.Num(value.Integer);
            case SourceValueKind.Double:
                return J.Num(value.Double);
            case SourceValueKind.Array:
                var array = new JsonArray();
                foreach (SourceValue item in value.Items)
                {
                    if (ToJson(item) is JsonNode node)
                    {
                        array.Add(node);
                    }
                }

                return array;
            default:
                return null;
        }
    }

    /// <summary>Parses a JSON text argument, reporting SG1014 at the fault; payload templates get their '.$' values checked.</summary>
    private JsonNode? ParseJsonArgument(SourceArgument argument, FieldRef at, string field, bool requireObject, bool payloadTemplate = false, bool jsonAta = false, ContextPlace place = ContextPlace.Elsewhere)
    {
        string? text = Args.String(argument);
        if (text is null)
        {
            return Args.IsNull(argument) ? J.Null : null;
        }

        JsonParseResult parsed = JsonParser.Parse(text);
        if (!parsed.Success)
        {
            Report(Rules.BadJson, $"{field} is not valid JSON: {parsed.Error} (character {parsed.ErrorOffset + 1}).", at.WithSpan(parsed.ErrorOffset, Math.Max(1, parsed.ErrorLength)));
            return null;
        }

        JsonNode value = parsed.Value!;
        if (requireObject && value is not JsonObject)
        {
            Report(Rules.BadJson, $"{field} must be a JSON object such as {{ \"key\": \"value\" }}, not a {Describe(value)}.", at);
            return null;
        }

        if (payloadTemplate)
        {
            CheckPayloadTemplate(value, at, field, 0, jsonAta, place);
        }

        return value;
    }

    private static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Array => "JSON array",
        JsonNodeKind.String => "JSON string",
        JsonNodeKind.Number => "number",
        JsonNodeKind.True or JsonNodeKind.False => "boolean",
        JsonNodeKind.Null => "null",
        _ => "JSON object",
    };

    /// <summary>Checks every '.$' key of a payload template (ASL-SPEC 2.3). Depth is bounded by the parser.</summary>
    private void CheckPayloadTemplate(JsonNode node, FieldRef at, string field, int depth, bool jsonAta, ContextPlace place)
    {
        if (depth > 128)
        {
            return;
        }

        if (node is JsonArray array)
        {
            foreach (JsonNode item in array.Items)
            {
                CheckPayloadTemplate(item, at, field, depth + 1, jsonAta, place);
            }

            return;
        }

        if (node is JsonString { Value: var text } expression && jsonAta && text.StartsWith("{%", StringComparison.Ordinal) && !FieldRules.IsJsonAtaExpression(text))
        {
            Report(Rules.BadJson, $"{field} has a JSONata expression that starts with '{{%' but does not end with '%}}': '{text}'.", InJson(at, expression.Span, text.Length).At);
            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> member in obj.Members)
        {
            bool dynamic = member.Key.EndsWith(".$", StringComparison.Ordinal);
            string bare = dynamic ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            FieldRef keyAt = InJson(at, obj.KeySpan(member.Key), member.Key.Length).At;
            if (!seen.Add(bare))
            {
                Report(Rules.BadJson, $"{field} has both '{bare}' and '{bare}.$'; after the '.$' suffix is removed the keys collide.", keyAt);
            }

            if (dynamic && jsonAta)
            {
                Report(Rules.FieldNotAllowed, $"{field} field '{member.Key}' ends with '.$', which JSONata states do not use; write \"{bare}\": \"{{% ... %}}\" instead.", keyAt);
            }
            else if (dynamic)
            {
                if (member.Value is JsonString path)
                {
                    (FieldRef pathAt, bool exact) = InJson(at, path.Span, path.Value.Length);
                    CheckPath(path.Value, pathAt, $"{field} field '{member.Key}'", PathUse.PathOrIntrinsic, precise: exact, place: place);
                }
                else
                {
                    Report(Rules.PathSyntax, $"{field} field '{member.Key}' ends with '.$', so its value must be a path or intrinsic function string, not a {Describe(member.Value)}.", keyAt);
                }
            }
            else
            {
                CheckPayloadTemplate(member.Value, at, field, depth + 1, jsonAta, place);
            }
        }
    }

    private void AddTaskTimeouts(StateEntry state, JsonObject json)
    {
        long? timeout = AddSecondsOrPath(state, json, "TimeoutSeconds", mustBeBelow: null);
        AddSecondsOrPath(state, json, "HeartbeatSeconds", mustBeBelow: timeout);
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

        if (path is not null && !state.JsonAta && CheckPath(path, state.At(pathField), pathField, PathUse.Reference))
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
                CheckPath(path, state.At(field), field, PathUse.Reference);
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
                CheckPath(path, state.At(field + "Path"), field + "Path", PathUse.ReferenceOrIntrinsic);
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
