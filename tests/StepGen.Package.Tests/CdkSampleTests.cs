using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// samples/Cdk synthesized for real: the state machine in its template must carry the generated ASL
/// with each <c>${...}</c> name bound to the construct that owns it, and its execution role must carry the
/// generated policy, scoped to the same constructs. Needs node on PATH (the jsii runtime), no CDK CLI.
/// </summary>
public sealed class CdkSampleTests : IClassFixture<CdkSampleFixture>
{
    /// <summary>
    /// The CloudFormation type of the resource, and its attribute, that fills each name of the machine. The policy's
    /// CarrierConnectionSecretArn is the connection's secret, so that only that secret is readable.
    /// </summary>
    private static readonly Dictionary<string, (string Type, string Attribute)> Owners = new()
    {
        ["CarrierConnectionArn"] = ("AWS::Events::Connection", "Arn"),
        ["CarrierConnectionSecretArn"] = ("AWS::Events::Connection", "SecretArn"),
        ["ProcessOrderFunctionArn"] = ("AWS::Lambda::Function", "Arn"),
    };

    private static readonly string[] ListKeys = { "Action", "NotAction", "Resource", "NotResource" };

    private readonly CdkSampleFixture _fixture;
    private readonly ITestOutputHelper _output;

    public CdkSampleTests(CdkSampleFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Lint_FindsNothingWrong_InTheSynthesizedCloudAssembly()
    {
        CdkSynthesis synthesis = await _fixture.GetAsync(_output);
        Assert.NotNull(synthesis.Template);

        (int code, string stdout, string stderr) = await DeploySampleTests.LintAsync(_fixture.OutDirectory);

        // The definition is a Fn::Join of the generated ASL and the constructs' ARNs: read through the template.
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("1 state machine checked: 0 errors, 0 warnings, 0 messages.", stdout);
    }

    [Fact]
    public async Task StateMachine_HasTheGeneratedDefinition_AndItsNamesBoundToTheConstructs()
    {
        CdkSynthesis synthesis = await _fixture.GetAsync(_output);
        GeneratedMachine machine = synthesis.Machine;
        Assert.Equal(Owners.Keys.Order(StringComparer.Ordinal), machine.Substitutions.Order(StringComparer.Ordinal));

        JsonObject properties = synthesis.Single("AWS::StepFunctions::StateMachine").Value["Properties"]!.AsObject();
        Assert.Equal(machine.Name, (string?)properties["StateMachineName"]);

        // A plain string, not an Fn::Join or Fn::Sub: CloudFormation gets the generated text untouched.
        JsonNode? definition = properties["DefinitionString"];
        Assert.True(definition is JsonValue value && value.TryGetValue(out string? _), "DefinitionString is not a string: " + definition?.ToJsonString());
        AssertJsonEqual(JsonNode.Parse(machine.Asl), JsonNode.Parse((string)definition!));

        JsonObject substitutions = properties["DefinitionSubstitutions"]!.AsObject();
        Assert.Equal(Owners.Keys.Order(StringComparer.Ordinal), substitutions.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach ((string name, (string type, string attribute)) in Owners)
        {
            AssertJsonEqual(ArnOf(synthesis, type, attribute), substitutions[name]);
        }
    }

    [Fact]
    public async Task ExecutionRole_HasOnlyTheGeneratedPolicy_WithTheConstructsArns()
    {
        CdkSynthesis synthesis = await _fixture.GetAsync(_output);
        (string roleId, JsonObject role) = ExecutionRole(synthesis);
        JsonObject roleProperties = role["Properties"]!.AsObject();

        // Nothing granted besides the one inline policy: no managed policies, no separate AWS::IAM::Policy.
        Assert.Null(roleProperties["ManagedPolicyArns"]);
        Assert.DoesNotContain(
            synthesis.Resources,
            r => (string?)r.Value!["Type"] is "AWS::IAM::Policy" or "AWS::IAM::ManagedPolicy"
                 && r.Value["Properties"]!.ToJsonString().Contains("\"" + roleId + "\"", StringComparison.Ordinal));
        JsonArray policies = roleProperties["Policies"]!.AsArray();
        JsonObject document = Assert.Single(policies)!["PolicyDocument"]!.AsObject();

        // The whole document is the generated one with each ${Name} turned into the construct's ARN.
        JsonNode expected = Resolve(JsonNode.Parse(synthesis.Machine.IamPolicy)!, synthesis);
        AssertJsonEqual(Normalize(expected), Normalize(document));
    }

    [Fact]
    public async Task ExecutionRole_StatementsAreScoped()
    {
        CdkSynthesis synthesis = await _fixture.GetAsync(_output);
        (_, JsonObject role) = ExecutionRole(synthesis);
        JsonArray statements = Normalize(role["Properties"]!["Policies"]![0]!["PolicyDocument"]!)["Statement"]!.AsArray();
        JsonNode connectionArn = ArnOf(synthesis, "AWS::Events::Connection");
        JsonNode functionArn = ArnOf(synthesis, "AWS::Lambda::Function");

        // states:InvokeHTTPEndpoint: this machine only, and only POST to the carrier's URL.
        JsonObject http = StatementWith(statements, "states:InvokeHTTPEndpoint");
        AssertJsonEqual(JsonNode.Parse($"""["arn:aws:states:*:*:stateMachine:{synthesis.Machine.Name}"]"""), http["Resource"]);
        JsonObject equals = http["Condition"]!["StringEquals"]!.AsObject();
        AssertJsonEqual(JsonNode.Parse("""["POST"]"""), equals["states:HTTPMethod"]);
        AssertJsonEqual(JsonValue.Create("https://api.carrier.example.com/v2/shipments"), equals["states:HTTPEndpoint"]);

        // events:RetrieveConnectionCredentials: the stack's connection.
        AssertJsonEqual(new JsonArray(connectionArn.DeepClone()), StatementWith(statements, "events:RetrieveConnectionCredentials")["Resource"]);

        // lambda:InvokeFunction: the stack's function and its versions and aliases.
        var functionAndQualifiers = new JsonArray(
            functionArn.DeepClone(),
            new JsonObject { ["Fn::Join"] = new JsonArray("", new JsonArray(functionArn.DeepClone(), ":*")) });
        AssertJsonEqual(Normalize(functionAndQualifiers), StatementWith(statements, "lambda:InvokeFunction")["Resource"]);

        foreach (JsonNode? statement in statements)
        {
            string text = statement!.ToJsonString();
            Assert.DoesNotContain(statement["Action"]!.AsArray(), a => ((string?)a)!.Contains('*'));
            bool anyResource = statement["Resource"]!.AsArray().Any(r => r is JsonValue v && v.TryGetValue(out string? s) && s == "*");
            Assert.False(anyResource && statement["Condition"] is null, "an unconditioned \"*\" resource: " + text);
        }
    }

    private static (string Id, JsonObject Role) ExecutionRole(CdkSynthesis synthesis)
    {
        JsonNode roleArn = synthesis.Single("AWS::StepFunctions::StateMachine").Value["Properties"]!["RoleArn"]!;
        string roleId = (string)roleArn["Fn::GetAtt"]![0]!;
        Assert.Equal("Arn", (string?)roleArn["Fn::GetAtt"]![1]);
        JsonObject role = synthesis.Resources[roleId]!.AsObject();
        Assert.Equal("AWS::IAM::Role", (string?)role["Type"]);
        return (roleId, role);
    }

    /// <summary>How CloudFormation reads the ARN of the one resource of <paramref name="type"/>.</summary>
    /// <remarks>Fn::GetAtt Arn: for both a connection and a function, Ref is the name, not the ARN.</remarks>
    private static JsonNode ArnOf(CdkSynthesis synthesis, string type, string attribute = "Arn") =>
        new JsonObject { ["Fn::GetAtt"] = new JsonArray(synthesis.Single(type).Key, attribute) };

    /// <summary>
    /// The generated policy as CDK should have written it: a string that is one <c>${Name}</c> becomes the
    /// owner's Fn::GetAtt, a string with text around it an Fn::Join of the pieces.
    /// </summary>
    private static JsonNode Resolve(JsonNode node, CdkSynthesis synthesis)
    {
        switch (node)
        {
            case JsonObject obj:
                return new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Resolve(p.Value!, synthesis))));
            case JsonArray array:
                return new JsonArray(array.Select(item => (JsonNode?)Resolve(item!, synthesis)).ToArray());
            case JsonValue value when value.TryGetValue(out string? text):
                var parts = new List<JsonNode>();
                int at = 0;
                foreach (Match m in Regex.Matches(text, @"\$\{([A-Za-z_][A-Za-z0-9_]*)\}"))
                {
                    if (m.Index > at)
                    {
                        parts.Add(JsonValue.Create(text[at..m.Index]));
                    }

                    Assert.True(Owners.TryGetValue(m.Groups[1].Value, out (string Type, string Attribute) owner), "no owner known for " + m.Value);
                    parts.Add(ArnOf(synthesis, owner.Type, owner.Attribute));
                    at = m.Index + m.Length;
                }

                if (parts.Count == 0)
                {
                    return value.DeepClone();
                }

                if (at < text.Length)
                {
                    parts.Add(JsonValue.Create(text[at..]));
                }

                return parts.Count == 1
                    ? parts[0]
                    : new JsonObject { ["Fn::Join"] = new JsonArray("", new JsonArray(parts.ToArray())) };
            default:
                return node.DeepClone();
        }
    }

    /// <summary>
    /// CDK writes a one-element Action or Resource list as a bare value and may reorder a list; make every
    /// such list an array in a fixed order so two documents compare by meaning.
    /// </summary>
    private static JsonNode Normalize(JsonNode node)
    {
        JsonNode copy = node.DeepClone();
        if (copy is JsonObject document && document["Statement"] is JsonArray statements)
        {
            foreach (JsonObject statement in statements.Select(s => s!.AsObject()))
            {
                foreach (string key in ListKeys)
                {
                    if (statement[key] is JsonNode list)
                    {
                        JsonNode[] items = list is JsonArray a ? a.Select(i => i!.DeepClone()).ToArray() : new[] { list.DeepClone() };
                        statement[key] = new JsonArray(items.OrderBy(i => i.ToJsonString(), StringComparer.Ordinal).ToArray());
                    }
                }
            }
        }
        else if (copy is JsonArray list)
        {
            return new JsonArray(list.Select(i => i!.DeepClone()).OrderBy(i => i.ToJsonString(), StringComparer.Ordinal).ToArray());
        }

        return copy;
    }

    private static JsonObject StatementWith(JsonArray statements, string action)
    {
        List<JsonObject> found = statements
            .Select(s => s!.AsObject())
            .Where(s => s["Action"]!.AsArray().Any(a => (string?)a == action))
            .ToList();
        Assert.True(found.Count == 1, $"expected one statement with {action}, found {found.Count}");
        return found[0];
    }

    private static void AssertJsonEqual(JsonNode? expected, JsonNode? actual)
    {
        var indented = new JsonSerializerOptions { WriteIndented = true };
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"expected:{Environment.NewLine}{expected?.ToJsonString(indented)}{Environment.NewLine}actual:{Environment.NewLine}{actual?.ToJsonString(indented)}");
    }
}
