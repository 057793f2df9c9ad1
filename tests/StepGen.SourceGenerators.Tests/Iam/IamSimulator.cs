using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.SourceGenerators.Tests.Iam;

/// <summary>One request an execution makes, and whether the role must allow it.</summary>
/// <param name="Action">The IAM action, as the service's documentation names it.</param>
/// <param name="Resource">The ARN the request is made on (<c>*</c> for actions with no resource type).</param>
/// <param name="Allowed">True for a request the workflow makes; false for a neighbour it must not reach.</param>
/// <param name="Context">Condition keys the request carries (<c>states:HTTPMethod</c>...).</param>
public sealed record IamRequest(string Action, string Resource, bool Allowed, IReadOnlyDictionary<string, string>? Context = null)
{
    public override string ToString() => $"{(Allowed ? "allow" : "deny")} {Action} on {Resource}{(Context is null ? string.Empty : " " + string.Join(", ", Context.Select(c => $"{c.Key}={c.Value}")))}";
}

/// <summary>A policy as deployed (its <c>${...}</c> names filled in) and the requests to judge against it.</summary>
public sealed record IamCase(string Name, JsonObject Policy, IReadOnlyList<IamRequest> Requests);

/// <summary>
/// tests/js/simulate-iam.js: @cloud-copilot/iam-simulate judges each request against the policy, as the only
/// policy of a role in account 123456789012. The simulator knows the Service Authorization Reference on its own, so
/// a request on an ARN the action does not act on is refused, not allowed.
/// </summary>
internal static class IamSimulator
{
    public const string Account = "123456789012";

    public const string Region = "us-east-1";

    /// <summary>The mismatches of every case: requests whose decision is not the expected one, with the simulator's words.</summary>
    public static async Task<List<string>> MismatchesAsync(ITestOutputHelper output, IReadOnlyList<IamCase> cases)
    {
        await JsTools.EnsureInstalledAsync(output);
        var batches = new JsonArray();
        foreach (IamCase @case in cases)
        {
            var requests = new JsonArray();
            foreach (IamRequest request in @case.Requests)
            {
                var context = new JsonObject();
                foreach (KeyValuePair<string, string> pair in request.Context ?? new Dictionary<string, string>())
                {
                    context[pair.Key] = pair.Value;
                }

                requests.Add(new JsonObject { ["action"] = request.Action, ["resource"] = request.Resource, ["context"] = context });
            }

            batches.Add(new JsonObject { ["policy"] = @case.Policy.DeepClone(), ["requests"] = requests });
        }

        string input = Path.Combine(Path.GetTempPath(), $"stepgen-iam-{Guid.NewGuid():N}.json");
        File.WriteAllText(input, new JsonObject { ["batches"] = batches }.ToJsonString());
        try
        {
            CommandResult result = await CommandRunner.RunAsync("node", new[] { Path.Combine(JsTools.Directory, "simulate-iam.js"), input }, JsTools.Directory);
            Assert.True(result.Succeeded, "simulate-iam.js failed:" + Environment.NewLine + result);
            JsonArray judged = JsonNode.Parse(result.Output)!["batches"]!.AsArray();
            var mismatches = new List<string>();
            for (int i = 0; i < cases.Count; i++)
            {
                JsonArray results = judged[i]!["results"]!.AsArray();
                for (int j = 0; j < cases[i].Requests.Count; j++)
                {
                    IamRequest request = cases[i].Requests[j];
                    string? decision = (string?)results[j]!["decision"];
                    string errors = string.Join("; ", results[j]!["errors"]!.AsArray().Select(e => (string?)e));
                    bool allowed = decision == "Allowed";
                    if (decision is null || allowed != request.Allowed || (request.Allowed && errors.Length > 0))
                    {
                        mismatches.Add($"{cases[i].Name}: expected {request}, simulator said {decision ?? "nothing"}{(errors.Length > 0 ? $" ({errors})" : string.Empty)}");
                    }
                }
            }

            return mismatches;
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>
    /// The policy as a deployment fills it in: each <c>${Name}</c> gets the value <paramref name="values"/> gives (the
    /// test's stand-ins for the deploy template's resources); a name without one fails the test.
    /// </summary>
    public static JsonObject Deployed(string policy, IReadOnlyDictionary<string, string> values)
    {
        string filled = Regex.Replace(policy, @"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", match =>
            values.TryGetValue(match.Groups[1].Value, out string? value)
                ? value
                : throw new Xunit.Sdk.XunitException($"the test gives no value for {match.Value}"));
        return JsonNode.Parse(filled)!.AsObject();
    }

    /// <summary>Condition keys of an HTTP Task's request (HTTP Task page, IAM section).</summary>
    public static IReadOnlyDictionary<string, string> Http(string method, string endpoint) =>
        new Dictionary<string, string> { ["states:HTTPMethod"] = method, ["states:HTTPEndpoint"] = endpoint };

    public static string Function(string name) => $"arn:aws:lambda:{Region}:{Account}:function:{name}";

    public static string StateMachine(string name) => $"arn:aws:states:{Region}:{Account}:stateMachine:{name}";

    public static string Connection(string name) => $"arn:aws:events:{Region}:{Account}:connection/{name}/0f3d1c2b-5a6e-4f70-8b91-2c3d4e5f6a7b";

    /// <summary>The secret EventBridge keeps for a connection: its name, a uuid, then six random characters.</summary>
    public static string ConnectionSecret(string name) => $"arn:aws:secretsmanager:{Region}:{Account}:secret:events!connection/{name}/0f3d1c2b-5a6e-4f70-8b91-2c3d4e5f6a7b-Ab12Cd";
}
