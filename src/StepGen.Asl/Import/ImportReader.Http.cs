using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary>
/// <see cref="ImportReader"/>: an HTTP task (<c>arn:aws:states:::http:invoke</c>) as <c>[HttpTask]</c> with its
/// fields, when every part of its Parameters (Arguments in JSONata) has an attribute form; else it stays a
/// <c>[Task]</c> with the payload as JSON text, which produces the same ASL and gets the text's HTTP checks.
/// </summary>
internal sealed partial class ImportReader
{


    /// <summary>Whether the task is an HTTP task that <c>[HttpTask]</c> and its field attributes can say exactly.</summary>
    private static bool IsHttpTask(JsonObject body, bool jsonAta)
    {
        if (body.Get("Resource") is not JsonString { Value: HttpTask.Resource }
            || body.ContainsKey("TimeoutSecondsPath") || body.ContainsKey("HeartbeatSecondsPath")
            || body.Get(jsonAta ? "Arguments" : "Parameters") is not JsonObject payload)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode> member in payload.Members)
        {
            bool dynamic = member.Key.EndsWith(".$", StringComparison.Ordinal);
            string field = dynamic ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            bool fits = field switch
            {
                "ApiEndpoint" or "Method" => member.Value is JsonString value && IsRunTime(value.Value, jsonAta) == dynamic,
                "Authentication" or "InvocationConfig" => !dynamic && IsConnection(member.Value, jsonAta),
                "Headers" or "QueryParameters" => !dynamic && member.Value is JsonObject { Count: > 0 } fields && AreFieldValues(fields, jsonAta),
                "RequestBody" => !dynamic,
                "Transform" => !dynamic && IsTransform(member.Value),
                _ => false,
            };

            if (!fits)
            {
                return false;
            }
        }

        // Without a connection it stays a [Task]: SG3013, a warning, as for the same call written in C# (the guide does not
        // say whether AWS refuses such a definition); [HttpTask] would make it SG3003, an error.
        return HttpTask.ConnectionsGiven(payload) == 1;
    }

    /// <summary>What the core writes under a <c>.$</c> key (HttpValue.IsRunTimePath): a path or an intrinsic, in JSONPath.</summary>
    private static bool IsRunTime(string value, bool jsonAta) =>
        !jsonAta && (PathParser.LooksLikePath(value) || value.StartsWith("States.", StringComparison.Ordinal));

    private static bool IsConnection(JsonNode value, bool jsonAta) =>
        value is JsonObject { Count: 1 } holder
        && holder.Members[0].Value is JsonString connection
        && (holder.Members[0].Key == "ConnectionArn" && !IsRunTime(connection.Value, jsonAta)
            || holder.Members[0].Key == "ConnectionArn.$" && IsRunTime(connection.Value, jsonAta));

    /// <summary>Headers or query parameters that [Header]/[QueryParameter] can each say: a scalar, or a path under a '.$' key.</summary>
    private static bool AreFieldValues(JsonObject fields, bool jsonAta)
    {
        foreach (KeyValuePair<string, JsonNode> field in fields.Members)
        {
            bool dynamic = field.Key.EndsWith(".$", StringComparison.Ordinal);
            bool fits = dynamic
                ? !jsonAta && field.Value is JsonString && field.Key.Length > 2 && !fields.ContainsKey(field.Key.Substring(0, field.Key.Length - 2))
                : field.Value.Kind is JsonNodeKind.String or JsonNodeKind.True or JsonNodeKind.False or JsonNodeKind.Null
                  || field.Value is JsonNumber number && IsPlainNumber(number);
            if (!fits || field.Key.Length == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A number an attribute argument writes back with the same text: an integer that fits a long.</summary>
    private static bool IsPlainNumber(JsonNumber number) =>
        long.TryParse(number.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static bool IsTransform(JsonNode value)
    {
        if (value is not JsonObject { Count: > 0 } transform)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode> member in transform.Members)
        {
            bool fits = member.Key switch
            {
                "RequestBodyEncoding" => member.Value is JsonString,
                "RequestEncodingOptions" => member.Value is JsonObject { Count: 1 } options && options.Get("ArrayFormat") is JsonString,
                _ => false,
            };

            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private void ReadHttpTask(StateReading state)
    {
        string payloadField = state.JsonAta ? "Arguments" : "Parameters";
        var payload = (JsonObject)state.Body.Get(payloadField)!;
        state.Done.Add(payloadField);
        AttributeBuilder attribute = state.Attribute;
        foreach (KeyValuePair<string, JsonNode> member in payload.Members)
        {
            string field = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            switch (field)
            {
                case "ApiEndpoint" or "Method":
                    ReadString(payload, member.Key, state.FieldPath(payloadField), attribute, field);
                    break;
                case "Authentication" or "InvocationConfig":
                    {
                        var holder = (JsonObject)member.Value;
                        var connection = (JsonString)holder.Members[0].Value;
                        attribute.Add(ArgumentNames.ConnectionArn, SourceValue.FromString(connection.Value), ImportSite.Of(connection));
                        if (field == "InvocationConfig")
                        {
                            attribute.Add(ArgumentNames.ConnectionField, new SourceValue(SourceValueKind.Enum, Integer: 1), ImportSite.Of(payload.KeySpan(member.Key)));
                        }

                        break;
                    }

                case "Headers":
                    ReadHttpFields(state, (JsonObject)member.Value, AttributeNames.Header);
                    break;
                case "QueryParameters":
                    ReadHttpFields(state, (JsonObject)member.Value, AttributeNames.QueryParameter);
                    break;
                case "RequestBody":
                    if (state.JsonAta)
                    {
                        ReadJsonAtaValue(payload, member.Key, attribute, ArgumentNames.RequestBody);
                    }
                    else
                    {
                        ReadJsonText(payload, member.Key, attribute, ArgumentNames.RequestBody);
                    }

                    break;
                case "Transform":
                    {
                        var transform = (JsonObject)member.Value;
                        if (transform.Get("RequestBodyEncoding") is JsonString encoding)
                        {
                            attribute.Add(ArgumentNames.RequestBodyEncoding, SourceValue.FromString(encoding.Value), ImportSite.Of(encoding));
                        }

                        if (transform.Get("RequestEncodingOptions") is JsonObject options && options.Get("ArrayFormat") is JsonString format)
                        {
                            attribute.Add(ArgumentNames.ArrayFormat, SourceValue.FromString(format.Value), ImportSite.Of(format));
                        }

                        break;
                    }
            }
        }
    }

    /// <summary>One [Header] or [QueryParameter] per member: (name, value), or (name, Path = ...) for a '.$' key.</summary>
    private void ReadHttpFields(StateReading state, JsonObject fields, string attributeName)
    {
        foreach (KeyValuePair<string, JsonNode> field in fields.Members)
        {
            ImportSite keySite = ImportSite.Of(fields.KeySpan(field.Key));
            AttributeBuilder attribute = state.NewExtra(attributeName, keySite, _sites);
            bool dynamic = field.Key.EndsWith(".$", StringComparison.Ordinal);
            string name = dynamic ? field.Key.Substring(0, field.Key.Length - 2) : field.Key;
            attribute.Add(ArgumentNames.NameParameter, SourceValue.FromString(name), keySite, constructorArgument: true);
            ImportSite valueSite = field.Value is JsonString text ? ImportSite.Of(text) : keySite;
            if (dynamic)
            {
                attribute.Add(ArgumentNames.Path, SourceValue.FromString(((JsonString)field.Value).Value), valueSite);
            }
            else
            {
                attribute.Add(ArgumentNames.ValueParameter, ScalarValue(field.Value), valueSite, constructorArgument: true);
            }
        }
    }

    private static SourceValue ScalarValue(JsonNode value) => value switch
    {
        JsonString text => SourceValue.FromString(text.Value),
        JsonNumber number => SourceValue.FromInteger(long.Parse(number.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture)),
        _ => value.Kind switch
        {
            JsonNodeKind.True => SourceValue.FromBoolean(true),
            JsonNodeKind.False => SourceValue.FromBoolean(false),
            _ => SourceValue.Null,
        },
    };
}
