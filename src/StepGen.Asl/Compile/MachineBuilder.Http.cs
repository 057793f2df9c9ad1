using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Compile;

internal sealed partial class MachineBuilder
{
    /// <summary>Builds an HTTP task's Parameters: endpoint, method, connection, headers, query and body.</summary>
    private JsonObject BuildHttpParameters(StateEntry state)
    {
        SourceAttribute attribute = state.Attribute;
        var parameters = new JsonObject();

        SourceEndpoint? declaration = ResolveEndpoint(state);
        if (declaration is not null && HttpField(state, declaration, ArgumentNames.Response, ArgumentNames.Response) is { Argument.Value: { Kind: SourceValueKind.Type, Text: string response } responseType } responseField)
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

        (SourceArgument? endpointArgument, FieldRef endpointAt) = HttpField(state, declaration, ArgumentNames.ApiEndpoint, ArgumentNames.ApiEndpointParameter);
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
            _paths.Check(endpoint, endpointAt, "ApiEndpoint", PathUse.PathOrIntrinsic);
            CheckRunTimeHost(endpoint, jsonAta: false, endpointAt);
            parameters.Add("ApiEndpoint.$", J.Str(endpoint));
        }
        else
        {
            if (IsJsonAtaDynamic(state, endpoint))
            {
                CheckRunTimeHost(endpoint, jsonAta: true, endpointAt);
            }

            if (!IsJsonAtaDynamic(state, endpoint) && HttpTask.EndpointProblem(endpoint) is string problem)
            {
                // Whitespace and control characters: no AWS rule found that rejects them; the request would most
                // likely fail, but the definition deploys: SG3010, a warning.
                string id = HttpTask.HasWhitespaceOrControl(endpoint) ? Rules.EndpointWhitespace : Rules.HttpEndpoint;
                Report(id, $"ApiEndpoint '{endpoint}' is not usable: {problem}; write an absolute https:// URL or a ${{Substitution}}.", endpointAt);
            }

            parameters.Add("ApiEndpoint", J.Str(endpoint));
        }

        (SourceArgument? methodArgument, FieldRef methodAt) = HttpField(state, declaration, ArgumentNames.Method, ArgumentNames.Method);
        string? method = Args.String(methodArgument);
        if (method is null)
        {
            string owner = declaration is null ? $"The HTTP task '{state.Name}'" : $"The [HttpEndpoint] {declaration.ClassName}";
            Report(Rules.HttpMethod, $"{owner} has no Method; set Method = one of {string.Join(", ", HttpTask.Methods)}.", methodArgument is null && declaration is null ? state.At() : methodAt);
        }
        else if (!IsJsonAtaDynamic(state, method) && IsDynamic(state, method))
        {
            _paths.Check(method, methodAt, "Method", PathUse.PathOrIntrinsic);
            parameters.Add("Method.$", J.Str(method));
        }
        else
        {
            if (!IsJsonAtaDynamic(state, method) && !Substitutions.IsWholeSubstitution(method) && Array.IndexOf(HttpTask.Methods, method) < 0)
            {
                string upper = method.ToUpperInvariant();
                if (Array.IndexOf(HttpTask.Methods, upper) >= 0)
                {
                    // The HTTP Task page lists the methods in upper case but does not say another case fails: SG3011, a warning.
                    Report(Rules.MethodCase, $"Method '{method}' is not written as the HTTP task's methods are; write it in upper case: \"{upper}\".", methodAt, suggestion: upper);
                }
                else
                {
                    Report(Rules.HttpMethod, $"Method '{method}' is not accepted by the HTTP task; use one of {string.Join(", ", HttpTask.Methods)}.", methodAt);
                }
            }

            parameters.Add("Method", J.Str(method));
        }

        (SourceArgument? connectionArgument, FieldRef connectionAt) = HttpField(state, declaration, ArgumentNames.ConnectionArn, ArgumentNames.ConnectionArn);
        string? connection = Args.String(connectionArgument);
        if (connection is null && ConnectionInPayloadText(state))
        {
            // The connection is written in the Parameters/Arguments JSON text (Authentication or InvocationConfig),
            // which MergeParameters adds and checks.
        }
        else if (connection is not null && ConnectionInPayloadText(state))
        {
            // Two connections: which one Step Functions would use is not documented. Keep the text's, say so.
            Report(Rules.FieldNotAllowed, $"'{state.Name}' gives its connection twice: ConnectionArn = \"{connection}\" and a ConnectionArn in its {state.PayloadField} text; keep one.", connectionAt);
        }
        else if (connection is null)
        {
            string owner = declaration is null ? $"The HTTP task '{state.Name}'" : $"The [HttpEndpoint] {declaration.ClassName}";
            Report(Rules.HttpConnection, $"{owner} has no ConnectionArn; every HTTP task authorizes through an EventBridge connection, e.g. ConnectionArn = \"${{MyApiConnectionArn}}\".", connectionArgument is null && declaration is null ? state.At() : connectionAt);
        }
        else
        {
            var authentication = new JsonObject();
            if (!IsJsonAtaDynamic(state, connection) && IsDynamic(state, connection))
            {
                _paths.Check(connection, connectionAt, "ConnectionArn", PathUse.PathOrIntrinsic);
                authentication.Add("ConnectionArn.$", J.Str(connection));
            }
            else
            {
                // A JSONata expression is only evaluated at run time, so AWS deploys whatever it says (AWS samples
                // write a placeholder there that their deploy scripts replace); the IAM derivation warns when it is
                // not a connection ARN.
                if (!IsJsonAtaDynamic(state, connection) && !Substitutions.StartsWithSubstitution(connection) && !HttpTask.IsConnectionArn(connection))
                {
                    Report(Rules.HttpConnection, $"ConnectionArn '{connection}' is not an EventBridge connection ARN; expected arn:aws:events:<region>:<account>:connection/<name>/<id> or a ${{Substitution}}.", connectionAt);
                }

                authentication.Add("ConnectionArn", J.Str(connection));
            }

            parameters.Add(ConnectionField(state, declaration), authentication);
        }

        AddHttpFields(state, parameters, AttributeNames.Header, "Headers");
        AddHttpFields(state, parameters, AttributeNames.QueryParameter, "QueryParameters");
        AddHttpBody(state, parameters, method);
        if (declaration is not null)
        {
            CheckBodyAgainstEndpoint(state, declaration, parameters.Get("RequestBody"));
        }

        var transform = new JsonObject();
        if (Args.String(attribute.Get(ArgumentNames.RequestBodyEncoding)) is string encoding)
        {
            CheckOneOf(encoding, HttpTask.BodyEncodings, state.At(ArgumentNames.RequestBodyEncoding), "RequestBodyEncoding", "the HTTP Task page");
            transform.Add("RequestBodyEncoding", J.Str(encoding));
        }

        if (Args.String(attribute.Get(ArgumentNames.ArrayFormat)) is string arrayFormat)
        {
            CheckOneOf(arrayFormat, HttpTask.ArrayFormats, state.At(ArgumentNames.ArrayFormat), "ArrayFormat", "the HTTP Task page");
            var options = new JsonObject();
            options.Add("ArrayFormat", J.Str(arrayFormat));
            transform.Add("RequestEncodingOptions", options);
        }

        if (transform.Count > 0)
        {
            parameters.Add("Transform", transform);
        }

        _credentials.CheckCredentials(state, parameters);
        return parameters;
    }

    /// <summary>
    /// The field that carries the connection: the task's <c>ConnectionField</c>, else its endpoint declaration's, else
    /// the project's <c>StepGenHttpConnectionField</c>, else <c>Authentication</c> (see <c>HttpConnectionField</c>).
    /// </summary>
    private string ConnectionField(StateEntry state, SourceEndpoint? declaration)
    {
        long? chosen = Args.Integer(state.Attribute.Get(ArgumentNames.ConnectionField));
        if (chosen is null && declaration is not null)
        {
            chosen = Args.Integer(HttpField(state, declaration, ArgumentNames.ConnectionField, ArgumentNames.ConnectionField).Argument);
        }

        bool invocationConfig = chosen is null ? _machine.Options?.InvocationConfigConnections == true : chosen == 1;
        return invocationConfig ? HttpTask.InvocationConfigField : HttpTask.AuthenticationField;
    }

    /// <summary>True when the state's Parameters/Arguments text names a connection under either connection field.</summary>
    private static bool ConnectionInPayloadText(StateEntry state)
    {
        return Args.String(state.Attribute.Get(state.PayloadField)) is string text && JsonParser.Parse(text).Value is JsonObject payload
            && HttpTask.ConnectionsGiven(payload) > 0;
    }

    /// <summary>The [HttpEndpoint] type of <c>Endpoint = typeof(T)</c>, or null (with SG1016 when it is not one).</summary>
    private SourceEndpoint? ResolveEndpoint(StateEntry state)
    {
        SourceArgument? argument = state.Attribute.Get(ArgumentNames.Endpoint);
        if (argument?.Value is not { Kind: SourceValueKind.Type, Text: string key })
        {
            return null;
        }

        if (!_endpoints.TryGetValue(key, out SourceEndpoint? endpoint))
        {
            Report(Rules.RequiredField, $"Endpoint names {Display(key)}, which is not marked [HttpEndpoint(\"https://...\")]; mark it, or set ApiEndpoint, Method and ConnectionArn on the task.", state.At(ArgumentNames.Endpoint));
            return null;
        }

        foreach (string field in new[] { ArgumentNames.ApiEndpoint, ArgumentNames.Method, ArgumentNames.ConnectionArn })
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
            if (declaration.Attributes[i].Name == AttributeNames.HttpEndpoint)
            {
                return (declaration.Attributes[i].Get(endpointField), new FieldRef(null, i, endpointField, Scope: declaration.Key));
            }
        }

        return (null, state.At(ArgumentNames.Endpoint));
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
            if (extra.Value.Name != AttributeNames.Body || Args.String(extra.Value.Get(ArgumentNames.NameParameter)) is not string name)
            {
                continue;
            }

            given.Add(name);
            if (!known.Contains(name))
            {
                string? closest = Names.Closest(name, known);
                string hint = closest is null ? $"its fields are {string.Join(", ", known)}" : $"did you mean '{closest}'?";
                Report(Rules.EndpointBody, $"[Body(\"{name}\")] is not a field of {endpoint.ClassName}, the request body of '{state.Name}'; {hint}", state.AtExtra(extra.Key, ArgumentNames.NameParameter), suggestion: closest);
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
                    Report(Rules.EndpointBody, $"RequestBody field '{name}' is not a field of {endpoint.ClassName}; its fields are {string.Join(", ", known)}.", state.At(ArgumentNames.RequestBody));
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
            Report(Rules.EndpointBody, $"The request body of '{state.Name}' lacks the required field{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} of {endpoint.ClassName}; add [Body(\"{missing[0]}\", ...)].", state.At(ArgumentNames.Endpoint));
        }
    }

    /// <summary>A value read at run time: a path (not a <c>${Substitution}</c>) or an intrinsic function call.</summary>
    private static bool IsDynamic(StateEntry state, string value) =>
        !state.JsonAta && (PathParser.LooksLikePath(value) || value.StartsWith("States.", StringComparison.Ordinal));

    /// <summary>A value computed at run time in a JSONata state: kept as it is, under the plain field name.</summary>
    private static bool IsJsonAtaDynamic(StateEntry state, string value) => state.JsonAta && value.StartsWith("{%", StringComparison.Ordinal);

    /// <summary>
    /// SG1021: a value that is not one of those the AWS documentation (<paramref name="source"/>) lists for the field;
    /// what Step Functions does with another one is not documented.
    /// </summary>
    private void CheckOneOf(string value, string[] allowed, FieldRef at, string field, string source)
    {
        if (Array.IndexOf(allowed, value) < 0)
        {
            Report(Rules.UndocumentedValue, $"{field} is '{value}'; {source} lists {string.Join(", ", allowed)}.", at);
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
            if (attributeName == AttributeNames.Header && Args.String(extra.Value.Get(ArgumentNames.NameParameter)) is string header)
            {
                CheckHeader(state, header, at with { Argument = ArgumentNames.NameParameter });
            }

            target ??= new JsonObject();
            AddFieldAttribute(state, target, extra.Value, at, field);
        }

        if (target is not null)
        {
            parameters.Add(field, target);
        }
    }

    /// <summary>SG3004: a header the HTTP task refuses; SG3012: one it replaces with its own value.</summary>
    private void CheckHeader(StateEntry state, string header, FieldRef at)
    {
        if (HttpTask.HeaderProblem(header) is string problem)
        {
            Report(Rules.HttpHeader, $"The header '{header}' cannot be sent from '{state.Name}': {problem}.", at);
        }
        else if (HttpTask.HeaderOverride(header) is string replaced)
        {
            Report(Rules.HeaderWithoutEffect, $"The header '{header}' of '{state.Name}' has no effect: {replaced}. Remove it.", at);
        }
    }

    /// <summary>SG3004 and SG3012 for the headers written in an HTTP task's Parameters/Arguments JSON text rather than with [Header].</summary>
    /// <summary>
    /// SG3008: request encoding settings that do not do what they say (HTTP Task page, "Transform"): a URL-encoded body
    /// needs the <c>Content-Type: application/x-www-form-urlencoded</c> header, and <c>ArrayFormat</c> only shapes the
    /// arrays of a URL-encoded body.
    /// </summary>
    private void CheckRequestEncoding(StateEntry state, JsonObject payload)
    {
        if (payload.Get("Transform") is not JsonObject transform)
        {
            return;
        }

        // On the attribute argument, else on the key inside the Parameters/Arguments text, else on the state.
        FieldRef At(string argument, JsonObject holder, string key)
        {
            if (state.Attribute.Get(argument) is not null)
            {
                return state.At(argument);
            }

            return state.Attribute.Get(state.PayloadField) is not null
                ? InJson(state.At(state.PayloadField), holder.KeySpan(key), key.Length).At
                : state.At();
        }

        bool urlEncoded = transform.Get("RequestBodyEncoding") is JsonString { Value: "URL_ENCODED" };
        if (urlEncoded && !SendsFormContentType(payload))
        {
            string fix = OtherContentType(payload) is string other
                ? $"change the Content-Type header from '{other}' to application/x-www-form-urlencoded"
                : "add [Header(\"Content-Type\", \"application/x-www-form-urlencoded\")]";
            Report(Rules.HttpEncoding, $"'{state.Name}' URL-encodes its request body (RequestBodyEncoding = \"URL_ENCODED\") but sends no Content-Type: application/x-www-form-urlencoded header, which the HTTP Task page says to set with it; {fix}, unless the connection adds that header.", At("RequestBodyEncoding", transform, "RequestBodyEncoding"));
        }

        if (!urlEncoded && transform.Get("RequestEncodingOptions") is JsonObject options && options.Get("ArrayFormat") is not null)
        {
            Report(Rules.HttpEncoding, $"ArrayFormat only shapes the arrays of a URL-encoded request body, and '{state.Name}' does not URL-encode its body; set RequestBodyEncoding = \"URL_ENCODED\" (with a Content-Type: application/x-www-form-urlencoded header), or remove ArrayFormat.", At("ArrayFormat", options, "ArrayFormat"));
        }
    }

    /// <summary>The value of a constant Content-Type header of the request, or null.</summary>
    private static string? OtherContentType(JsonObject payload)
    {
        if (payload.Get("Headers") is JsonObject headers)
        {
            foreach (KeyValuePair<string, JsonNode> header in headers.Members)
            {
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) && header.Value is JsonString { Value: var value })
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>True when the request's own headers (or a run-time value for them) may carry the form content type.</summary>
    private static bool SendsFormContentType(JsonObject payload)
    {
        if (payload.Get("Headers.$") is not null || payload.Get("Headers") is JsonString)
        {
            return true;
        }

        if (payload.Get("Headers") is not JsonObject headers)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode> header in headers.Members)
        {
            string name = header.Key.EndsWith(".$", StringComparison.Ordinal) ? header.Key.Substring(0, header.Key.Length - 2) : header.Key;
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)
                && (header.Key.EndsWith(".$", StringComparison.Ordinal) || header.Value is not JsonString { Value: var value } || value.StartsWith("{%", StringComparison.Ordinal) || value.TrimStart().StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// SG4006: an endpoint built at run time whose scheme and host are not a constant prefix. Whoever may start an
    /// execution could then send the connection's credentials to a host of their choosing, and the IAM condition on
    /// states:HTTPEndpoint can only say https://*. A constant host with a run-time path is fine.
    /// </summary>
    private void CheckRunTimeHost(string endpoint, bool jsonAta, FieldRef at)
    {
        string? prefix = jsonAta ? Iam.EndpointPrefix.FromJsonAta(endpoint) : Iam.EndpointPrefix.FromDynamic(endpoint);
        if (prefix is not null)
        {
            return;
        }

        string example = jsonAta
            ? "a JSONata expression that starts with the constant URL up to a '/' after the host: {% 'https://api.example.com/orders/' & $states.input.id %}"
            : "States.Format('https://api.example.com/orders/{}', $.id)";
        Report(Rules.RunTimeHost, $"The host of ApiEndpoint '{endpoint}' is chosen at run time: anyone allowed to start an execution can send the connection's credentials to a host of their choosing, and the policy can only allow https://*. Keep the scheme and host constant and build the rest, e.g. {example}.", at);
    }

    /// <summary>SG4006 for a run-time ApiEndpoint in Parameters/Arguments JSON text.</summary>
    private void CheckRunTimeHostInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        if (payload.Get("ApiEndpoint.$") is JsonString { Value: var path } dynamic)
        {
            CheckRunTimeHost(path, jsonAta: false, InJson(at, dynamic.Span, path.Length).At);
        }
        else if (payload.Get("ApiEndpoint") is JsonString { Value: var text } value && IsJsonAtaDynamic(state, text))
        {
            CheckRunTimeHost(text, jsonAta: true, InJson(at, value.Span, text.Length).At);
        }
    }

    /// <summary>
    /// SG3003 for a connection written in the Parameters/Arguments JSON text, under either field: a constant must be an
    /// EventBridge connection ARN (a substitution, a path or a JSONata expression is checked where it is filled in).
    /// SG3009 for a text that gives it under both fields, SG3013 for a [Task] HTTP call whose text gives none.
    /// </summary>
    private void CheckConnectionInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        int given = HttpTask.ConnectionsGiven(payload);

        if (given > 1)
        {
            Report(Rules.ConnectionUnderBothFields, $"'{state.Name}' gives its connection under both Authentication and InvocationConfig; which one Step Functions uses is not documented, so keep one (the HTTP Task page recommends InvocationConfig).", at);
        }
        else if (given == 0 && state.Kind == StateKind.Task)
        {
            Report(Rules.TaskHttpCallWithoutConnection, $"'{state.Name}' calls an HTTPS API with no connection: the HTTP Task page requires an EventBridge connection, under InvocationConfig.ConnectionArn (or Authentication.ConnectionArn) in its {state.PayloadField}.", at);
        }

        foreach (string field in HttpTask.ConnectionFields)
        {
            if (payload.Get(field) is not JsonObject holder || holder.Get("ConnectionArn") is not JsonString { Value: var connection } value)
            {
                continue;
            }

            if (!IsJsonAtaDynamic(state, connection) && !Substitutions.StartsWithSubstitution(connection) && !HttpTask.IsConnectionArn(connection))
            {
                Report(Rules.HttpConnection, $"{field}.ConnectionArn '{connection}' is not an EventBridge connection ARN; expected arn:aws:events:<region>:<account>:connection/<name>/<id> or a ${{Substitution}}.", InJson(at, value.Span, connection.Length).At);
            }
        }
    }

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
        SourceArgument? text = state.Attribute.Get(ArgumentNames.RequestBody);
        JsonObject? fields = null;
        FieldRef? firstField = null;
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.Body)
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
                Report(Rules.FieldNotAllowed, $"'{state.Name}' sets both RequestBody JSON text and [Body] fields; use one of the two.", state.At(ArgumentNames.RequestBody));
            }

            body = state.JsonAta
                ? ParseJsonAtaValue(text, state.At(ArgumentNames.RequestBody), "RequestBody")
                : ParseJsonArgument(text, state.At(ArgumentNames.RequestBody), "RequestBody", requireObject: false, payloadTemplate: true);
            bodyAt = state.At(ArgumentNames.RequestBody);
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
