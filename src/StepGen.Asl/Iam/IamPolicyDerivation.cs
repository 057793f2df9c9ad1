using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>Something the derivation could not scope, reported at the state that calls it.</summary>
public sealed record IamNote(string StateName, string Message);

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
/// Derives the least-privilege execution-role policy from an ASL definition: it reads only the ASL,
/// so it serves generated and hand-written definitions alike. One method per integration.
/// </summary>
public static class IamPolicyDerivation
{
    private const string LambdaInvoke = "arn:aws:states:::lambda:invoke";
    private const string GenericConnectionSecret = "arn:aws:secretsmanager:*:*:secret:events!connection/*";

    public static IamPolicyResult Derive(JsonObject definition, string machineName, IReadOnlyList<JsonObject> customStatements)
    {
        var context = new Context(machineName);
        Walk(definition, context, 0);

        var statements = new JsonArray();
        context.AddHttpStatements(statements);
        context.AddConnectionStatements(statements);
        context.AddLambdaStatements(statements);

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
        return new IamPolicyResult(policy, context.Notes);
    }

    /// <summary>Visits every Task state, including those nested in Parallel branches and Map processors.</summary>
    private static void Walk(JsonObject machine, Context context, int depth)
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
                context.AddTask(entry.Key, resource.Value, (state.Get("Parameters") ?? state.Get("Arguments")) as JsonObject);
            }

            if (state.Get("Branches") is JsonArray branches)
            {
                foreach (JsonNode branch in branches.Items)
                {
                    if (branch is JsonObject nested)
                    {
                        Walk(nested, context, depth + 1);
                    }
                }
            }

            if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
            {
                Walk(processor, context, depth + 1);
            }
        }
    }

    private sealed class Context
    {
        private readonly string _machineName;

        // endpoint condition (operator, value) -> methods
        private readonly SortedDictionary<string, SortedSet<string>> _httpEndpoints = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _connections = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _connectionSecrets = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _functions = new(StringComparer.Ordinal);

        public Context(string machineName) => _machineName = machineName;

        public List<IamNote> Notes { get; } = new();

        public void AddTask(string stateName, string resource, JsonObject? parameters)
        {
            if (resource == HttpTask.Resource)
            {
                AddHttp(stateName, parameters);
            }
            else if (resource == LambdaInvoke || resource == LambdaInvoke + ".waitForTaskToken")
            {
                AddLambdaInvoke(stateName, parameters);
            }
            else if (IsLambdaFunctionArn(resource))
            {
                AddFunction(resource);
            }
            else
            {
                Notes.Add(new IamNote(stateName, $"StepGen does not derive IAM permissions for the resource '{resource}' of '{stateName}' yet; add an [IamStatement] on the state machine that allows what it calls, scoped to its ARN."));
            }
        }

        private void AddHttp(string stateName, JsonObject? parameters)
        {
            var methods = new List<string>();
            if (parameters?.Get("Method") is JsonString method && !IsJsonAta(method.Value))
            {
                methods.Add(method.Value);
            }
            else
            {
                methods.AddRange(HttpTask.Methods);
                if (parameters?.Get("Method.$") is not null || parameters?.Get("Method") is JsonString)
                {
                    Notes.Add(new IamNote(stateName, $"The HTTP method of '{stateName}' is chosen at run time, so the policy allows every method the HTTP task accepts on its endpoint; set Method to a constant to narrow it."));
                }
            }

            string endpointKey;
            if (parameters?.Get("ApiEndpoint") is JsonString endpoint && !IsJsonAta(endpoint.Value))
            {
                endpointKey = "StringEquals\n" + endpoint.Value;
            }
            else
            {
                string? dynamic = (parameters?.Get("ApiEndpoint.$") as JsonString)?.Value;
                string? prefix = dynamic is null ? null : EndpointPrefix.FromDynamic(dynamic);
                if (prefix is null)
                {
                    prefix = "https://*";
                    Notes.Add(new IamNote(stateName, $"The endpoint of '{stateName}' is only known at run time and has no static https://host/ prefix, so the policy can only require https://; start the URL with a constant (e.g. States.Format('https://api.example.com/items/{{}}', $.id)) to scope it."));
                }

                endpointKey = "StringLike\n" + prefix;
            }

            if (!_httpEndpoints.TryGetValue(endpointKey, out SortedSet<string>? set))
            {
                set = new SortedSet<string>(StringComparer.Ordinal);
                _httpEndpoints.Add(endpointKey, set);
            }

            foreach (string m in methods)
            {
                set.Add(m);
            }

            JsonObject? authentication = (parameters?.Get("Authentication") ?? parameters?.Get("InvocationConfig")) as JsonObject;
            if (authentication?.Get("ConnectionArn") is JsonString connection && !IsJsonAta(connection.Value))
            {
                _connections.Add(connection.Value);
                _connectionSecrets.Add(ConnectionArn.TryParse(connection.Value, out ConnectionArn arn)
                    ? $"arn:{arn.Partition}:secretsmanager:{arn.Region}:{arn.Account}:secret:events!connection/{arn.Name}/*"
                    : GenericConnectionSecret);
            }
            else if (authentication?.Get("ConnectionArn.$") is not null || authentication?.Get("ConnectionArn") is JsonString)
            {
                _connections.Add("arn:aws:events:*:*:connection/*");
                _connectionSecrets.Add(GenericConnectionSecret);
                Notes.Add(new IamNote(stateName, $"The connection of '{stateName}' is chosen at run time, so the policy allows reading the credentials of every EventBridge connection; set ConnectionArn to a constant or a ${{Substitution}} to scope it."));
            }
        }

        private void AddLambdaInvoke(string stateName, JsonObject? parameters)
        {
            if (parameters?.Get("FunctionName") is JsonString name && !IsJsonAta(name.Value))
            {
                AddFunction(name.Value);
            }
            else
            {
                Notes.Add(new IamNote(stateName, $"'{stateName}' invokes a Lambda function named only at run time, so StepGen cannot scope lambda:InvokeFunction; set FunctionName to a constant ARN or a ${{Substitution}}, or add an [IamStatement] for the functions it may call."));
            }
        }

        /// <summary>A JSONata expression: its value is only known at run time.</summary>
        private static bool IsJsonAta(string value) => value.StartsWith("{%", StringComparison.Ordinal);

        private static bool IsLambdaFunctionArn(string value)
        {
            string[] parts = value.Split(':');
            return parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function";
        }

        /// <summary>Adds a function and its versions and aliases, from a name, a partial ARN, an ARN or a substitution.</summary>
        private void AddFunction(string functionName)
        {
            string baseArn;
            string[] parts = functionName.Split(':');
            if (Substitutions.StartsWithSubstitution(functionName))
            {
                baseArn = functionName;
            }
            else if (parts.Length >= 7 && parts[0] == "arn")
            {
                baseArn = string.Join(":", parts, 0, 7);
            }
            else if (parts.Length >= 3 && parts[1] == "function")
            {
                baseArn = $"arn:aws:lambda:*:{parts[0]}:function:{parts[2]}";
            }
            else
            {
                baseArn = $"arn:aws:lambda:*:*:function:{parts[0]}";
            }

            _functions.Add(baseArn);
            _functions.Add(baseArn + ":*");
        }

        public void AddHttpStatements(JsonArray statements)
        {
            int index = 1;
            foreach (KeyValuePair<string, SortedSet<string>> entry in _httpEndpoints)
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

                statements.Add(Statement(
                    "InvokeHttpEndpoint" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new[] { "states:InvokeHTTPEndpoint" },
                    new[] { $"arn:aws:states:*:*:stateMachine:{_machineName}" },
                    condition));
                index++;
            }
        }

        public void AddConnectionStatements(JsonArray statements)
        {
            if (_connections.Count == 0)
            {
                return;
            }

            statements.Add(Statement("RetrieveConnectionCredentials", new[] { "events:RetrieveConnectionCredentials" }, _connections, null));
            statements.Add(Statement("ReadConnectionSecrets", new[] { "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue" }, _connectionSecrets, null));
        }

        public void AddLambdaStatements(JsonArray statements)
        {
            if (_functions.Count > 0)
            {
                statements.Add(Statement("InvokeLambdaFunctions", new[] { "lambda:InvokeFunction" }, _functions, null));
            }
        }

        private static JsonObject Statement(string sid, IEnumerable<string> actions, IEnumerable<string> resources, JsonObject? condition)
        {
            var statement = new JsonObject();
            statement.Add("Sid", J.Str(sid));
            statement.Add("Effect", J.Str("Allow"));
            statement.Add("Action", J.Strings(actions));
            statement.Add("Resource", J.Strings(resources));
            if (condition is not null)
            {
                statement.Add("Condition", condition);
            }

            return statement;
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
