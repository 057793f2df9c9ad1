using System;
using System.Collections.Generic;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

internal sealed partial class MachineBuilder
{
    /// <summary>Builds an HTTP task's Parameters: endpoint, method, connection, headers, query and body.</summary>
    private JsonObject BuildHttpParameters(StateEntry state)
    {
        SourceAttribute attribute = state.Attribute;
        var parameters = new JsonObject();

        SourceEndpoint? declaration = ResolveEndpoint(state);
        if (declaration is not null && HttpField(state, declaration, "Response", "Response") is { Argument.Value: { Kind: SourceValueKind.Type, Text: string response } responseType } responseField)
        {
            if (responseType.Boolean)
            {
                _httpResponses[state.Name] = response;
            }
            else
            {
                Report(Rules.RequiredField, $"Response = typeof({Display(response)}) cannot be the type of the public ResponseBody property StepGen generates: it is void, an open generic type or not public. Name a public type, or leave Response out to read the body as JSON.", responseField.At);
            }
        }

        (SourceArgument? endpointArgument, FieldRef endpointAt) = HttpField(state, declaration, "ApiEndpoint", "apiEndpoint");
        string? endpoint = Args.String(endpointArgument);
        if (endpoint is null)
        {
            string message = declaration is null
                ? $"The HTTP task '{state.Name}' has no ApiEndpoint; set the https:// URL it calls, or Endpoint = typeof(...) naming an [HttpEndpoint] declaration."
                : $"The [HttpEndpoint] {declaration.ClassName} has no URL; write the https:// URL it calls, e.g. [HttpEndpoint(\"https://api.example.com/items\")].";
            Report(Rules.HttpEndpoint, message, endpointArgument is null && declaration is null ? state.At() : endpointAt);
        }
        else if (!IsJsonAtaDynamic(state, endpoint) && IsDynamic(state, endpoint))
        {
            CheckPath(endpoint, endpointAt, "ApiEndpoint", PathUse.PathOrIntrinsic);
            parameters.Add("ApiEndpoint.$", J.Str(endpoint));
        }
        else
        {
            if (!IsJsonAtaDynamic(state, endpoint) && HttpTask.EndpointProblem(endpoint) is string problem)
            {
                Report(Rules.HttpEndpoint, $"ApiEndpoint '{endpoint}' is not usable: {problem}; write an absolute https:// URL or a ${{Substitution}}.", endpointAt);
            }

            parameters.Add("ApiEndpoint", J.Str(endpoint));
        }

        (SourceArgument? methodArgument, FieldRef methodAt) = HttpField(state, declaration, "Method", "Method");
        string? method = Args.String(methodArgument);
        if (method is null)
        {
            string owner = declaration is null ? $"The HTTP task '{state.Name}'" : $"The [HttpEndpoint] {declaration.ClassName}";
            Report(Rules.HttpMethod, $"{owner} has no Method; set Method = one of {string.Join(", ", HttpTask.Methods)}.", methodArgument is null && declaration is null ? state.At() : methodAt);
        }
        else if (!IsJsonAtaDynamic(state, method) && IsDynamic(state, method))
        {
            CheckPath(method, methodAt, "Method", PathUse.PathOrIntrinsic);
            parameters.Add("Method.$", J.Str(method));
        }
        else
        {
            if (!IsJsonAtaDynamic(state, method) && !Substitutions.IsWholeSubstitution(method) && Array.IndexOf(HttpTask.Methods, method) < 0)
            {
                string upper = method.ToUpperInvariant();
                string hint = Array.IndexOf(HttpTask.Methods, upper) >= 0 ? $"write it in upper case: \"{upper}\"" : $"use one of {string.Join(", ", HttpTask.Methods)}";
                Report(Rules.HttpMethod, $"Method '{method}' is not accepted by the HTTP task; {hint}.", methodAt, suggestion: Array.IndexOf(HttpTask.Methods, upper) >= 0 ? upper : null);
            }

            parameters.Add("Method", J.Str(method));
        }

        (SourceArgument? connectionArgument, FieldRef connectionAt) = HttpField(state, declaration, "ConnectionArn", "ConnectionArn");
        string? connection = Args.String(connectionArgument);
        if (connection is null)
        {
            string owner = declaration is null ? $"The HTTP task '{state.Name}'" : $"The [HttpEndpoint] {declaration.ClassName}";
            Report(Rules.HttpConnection, $"{owner} has no ConnectionArn; every HTTP task authorizes through an EventBridge connection, e.g. ConnectionArn = \"${{MyApiConnectionArn}}\".", connectionArgument is null && declaration is null ? state.At() : connectionAt);
        }
        else
        {
            var authentication = new JsonObject();
            if (!IsJsonAtaDynamic(state, connection) && IsDynamic(state, connection))
            {
                CheckPath(connection, connectionAt, "ConnectionArn", PathUse.PathOrIntrinsic);
                authentication.Add("ConnectionArn.$", J.Str(connection));
            }
            else
            {
                if (!IsJsonAtaDynamic(state, connection) && !Substitutions.StartsWithSubstitution(connection) && !HttpTask.IsConnectionArn(connection))
                {
                    Report(Rules.HttpConnection, $"ConnectionArn '{connection}' is not an EventBridge connection ARN; expected arn:aws:events:<region>:<account>:connection/<name>/<id> or a ${{Substitution}}.", connectionAt);
                }

                authentication.Add("ConnectionArn", J.Str(connection));
            }

            parameters.Add("Authentication", authentication);
        }

        AddHttpFields(state, parameters, "Header", "Headers");
        AddHttpFields(state, parameters, "QueryParameter", "QueryParameters");
        AddHttpBody(state, parameters, method);
        if (declaration is not null)
        {
            CheckBodyAgainstEndpoint(state, declaration, parameters.Get("RequestBody"));
        }

        var transform = new JsonObject();
        if (Args.String(attribute.Get("RequestBodyEncoding")) is string encoding)
        {
            CheckOneOf(encoding, HttpTask.BodyEncodings, state.At("RequestBodyEncoding"), "RequestBodyEncoding");
            transform.Add("RequestBodyEncoding", J.Str(encoding));
        }

        if (Args.String(attribute.Get("ArrayFormat")) is string arrayFormat)
        {
            CheckOneOf(arrayFormat, HttpTask.ArrayFormats, state.At("ArrayFormat"), "ArrayFormat");
            var options = new JsonObject();
            options.Add("ArrayFormat", J.Str(arrayFormat));
            transform.Add("RequestEncodingOptions", options);
        }

        if (transform.Count > 0)
        {
            parameters.Add("Transform", transform);
        }

        CheckCredentials(state, parameters);
        return parameters;
    }

    /// <summary>The [HttpEndpoint] type of <c>Endpoint = typeof(T)</c>, or null (with SG1016 when it is not one).</summary>
    private SourceEndpoint? ResolveEndpoint(StateEntry state)
    {
        SourceArgument? argument = state.Attribute.Get("Endpoint");
        if (argument?.Value is not { Kind: SourceValueKind.Type, Text: string key })
        {
            return null;
        }

        if (!_endpoints.TryGetValue(key, out SourceEndpoint? endpoint))
        {
            Report(Rules.RequiredField, $"Endpoint names {Display(key)}, which is not marked [HttpEndpoint(\"https://...\")]; mark it, or set ApiEndpoint, Method and ConnectionArn on the task.", state.At("Endpoint"));
            return null;
        }

        foreach (string field in new[] { "ApiEndpoint", "Method", "ConnectionArn" })
        {
            if (state.Attribute.Get(field) is not null)
            {
                Report(Rules.FieldNotAllowed, $"'{state.Name}' takes its {field} from Endpoint = typeof({endpoint.ClassName}); remove {field} here, or drop Endpoint.", state.At(field));
            }
        }

        return endpoint;
    }

    /// <summary>A field of the HTTP call: from the [HttpEndpoint] declaration when there is one, else from the task.</summary>
    private (SourceArgument? Argument, FieldRef At) HttpField(StateEntry state, SourceEndpoint? declaration, string taskField, string endpointField)
    {
        if (declaration is null)
        {
            return (state.Attribute.Get(taskField), state.At(taskField));
        }

        for (int i = 0; i < declaration.Attributes.Count; i++)
        {
            if (declaration.Attributes[i].Name == "HttpEndpoint")
            {
                return (declaration.Attributes[i].Get(endpointField), new FieldRef(null, i, endpointField, Scope: declaration.Key));
            }
        }

        return (null, state.At("Endpoint"));
    }

    /// <summary>SG3006: the body's fields must be properties of the endpoint's type, and its required ones must be there.</summary>
    private void CheckBodyAgainstEndpoint(StateEntry state, SourceEndpoint endpoint, JsonNode? body)
    {
        if (endpoint.Properties.Count == 0)
        {
            return;
        }

        var known = new List<string>();
        foreach (SourceProperty property in endpoint.Properties)
        {
            known.Add(property.JsonName);
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name != "Body" || Args.String(extra.Value.Get("name")) is not string name)
            {
                continue;
            }

            given.Add(name);
            if (!known.Contains(name))
            {
                string? closest = Names.Closest(name, known);
                string hint = closest is null ? $"its fields are {string.Join(", ", known)}" : $"did you mean '{closest}'?";
                Report(Rules.EndpointBody, $"[Body(\"{name}\")] is not a field of {endpoint.ClassName}, the request body of '{state.Name}'; {hint}", state.AtExtra(extra.Key, "name"), suggestion: closest);
            }
        }

        if (body is JsonObject obj && given.Count == 0 && !state.JsonAta)
        {
            foreach (KeyValuePair<string, JsonNode> member in obj.Members)
            {
                string name = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
                given.Add(name);
                if (!known.Contains(name))
                {
                    Report(Rules.EndpointBody, $"RequestBody field '{name}' is not a field of {endpoint.ClassName}; its fields are {string.Join(", ", known)}.", state.At("RequestBody"));
                }
            }
        }

        var missing = new List<string>();
        foreach (SourceProperty property in endpoint.Properties)
        {
            if (property.IsRequired && !given.Contains(property.JsonName))
            {
                missing.Add(property.JsonName);
            }
        }

        if (missing.Count > 0 && !(state.JsonAta && body is JsonString))
        {
            Report(Rules.EndpointBody, $"The request body of '{state.Name}' lacks the required field{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} of {endpoint.ClassName}; add [Body(\"{missing[0]}\", ...)].", state.At("Endpoint"));
        }
    }

    /// <summary>A value read at run time: a path (not a <c>${Substitution}</c>) or an intrinsic function call.</summary>
    private static bool IsDynamic(StateEntry state, string value) =>
        !state.JsonAta && (PathParser.LooksLikePath(value) || value.StartsWith("States.", StringComparison.Ordinal));

    /// <summary>A value computed at run time in a JSONata state: kept as it is, under the plain field name.</summary>
    private static bool IsJsonAtaDynamic(StateEntry state, string value) => state.JsonAta && value.StartsWith("{%", StringComparison.Ordinal);

    private void CheckOneOf(string value, string[] allowed, FieldRef at, string field)
    {
        if (Array.IndexOf(allowed, value) < 0)
        {
            Report(Rules.RequiredField, $"{field} is '{value}'; the accepted values are {string.Join(", ", allowed)}.", at);
        }
    }

    private void AddHttpFields(StateEntry state, JsonObject parameters, string attributeName, string field)
    {
        JsonObject? target = null;
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name != attributeName)
            {
                continue;
            }

            FieldRef at = state.AtExtra(extra.Key);
            if (attributeName == "Header" && Args.String(extra.Value.Get("name")) is string header)
            {
                CheckHeader(state, header, at with { Argument = "name" });
            }

            target ??= new JsonObject();
            AddFieldAttribute(state, target, extra.Value, at, field);
        }

        if (target is not null)
        {
            parameters.Add(field, target);
        }
    }

    /// <summary>SG3004: a header the HTTP task refuses (error), or one it replaces with its own value (warning).</summary>
    private void CheckHeader(StateEntry state, string header, FieldRef at)
    {
        if (HttpTask.HeaderProblem(header) is string problem)
        {
            Report(Rules.HttpHeader, $"The header '{header}' cannot be sent from '{state.Name}': {problem}.", at);
        }
        else if (HttpTask.HeaderOverride(header) is string replaced)
        {
            Report(Rules.HttpHeader, $"The header '{header}' of '{state.Name}' has no effect: {replaced}. Remove it.", at, ProblemSeverity.Warning);
        }
    }

    /// <summary>SG3004 for the headers written in an HTTP task's Parameters/Arguments JSON text rather than with [Header].</summary>
    private void CheckHeadersInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        if (payload.Get("Headers") is not JsonObject headers)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> member in headers.Members)
        {
            string name = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            CheckHeader(state, name, InJson(at, headers.KeySpan(member.Key), member.Key.Length).At);
        }
    }

    private void AddHttpBody(StateEntry state, JsonObject parameters, string? method)
    {
        SourceArgument? text = state.Attribute.Get("RequestBody");
        JsonObject? fields = null;
        FieldRef? firstField = null;
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == "Body")
            {
                FieldRef at = state.AtExtra(extra.Key);
                firstField ??= at;
                fields ??= new JsonObject();
                AddFieldAttribute(state, fields, extra.Value, at, "RequestBody");
            }
        }

        JsonNode? body = null;
        FieldRef? bodyAt = null;
        if (text is not null)
        {
            if (fields is not null)
            {
                Report(Rules.FieldNotAllowed, $"'{state.Name}' sets both RequestBody JSON text and [Body] fields; use one of the two.", state.At("RequestBody"));
            }

            body = state.JsonAta
                ? ParseJsonAtaValue(text, state.At("RequestBody"), "RequestBody")
                : ParseJsonArgument(text, state.At("RequestBody"), "RequestBody", requireObject: false, payloadTemplate: true);
            bodyAt = state.At("RequestBody");
        }
        else if (fields is not null)
        {
            body = fields;
            bodyAt = firstField;
        }

        if (body is null || bodyAt is null)
        {
            return;
        }

        if (method is not null && Array.IndexOf(HttpTask.MethodsWithoutBody, method) >= 0)
        {
            Report(Rules.HttpBodyOnBodilessMethod, $"'{state.Name}' sends a request body with {method}, which carries none; most servers ignore it. Use POST, PUT or PATCH, or send the data as query parameters.", bodyAt);
        }

        parameters.Add("RequestBody", body);
    }
}
