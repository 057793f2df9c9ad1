using System.Collections.Generic;
using StepGen.Asl.Checks.Http;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>
/// HTTP tasks: writes an HTTP task's Parameters (or Arguments) from the task and its [HttpEndpoint] declaration; the
/// checkers in <c>Checks/Http/</c> report what is wrong with each part, at the point it is written.
/// </summary>
internal sealed partial class MachineBuilder
{
    /// <summary>Builds an HTTP task's Parameters: endpoint, method, connection, headers, query and body.</summary>
    private JsonObject BuildHttpParameters(StateEntry state)
    {
        SourceAttribute attribute = state.Attribute;
        var parameters = new JsonObject();

        SourceEndpoint? declaration = _endpointDeclarations.Resolve(state);
        if (declaration is not null && _endpointDeclarations.Response(state, declaration) is string response)
        {
            _httpResponses[state.Name] = response;
        }

        (SourceArgument? endpointArgument, FieldRef endpointAt) = EndpointDeclarationChecker.Field(state, declaration, ArgumentNames.ApiEndpoint, ArgumentNames.ApiEndpointParameter);
        _apiEndpoint.Check(state, declaration, endpointArgument, endpointAt);
        if (Args.String(endpointArgument) is string endpoint)
        {
            parameters.Add(HttpValue.IsRunTimePath(state, endpoint) ? "ApiEndpoint.$" : "ApiEndpoint", J.Str(endpoint));
        }

        (SourceArgument? methodArgument, FieldRef methodAt) = EndpointDeclarationChecker.Field(state, declaration, ArgumentNames.Method, ArgumentNames.Method);
        _method.Check(state, declaration, methodArgument, methodAt);
        string? method = Args.String(methodArgument);
        if (method is not null)
        {
            parameters.Add(HttpValue.IsRunTimePath(state, method) ? "Method.$" : "Method", J.Str(method));
        }

        (SourceArgument? connectionArgument, FieldRef connectionAt) = EndpointDeclarationChecker.Field(state, declaration, ArgumentNames.ConnectionArn, ArgumentNames.ConnectionArn);
        bool connectionInText = ConnectionChecker.InPayloadText(state);
        _connection.Check(state, declaration, connectionArgument, connectionAt, connectionInText);
        if (!connectionInText && Args.String(connectionArgument) is string connection)
        {
            // A connection in the Parameters/Arguments text is the one written (MergeParameters adds it).
            var authentication = new JsonObject();
            authentication.Add(HttpValue.IsRunTimePath(state, connection) ? "ConnectionArn.$" : "ConnectionArn", J.Str(connection));
            parameters.Add(ConnectionField(state, declaration), authentication);
        }

        AddHttpFields(state, parameters, AttributeNames.Header, "Headers");
        AddHttpFields(state, parameters, AttributeNames.QueryParameter, "QueryParameters");
        AddHttpBody(state, parameters, method);
        if (declaration is not null)
        {
            _endpointDeclarations.CheckBody(state, declaration, parameters.Get("RequestBody"));
        }

        _requestEncoding.CheckValues(state);
        var transform = new JsonObject();
        if (Args.String(attribute.Get(ArgumentNames.RequestBodyEncoding)) is string encoding)
        {
            transform.Add("RequestBodyEncoding", J.Str(encoding));
        }

        if (Args.String(attribute.Get(ArgumentNames.ArrayFormat)) is string arrayFormat)
        {
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
            chosen = Args.Integer(EndpointDeclarationChecker.Field(state, declaration, ArgumentNames.ConnectionField, ArgumentNames.ConnectionField).Argument);
        }

        bool invocationConfig = chosen is null ? _machine.Options?.InvocationConfigConnections == true : chosen == 1;
        return invocationConfig ? HttpTask.InvocationConfigField : HttpTask.AuthenticationField;
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
                _headers.Check(state, header, at with { Argument = ArgumentNames.NameParameter });
            }

            target ??= new JsonObject();
            AddFieldAttribute(state, target, extra.Value, at, field);
        }

        if (target is not null)
        {
            parameters.Add(field, target);
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
            _requestBody.CheckOneForm(state, hasFields: fields is not null);
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

        _requestBody.CheckMethod(state, method, bodyAt);
        parameters.Add("RequestBody", body);
    }
}
