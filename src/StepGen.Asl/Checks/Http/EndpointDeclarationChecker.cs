using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// An HTTP task that takes its call from an [HttpEndpoint] declaration (<c>Endpoint = typeof(T)</c>): which
/// declaration it names (SG1016), the fields it may no longer set itself (SG1015), the declared Response type
/// (SG1016) and the request body against the declared body type (SG3006).
/// </summary>
internal sealed class EndpointDeclarationChecker
{
    private readonly ProblemSink _problems;
    private readonly IReadOnlyDictionary<string, SourceEndpoint> _endpoints;

    /// <param name="endpoints">The machine's [HttpEndpoint] declarations, by type key.</param>
    public EndpointDeclarationChecker(ProblemSink problems, IReadOnlyDictionary<string, SourceEndpoint> endpoints)
    {
        _problems = problems;
        _endpoints = endpoints;
    }

    /// <summary>The [HttpEndpoint] type of <c>Endpoint = typeof(T)</c>, or null (with SG1016 when it is not one).</summary>
    public SourceEndpoint? Resolve(StateEntry state)
    {
        SourceArgument? argument = state.Attribute.Get(ArgumentNames.Endpoint);
        if (argument?.Value is not { Kind: SourceValueKind.Type, Text: string key })
        {
            return null;
        }

        if (!_endpoints.TryGetValue(key, out SourceEndpoint? endpoint))
        {
            _problems.Report(Rules.RequiredField, $"Endpoint names {Names.TypeDisplay(key)}, which is not marked [HttpEndpoint(\"https://...\")]; mark it, or set ApiEndpoint, Method and ConnectionArn on the task.", state.At(ArgumentNames.Endpoint));
            return null;
        }

        foreach (string field in new[] { ArgumentNames.ApiEndpoint, ArgumentNames.Method, ArgumentNames.ConnectionArn })
        {
            if (state.Attribute.Get(field) is not null)
            {
                _problems.Report(Rules.FieldNotAllowed, $"'{state.Name}' takes its {field} from Endpoint = typeof({endpoint.ClassName}); remove {field} here, or drop Endpoint.", state.At(field));
            }
        }

        return endpoint;
    }

    /// <summary>A field of the HTTP call: from the [HttpEndpoint] declaration when there is one, else from the task.</summary>
    public static (SourceArgument? Argument, FieldRef At) Field(StateEntry state, SourceEndpoint? declaration, string taskField, string endpointField)
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

    /// <summary>
    /// The declared <c>Response = typeof(T)</c> when StepGen can generate a ResponseBody property of that type; SG1016
    /// when it cannot (void, an open generic type or not public).
    /// </summary>
    public string? Response(StateEntry state, SourceEndpoint declaration)
    {
        if (Field(state, declaration, ArgumentNames.Response, ArgumentNames.Response) is not { Argument.Value: { Kind: SourceValueKind.Type, Text: string response } responseType } responseField)
        {
            return null;
        }

        if (responseType.Boolean)
        {
            return response;
        }

        _problems.Report(Rules.RequiredField, $"Response = typeof({Names.TypeDisplay(response)}) cannot be the type of the public ResponseBody property StepGen generates: it is void, an open generic type or not public. Name a public type, or leave Response out to read the body as JSON.", responseField.At);
        return null;
    }

    /// <summary>SG3006: the body's fields must be properties of the endpoint's type, and its required ones must be there.</summary>
    public void CheckBody(StateEntry state, SourceEndpoint endpoint, JsonNode? body)
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
                _problems.Report(Rules.EndpointBody, $"[Body(\"{name}\")] is not a field of {endpoint.ClassName}, the request body of '{state.Name}'; {hint}", state.AtExtra(extra.Key, ArgumentNames.NameParameter), suggestion: closest);
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
                    _problems.Report(Rules.EndpointBody, $"RequestBody field '{name}' is not a field of {endpoint.ClassName}; its fields are {string.Join(", ", known)}.", state.At(ArgumentNames.RequestBody));
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
            _problems.Report(Rules.EndpointBody, $"The request body of '{state.Name}' lacks the required field{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} of {endpoint.ClassName}; add [Body(\"{missing[0]}\", ...)].", state.At(ArgumentNames.Endpoint));
        }
    }
}
