using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// HTTP tasks: one statement per endpoint with the methods used on it (so methods never cross endpoints), always
/// with both conditions, on the machine's own ARN; plus the connections' credentials and secrets.
/// </summary>
internal sealed class HttpGrants
{
    /// <summary>Every connection's secret: the HTTP Task page's example grant, for a connection StepGen cannot name.</summary>
    private const string AnyConnectionSecret = "arn:aws:secretsmanager:*:*:secret:events!connection/*";

    private readonly Grants _grants;

    // endpoint condition (operator, value) -> methods
    private readonly SortedDictionary<string, SortedSet<string>> _endpoints = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _connections = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _connectionSecrets = new(StringComparer.Ordinal);

    public HttpGrants(Grants grants) => _grants = grants;

    public void Add(string stateName, JsonObject? parameters)
    {
        var methods = new List<string>();
        ParameterValue method = ParameterValue.Read(parameters, "Method");
        if (method.IsWritten)
        {
            methods.Add(method.Text);
        }
        else
        {
            methods.AddRange(HttpTask.Methods);
            if (method.Known == ValueKnown.RunTime)
            {
                _grants.Note(stateName, $"The HTTP method of '{stateName}' is chosen at run time, so the policy allows every method the HTTP task accepts on its endpoint; set Method to a constant to narrow it.", "states:InvokeHTTPEndpoint");
            }
        }

        string endpointKey;
        if (ParameterValue.Read(parameters, "ApiEndpoint") is { IsWritten: true } endpoint)
        {
            endpointKey = "StringEquals\n" + endpoint.Text;
        }
        else
        {
            string? prefix = parameters?.Get("ApiEndpoint.$") is JsonString { Value: var path }
                ? EndpointPrefix.FromDynamic(path)
                : parameters?.Get("ApiEndpoint") is JsonString { Value: var jsonAta } ? EndpointPrefix.FromJsonAta(jsonAta) : null;
            if (prefix is null)
            {
                // No constant host: the policy can only require https://. SG4006 reports it where the URL is written,
                // as the security problem it is.
                prefix = "https://*";
            }

            endpointKey = "StringLike\n" + prefix;
        }

        if (!_endpoints.TryGetValue(endpointKey, out SortedSet<string>? set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            _endpoints.Add(endpointKey, set);
        }

        foreach (string m in methods)
        {
            set.Add(m);
        }

        JsonObject? authentication = (parameters?.Get("Authentication") ?? parameters?.Get("InvocationConfig")) as JsonObject;
        ParameterValue connection = ParameterValue.Read(authentication, "ConnectionArn");
        switch (connection.Known)
        {
            case ValueKnown.Constant when ConnectionArn.TryParse(connection.Text, out ConnectionArn arn):
                _connections.Add(connection.Text);
                _connectionSecrets.Add($"arn:{arn.Partition}:secretsmanager:{arn.Region}:{arn.Account}:secret:events!connection/{arn.Name}/*");
                break;
            case ValueKnown.Constant:
                // Not a connection ARN: no grant could make the call work. Written as such, SG3003 stops the build; a
                // JSONata string literal deploys (it is evaluated at run time), so say here what it means for the role.
                if (authentication?.Get("ConnectionArn") is JsonString { Value: var raw } && raw.StartsWith("{%", StringComparison.Ordinal))
                {
                    _grants.NoteAt(stateName, "ConnectionArn", $"The connection of '{stateName}' is the JSONata string '{connection.Text}', which is not an EventBridge connection ARN, so the policy allows reading no connection's credentials and the call fails at run time; write the connection's ARN, or a ${{Substitution}} the deployment fills in.", "events:RetrieveConnectionCredentials");
                }

                break;
            case ValueKnown.Substitution:
                // The secret's ARN is the connection's SecretArn attribute, which the deploy template has beside the
                // connection's ARN: a companion substitution asks for it, so only this connection's secret is readable.
                _connections.Add(connection.Text);
                _connectionSecrets.Add(Substitutions.Companion(connection.Text, "SecretArn"));
                break;
            case ValueKnown.RunTime:
                _connections.Add("arn:aws:events:*:*:connection/*");
                _connectionSecrets.Add(AnyConnectionSecret);
                _grants.Note(stateName, $"The connection of '{stateName}' is chosen at run time, so the policy allows reading the credentials of every EventBridge connection; set ConnectionArn to a constant or a ${{Substitution}} to scope it.", "events:RetrieveConnectionCredentials");
                break;
        }
    }

    public void Emit()
    {
        int rank = 0;
        foreach (KeyValuePair<string, SortedSet<string>> entry in _endpoints)
        {
            int split = entry.Key.IndexOf('\n');
            string op = entry.Key.Substring(0, split);
            string endpoint = entry.Key.Substring(split + 1);

            var equals = new JsonObject();
            equals.Add("states:HTTPMethod", J.Strings(entry.Value));
            var condition = new JsonObject();
            if (op == "StringEquals")
            {
                equals.Add("states:HTTPEndpoint", J.Str(endpoint));
                condition.Add("StringEquals", equals);
            }
            else
            {
                condition.Add("StringEquals", equals);
                var like = new JsonObject();
                like.Add("states:HTTPEndpoint", J.Str(endpoint));
                condition.Add("StringLike", like);
            }

            // Numbered even when there is one, so InvokeHttpEndpoint1 is always the first endpoint.
            _grants.Allow(Integrations.HttpOrder, "InvokeHttpEndpoint" + (++rank).ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { "states:InvokeHTTPEndpoint" }, new[] { $"arn:aws:states:*:*:stateMachine:{_grants.MachineName}" }, condition, rank);
        }

        if (_connections.Count > 0)
        {
            _grants.Allow(Integrations.ConnectionOrder, "RetrieveConnectionCredentials", new[] { "events:RetrieveConnectionCredentials" }, _connections, rank: 1);
            _grants.Allow(Integrations.ConnectionOrder, "ReadConnectionSecrets", new[] { "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue" }, _connectionSecrets, rank: 2);
        }
    }
}
