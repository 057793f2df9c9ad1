using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>Something the derivation could not scope, reported at the state that calls it.</summary>
/// <param name="StateName">The state whose call it is.</param>
/// <param name="Message">What was granted instead, and why.</param>
/// <param name="Actions">The actions an [IamStatement] would have to allow to settle it.</param>
public sealed record IamNote(string StateName, string Message, IReadOnlyList<string>? Actions = null);

/// <summary>The derived policy document and what could not be derived exactly.</summary>
public sealed class IamPolicyResult
{
    public IamPolicyResult(JsonObject policy, IReadOnlyList<IamNote> notes)
    {
        Policy = policy;
        Notes = notes;
    }

    public JsonObject Policy { get; }

    public IReadOnlyList<IamNote> Notes { get; }
}

/// <summary>
/// Derives the least-privilege execution-role policy from an ASL definition: it reads only the ASL, so it serves
/// generated and hand-written definitions alike. HTTP tasks are handled here; every other integration is a row of
/// <see cref="Integrations"/>. Statements merge by what they allow and come out in a fixed order.
/// </summary>
public static class IamPolicyDerivation
{
    private const string GenericConnectionSecret = "arn:aws:secretsmanager:*:*:secret:events!connection/*";

    public static IamPolicyResult Derive(JsonObject definition, string machineName, IReadOnlyList<JsonObject> customStatements)
    {
        var grants = new Grants(machineName, customStatements);
        var http = new HttpGrants(grants);
        Walk(definition, grants, http, 0);
        http.Emit();

        var statements = new JsonArray();
        grants.WriteTo(statements);
        for (int i = 0; i < customStatements.Count; i++)
        {
            var statement = new JsonObject();
            statement.Add("Sid", J.Str("Custom" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (KeyValuePair<string, JsonNode> member in customStatements[i].Members)
            {
                if (member.Key != "Sid")
                {
                    statement.Add(member.Key, member.Value);
                }
            }

            statements.Add(statement);
        }

        var policy = new JsonObject();
        policy.Add("Version", J.Str("2012-10-17"));
        policy.Add("Statement", statements);
        return new IamPolicyResult(policy, grants.Notes);
    }

    /// <summary>Visits every Task state and distributed Map, including those nested in Parallel branches and Map processors.</summary>
    private static void Walk(JsonObject machine, Grants grants, HttpGrants http, int depth)
    {
        if (depth > 32 || machine.Get("States") is not JsonObject states)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> entry in states.Members)
        {
            if (entry.Value is not JsonObject state)
            {
                continue;
            }

            if (state.Get("Type") is JsonString { Value: "Task" } && state.Get("Resource") is JsonString resource)
            {
                JsonObject? parameters = (state.Get("Parameters") ?? state.Get("Arguments")) as JsonObject;
                if (resource.Value == HttpTask.Resource)
                {
                    http.Add(entry.Key, parameters);
                }
                else if (!Integrations.Derive(entry.Key, resource.Value, parameters, grants) && !CustomCovers(resource.Value, grants))
                {
                    grants.Note(entry.Key, $"StepGen does not derive IAM permissions for the resource '{resource.Value}' of '{entry.Key}' yet; add an [IamStatement] on the state machine that allows what it calls, scoped to its ARN.");
                }
            }

            if (state.Get("Type") is JsonString { Value: "Map" })
            {
                MapGrants.Add(entry.Key, state, grants);
            }

            if (state.Get("Branches") is JsonArray branches)
            {
                foreach (JsonNode branch in branches.Items)
                {
                    if (branch is JsonObject nested)
                    {
                        Walk(nested, grants, http, depth + 1);
                    }
                }
            }

            if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
            {
                Walk(processor, grants, http, depth + 1);
            }
        }
    }

    /// <summary>An unknown integration is the user's to grant: any [IamStatement] for its service settles it.</summary>
    private static bool CustomCovers(string resource, Grants grants)
    {
        const string optimized = "arn:aws:states:::";
        string[] parts = resource.StartsWith(optimized, StringComparison.Ordinal)
            ? resource.Substring(optimized.Length).Split(':')
            : resource.Split(':');
        string service = resource.StartsWith(optimized, StringComparison.Ordinal) ? parts[0] : parts.Length > 2 ? parts[2] : string.Empty;
        return service.Length > 0 && grants.AnyCustomFor(service);
    }

    /// <summary>
    /// HTTP tasks: one statement per endpoint with the methods used on it (so methods never cross endpoints), always
    /// with both conditions, on the machine's own ARN; plus the connections' credentials and secrets.
    /// </summary>
    private sealed class HttpGrants
    {
        private readonly Grants _grants;

        // endpoint condition (operator, value) -> methods
        private readonly SortedDictionary<string, SortedSet<string>> _endpoints = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _connections = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _connectionSecrets = new(StringComparer.Ordinal);

        public HttpGrants(Grants grants) => _grants = grants;

        public void Add(string stateName, JsonObject? parameters)
        {
            var methods = new List<string>();
            if (TaskCall.Literal(parameters, "Method") is string method)
            {
                methods.Add(method);
            }
            else
            {
                methods.AddRange(HttpTask.Methods);
                if (TaskCall.IsDynamic(parameters, "Method"))
                {
                    _grants.Note(stateName, $"The HTTP method of '{stateName}' is chosen at run time, so the policy allows every method the HTTP task accepts on its endpoint; set Method to a constant to narrow it.");
                }
            }

            string endpointKey;
            if (TaskCall.Literal(parameters, "ApiEndpoint") is string endpoint)
            {
                endpointKey = "StringEquals\n" + endpoint;
            }
            else
            {
                string? prefix = parameters?.Get("ApiEndpoint.$") is JsonString { Value: var path }
                    ? EndpointPrefix.FromDynamic(path)
                    : parameters?.Get("ApiEndpoint") is JsonString { Value: var jsonAta } ? EndpointPrefix.FromJsonAta(jsonAta) : null;
                if (prefix is null)
                {
                    prefix = "https://*";
                    _grants.Note(stateName, $"The endpoint of '{stateName}' is only known at run time and has no static https://host/ prefix, so the policy can only require https://; start the URL with a constant (e.g. States.Format('https://api.example.com/items/{{}}', $.id)) to scope it.");
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
            if (TaskCall.Literal(authentication, "ConnectionArn") is string connection)
            {
                _connections.Add(connection);
                _connectionSecrets.Add(ConnectionArn.TryParse(connection, out ConnectionArn arn)
                    ? $"arn:{arn.Partition}:secretsmanager:{arn.Region}:{arn.Account}:secret:events!connection/{arn.Name}/*"
                    : GenericConnectionSecret);
            }
            else if (TaskCall.IsDynamic(authentication, "ConnectionArn"))
            {
                _connections.Add("arn:aws:events:*:*:connection/*");
                _connectionSecrets.Add(GenericConnectionSecret);
                _grants.Note(stateName, $"The connection of '{stateName}' is chosen at run time, so the policy allows reading the credentials of every EventBridge connection; set ConnectionArn to a constant or a ${{Substitution}} to scope it.");
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
}

/// <summary>The static prefix of a run-time endpoint, cut at the last '/' so it cannot match another host.</summary>
internal static class EndpointPrefix
{
    public static string? FromDynamic(string expression)
    {
        const string format = "States.Format('";
        if (!expression.StartsWith(format, StringComparison.Ordinal))
        {
            return null;
        }

        var literal = new System.Text.StringBuilder();
        for (int i = format.Length; i < expression.Length; i++)
        {
            char c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                literal.Append(expression[++i]);
                continue;
            }

            if (c == '\'' || c == '{')
            {
                break;
            }

            literal.Append(c);
        }

        return FromStatic(literal.ToString(), complete: false);
    }

    /// <summary>
    /// The static prefix of a JSONata endpoint that starts with a string literal, such as
    /// <c>{% 'https://api.example.com/items/' &amp; $states.input.id %}</c>.
    /// </summary>
    public static string? FromJsonAta(string expression)
    {
        if (!expression.StartsWith("{%", StringComparison.Ordinal))
        {
            return null;
        }

        string body = expression.Substring(2).TrimStart();
        if (body.Length == 0 || (body[0] != '\'' && body[0] != '"'))
        {
            return null;
        }

        char quote = body[0];
        int close = body.IndexOf(quote, 1);
        if (close < 0)
        {
            return null;
        }

        string literal = body.Substring(1, close - 1);
        if (literal.IndexOf('\\') >= 0)
        {
            return null;
        }

        // A whole constant ('...' %}) is still only a prefix here: the value is known, but not as a plain string.
        return FromStatic(literal, complete: false);
    }

    /// <summary>
    /// The longest prefix of <paramref name="text"/> that ends at a '/' after the host, plus '*'; null when the
    /// text does not reach past https://host/.
    /// </summary>
    public static string? FromStatic(string text, bool complete)
    {
        if (!text.StartsWith("https://", StringComparison.Ordinal))
        {
            return null;
        }

        int hostEnd = text.IndexOf('/', "https://".Length);
        if (hostEnd <= "https://".Length)
        {
            return null;
        }

        int cut = text.LastIndexOf('/');
        return complete ? text : text.Substring(0, cut + 1) + "*";
    }
}
