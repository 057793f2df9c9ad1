using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Security;
using StepGen.Asl.Source;
using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Security;

/// <summary>
/// SG4004: a credential written into an HTTP task's request (a header, query parameter or body value, in attributes
/// or in JSON text), which the definition, the console and the execution history would show to anyone who can read
/// them. Never changes the output.
/// </summary>
internal sealed class CredentialChecker
{
    private readonly ProblemSink _problems;

    public CredentialChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG4004 for the [Header], [QueryParameter] and [Body] values and the RequestBody JSON text of an HTTP task.</summary>
    public void CheckCredentials(StateEntry state, JsonObject parameters)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            string? place = PlaceOf(extra.Value.Name);
            SourceArgument? value = extra.Value.Get(ArgumentNames.ValueParameter);
            if (place is null || value is null || extra.Value.Get(ArgumentNames.Path) is not null || Args.String(extra.Value.Get(ArgumentNames.NameParameter)) is not string name)
            {
                continue;
            }

            FieldRef at = state.AtExtra(extra.Key, ArgumentNames.ValueParameter);
            if (value.Value is { Kind: SourceValueKind.String, Text: string text })
            {
                CheckCredential(state, place, name, text, at, precise: true, attribute: true);
            }
            else if (value.Value.Kind == SourceValueKind.Array)
            {
                for (int i = 0; i < value.Value.Items.Count; i++)
                {
                    if (value.Value.Items[i] is { Kind: SourceValueKind.String, Text: string item })
                    {
                        CheckCredential(state, place, name, item, at.WithElement(i), precise: true, attribute: true);
                    }
                }
            }
        }

        if (state.Attribute.Get(ArgumentNames.RequestBody) is { Value.Kind: SourceValueKind.String } && parameters.Get("RequestBody") is JsonNode body)
        {
            CheckCredentialsInJson(state, "RequestBody field", null, body, state.At(ArgumentNames.RequestBody), 0);
        }
    }

    /// <summary>SG4004 for the Headers, QueryParameters and RequestBody of an HTTP task's Parameters/Arguments JSON text.</summary>
    public void CheckCredentialsInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        if (payload.Get("Headers") is JsonNode headers)
        {
            CheckCredentialsInJson(state, "header", null, headers, at, 0);
        }

        if (payload.Get("QueryParameters") is JsonNode query)
        {
            CheckCredentialsInJson(state, "query parameter", null, query, at, 0);
        }

        if (payload.Get("RequestBody") is JsonNode body)
        {
            CheckCredentialsInJson(state, "RequestBody field", null, body, at, 0);
        }
    }

    private void CheckCredentialsInJson(StateEntry state, string place, string? name, JsonNode node, FieldRef at, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        switch (node)
        {
            case JsonString text:
                (FieldRef textAt, bool exact) = InJson(at, text.Span, text.Value.Length);
                CheckCredential(state, place, name, text.Value, textAt, exact);
                break;
            case JsonArray array:
                foreach (JsonNode item in array.Items)
                {
                    CheckCredentialsInJson(state, place, name, item, at, depth + 1);
                }

                break;
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode> member in obj.Members)
                {
                    // A '.$' key's value is a path or an intrinsic function, read at run time.
                    if (!member.Key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        CheckCredentialsInJson(state, place, member.Key, member.Value, at, depth + 1);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// SG4004 for one literal value: on the whole value when its field's name says it is a credential, else on the
    /// characters of a secret recognised by its shape.
    /// </summary>
    /// <param name="precise">False when the value's characters cannot be placed one by one: the whole value is marked.</param>
    /// <param name="attribute">True for the value of a [Header], [QueryParameter] or [Body]: the fix may remove that attribute.</param>
    private void CheckCredential(StateEntry state, string place, string? name, string value, FieldRef at, bool precise, bool attribute = false)
    {
        if (!Credentials.IsLiteral(value))
        {
            return;
        }

        EquatableArray<ProblemProperty> fix = attribute && name is not null
            ? new EquatableArray<ProblemProperty>(new[] { new ProblemProperty(ProblemProperties.CredentialNote, CredentialNote(place, name, Credentials.FindSecret(value))) })
            : default;

        SecretMatch? match = Credentials.FindSecret(value);
        string field = name is null ? (place == "RequestBody field" ? "The RequestBody" : $"A {place}") : $"The {place} '{name}'";
        if (name is not null && Credentials.IsCredentialName(name))
        {
            string kind = match is SecretMatch found ? $" ({found.Description})" : string.Empty;
            _problems.Report(Rules.InlineCredential, $"{field} of '{state.Name}' is a credential written into the definition as a literal{kind}: it ends up in the generated Asl, the compiled assembly and the .asl.json file, in plain text. {CredentialAdvice(place, name, match)}", at, properties: fix);
        }
        else if (match is SecretMatch secret)
        {
            _problems.Report(Rules.InlineCredential, $"{field} of '{state.Name}' holds what looks like {secret.Description}, written into the definition as a literal: it ends up in the generated Asl, the compiled assembly and the .asl.json file, in plain text. {CredentialAdvice(place, name, match)}", Span(at, secret.Offset, secret.Length, precise), properties: fix);
        }
    }

    private static string CredentialAdvice(string place, string? name, SecretMatch? match)
    {
        if (match is { Kind: SecretKind.AwsAccessKeyId })
        {
            return "Remove it and rotate the key: Step Functions calls AWS services with the execution role (an aws-sdk or optimized integration), and a third-party API that needs a key gets it from the EventBridge connection that ConnectionArn names.";
        }

        string how = match is { Kind: SecretKind.BasicCredentials }
            ? "as BASIC authorization (user name and password)"
            : place switch
            {
                "header" => $"as API_KEY authorization (ApiKeyName \"{name ?? "Authorization"}\", the secret as ApiKeyValue), or as BASIC or OAUTH_CLIENT_CREDENTIALS authorization",
                "query parameter" => "as a query string parameter of its InvocationHttpParameters with IsValueSecret = true, or as API_KEY, BASIC or OAUTH_CLIENT_CREDENTIALS authorization",
                _ => "as a body parameter of its InvocationHttpParameters with IsValueSecret = true, or as API_KEY, BASIC or OAUTH_CLIENT_CREDENTIALS authorization",
            };
        return $"Keep it in the EventBridge connection that ConnectionArn names instead, {how}: EventBridge stores it in Secrets Manager and adds it to every request. Then remove it here and rotate the exposed secret.";
    }

    /// <summary>
    /// The comment the SG4004 fix leaves where it removes a [Header], [QueryParameter] or [Body]: where the value is
    /// sent from now, and that the one written here must be rotated. One line, without the "//".
    /// </summary>
    private static string CredentialNote(string place, string name, SecretMatch? match)
    {
        if (match is { Kind: SecretKind.AwsAccessKeyId })
        {
            return $"The {place} '{name}' sent an AWS access key, now removed: Step Functions calls AWS with the execution role. Rotate that key.";
        }

        string how = match is { Kind: SecretKind.BasicCredentials }
            ? "as BASIC authorization"
            : place switch
            {
                "header" => $"as API_KEY authorization (ApiKeyName \"{name}\")",
                "query parameter" => "in InvocationHttpParameters.QueryStringParameters, IsValueSecret = true",
                _ => "in InvocationHttpParameters.BodyParameters, IsValueSecret = true",
            };
        return $"The {place} '{name}' is sent by the EventBridge connection that ConnectionArn names, {how}. Rotate the value that was written here.";
    }

    private static string? PlaceOf(string attribute) => attribute switch
    {
        AttributeNames.Header => "header",
        AttributeNames.QueryParameter => "query parameter",
        AttributeNames.Body => "body field",
        _ => null,
    };
}
