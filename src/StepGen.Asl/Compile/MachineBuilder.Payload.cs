using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Context;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Compile;

/// <summary>
/// Payloads: a state's Parameters or Arguments from JSON text or [Parameter] attributes, and the payload-template
/// rules of every JSON argument (SG1014, the '.$' keys, duplicate fields).
/// </summary>
internal sealed partial class MachineBuilder
{
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
                    _headers.CheckInText(state, parsed, state.At(field));
                    _credentials.CheckCredentialsInText(state, parsed, state.At(field));
                    _connection.CheckInText(state, parsed, state.At(field));
                    _runTimeHost.CheckInText(state, parsed, state.At(field));
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

            _paths.Check(pathValue, at with { Argument = ArgumentNames.Path }, $"Path of '{name}'", PathUse.PathOrIntrinsic, place: place);
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
                    _paths.Check(path.Value, pathAt, $"{field} field '{member.Key}'", PathUse.PathOrIntrinsic, precise: exact, place: place);
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
}
