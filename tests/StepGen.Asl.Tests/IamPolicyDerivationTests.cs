using StepGen.Asl.Iam;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

public class IamPolicyDerivationTests
{
    private static IamPolicyResult Derive(string asl, string name = "Machine")
    {
        JsonParseResult parsed = JsonParser.Parse(asl);
        Assert.True(parsed.Success, parsed.Error);
        return IamPolicyDerivation.Derive((JsonObject)parsed.Value!, name, Array.Empty<JsonObject>());
    }

    private static string Http(string endpointField, string method = "\"Method\": \"POST\"", string connection = "\"Authentication\": { \"ConnectionArn\": \"arn:aws:events:us-east-1:123456789012:connection/Tickets/81210c42-8af1-456b-9c4a-6ff02fc664ac\" }") => $$"""
        {
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task",
              "Resource": "arn:aws:states:::http:invoke",
              "Parameters": { {{endpointField}}, {{method}}, {{connection}} },
              "End": true
            }
          }
        }
        """;

    private static JsonObject Statement(IamPolicyResult result, string sid)
    {
        foreach (JsonNode statement in ((JsonArray)result.Policy.Get("Statement")!).Items)
        {
            if (statement is JsonObject obj && obj.Get("Sid") is JsonString { Value: var value } && value == sid)
            {
                return obj;
            }
        }

        throw new Xunit.Sdk.XunitException($"no statement {sid} in {JsonWriter.Write(result.Policy)}");
    }

    private static string Compact(JsonNode node) => JsonWriter.Write(node, indented: false);

    [Fact]
    public void StaticEndpoint_IsPinnedExactlyWithItsMethod()
    {
        IamPolicyResult result = Derive(Http("\"ApiEndpoint\": \"https://api.example.com/v1/tickets\""), "Tickets");
        JsonObject invoke = Statement(result, "InvokeHttpEndpoint1");
        Assert.Equal("""["states:InvokeHTTPEndpoint"]""", Compact(invoke.Get("Action")!));
        Assert.Equal("""["arn:aws:states:*:*:stateMachine:Tickets"]""", Compact(invoke.Get("Resource")!));
        Assert.Equal("""{"StringEquals":{"states:HTTPMethod":["POST"],"states:HTTPEndpoint":"https://api.example.com/v1/tickets"}}""", Compact(invoke.Get("Condition")!));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void LiteralConnection_ScopesCredentialsAndItsOwnSecret()
    {
        IamPolicyResult result = Derive(Http("\"ApiEndpoint\": \"https://api.example.com/v1/tickets\""));
        Assert.Equal("""["arn:aws:events:us-east-1:123456789012:connection/Tickets/81210c42-8af1-456b-9c4a-6ff02fc664ac"]""", Compact(Statement(result, "RetrieveConnectionCredentials").Get("Resource")!));
        JsonObject secrets = Statement(result, "ReadConnectionSecrets");
        Assert.Equal("""["secretsmanager:DescribeSecret","secretsmanager:GetSecretValue"]""", Compact(secrets.Get("Action")!));
        Assert.Equal("""["arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/Tickets/*"]""", Compact(secrets.Get("Resource")!));
    }

    [Fact]
    public void SubstitutedConnection_ReadsOnlyItsOwnSecret_ThroughACompanionSubstitution()
    {
        IamPolicyResult result = Derive(Http("\"ApiEndpoint\": \"https://api.example.com/x\"", connection: "\"Authentication\": { \"ConnectionArn\": \"${SlackConnectionArn}\" }"));
        Assert.Equal("""["${SlackConnectionArn}"]""", Compact(Statement(result, "RetrieveConnectionCredentials").Get("Resource")!));
        Assert.Equal("""["${SlackConnectionSecretArn}"]""", Compact(Statement(result, "ReadConnectionSecrets").Get("Resource")!));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void DynamicEndpoint_GetsTheStaticPrefixUpToASlash()
    {
        // A prefix that stops inside the host name would also match https://api.example.com.evil.tld/.
        IamPolicyResult result = Derive(Http("\"ApiEndpoint.$\": \"States.Format('https://api.example.com/users/{}/orders', $.id)\""));
        Assert.Equal("""{"StringEquals":{"states:HTTPMethod":["POST"]},"StringLike":{"states:HTTPEndpoint":"https://api.example.com/users/*"}}""", Compact(Statement(result, "InvokeHttpEndpoint1").Get("Condition")!));
    }

    [Theory]
    [InlineData("{% 'https://api.example.com/users/' & $states.input.id & '/orders' %}", "https://api.example.com/users/*")]
    [InlineData("{% \"https://api.example.com/v2/\" & $id %}", "https://api.example.com/v2/*")]
    [InlineData("{% 'https://api.example.com' & $path %}", "https://*")]
    [InlineData("{% $states.input.url %}", "https://*")]
    public void JsonAtaEndpoint_GetsTheStaticPrefixOfItsLeadingLiteral(string expression, string prefix)
    {
        IamPolicyResult result = Derive(Http($"\"ApiEndpoint\": {JsonWriter.Write(new JsonString(expression), indented: false)}"));
        JsonObject condition = (JsonObject)Statement(result, "InvokeHttpEndpoint1").Get("Condition")!;
        Assert.Equal($$"""{"states:HTTPEndpoint":"{{prefix}}"}""", Compact(condition.Get("StringLike")!));
    }

    [Fact]
    public void EndpointOnlyKnownAtRunTime_IsStillConditionedAndTheMethodNoted()
    {
        // The endpoint without a constant host is SG4006's, reported where the URL is written; the method is SG4005's.
        IamPolicyResult result = Derive(Http("\"ApiEndpoint.$\": \"$.url\"", method: "\"Method.$\": \"$.method\""));
        JsonObject condition = (JsonObject)Statement(result, "InvokeHttpEndpoint1").Get("Condition")!;
        Assert.Equal("""{"states:HTTPMethod":["DELETE","GET","HEAD","OPTIONS","PATCH","POST","PUT"]}""", Compact(condition.Get("StringEquals")!));
        Assert.Equal("""{"states:HTTPEndpoint":"https://*"}""", Compact(condition.Get("StringLike")!));
        IamNote note = Assert.Single(result.Notes);
        Assert.Equal("Call", note.StateName);
        Assert.Contains("method", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonAtaArguments_AreReadLikeParameters_AndExpressionsCountAsRunTimeValues()
    {
        string asl = """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::http:invoke",
                  "Arguments": { "ApiEndpoint": "https://api.example.com/v1/items", "Method": "{% $states.input.method %}", "Authentication": { "ConnectionArn": "${C}" } },
                  "Next": "Fn"
                },
                "Fn": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": { "FunctionName": "${FnArn}", "Payload": "{% $states.input %}" }, "End": true }
              }
            }
            """;
        IamPolicyResult result = Derive(asl);
        JsonObject condition = (JsonObject)Statement(result, "InvokeHttpEndpoint1").Get("Condition")!;
        Assert.Equal("""{"states:HTTPMethod":["DELETE","GET","HEAD","OPTIONS","PATCH","POST","PUT"],"states:HTTPEndpoint":"https://api.example.com/v1/items"}""", Compact(condition.Get("StringEquals")!));
        Assert.Equal("""["${C}"]""", Compact(Statement(result, "RetrieveConnectionCredentials").Get("Resource")!));
        Assert.Equal("""["${FnArn}","${FnArn}:*"]""", Compact(Statement(result, "InvokeLambdaFunctions").Get("Resource")!));
        Assert.Contains("run time", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void TwoEndpoints_GetOneStatementEach_SoMethodsDoNotCrossOver()
    {
        string asl = """
            {
              "StartAt": "A",
              "States": {
                "A": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": { "ApiEndpoint": "https://a.example.com/x", "Method": "GET", "Authentication": { "ConnectionArn": "${C}" } }, "Next": "B" },
                "B": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": { "ApiEndpoint": "https://b.example.com/y", "Method": "DELETE", "Authentication": { "ConnectionArn": "${C}" } }, "Next": "C" },
                "C": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": { "ApiEndpoint": "https://a.example.com/x", "Method": "POST", "Authentication": { "ConnectionArn": "${C}" } }, "End": true }
              }
            }
            """;
        IamPolicyResult result = Derive(asl);
        Assert.Equal("""["GET","POST"]""", Compact(((JsonObject)((JsonObject)Statement(result, "InvokeHttpEndpoint1").Get("Condition")!).Get("StringEquals")!).Get("states:HTTPMethod")!));
        Assert.Equal("""["DELETE"]""", Compact(((JsonObject)((JsonObject)Statement(result, "InvokeHttpEndpoint2").Get("Condition")!).Get("StringEquals")!).Get("states:HTTPMethod")!));
        Assert.Equal("""["${C}"]""", Compact(Statement(result, "RetrieveConnectionCredentials").Get("Resource")!));
    }

    [Theory]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:extract", "arn:aws:lambda:us-east-1:123456789012:function:extract")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:extract:prod", "arn:aws:lambda:us-east-1:123456789012:function:extract")]
    [InlineData("extract", "arn:aws:lambda:*:*:function:extract")]
    [InlineData("extract:prod", "arn:aws:lambda:*:*:function:extract")]
    [InlineData("123456789012:function:extract", "arn:aws:lambda:*:123456789012:function:extract")]
    [InlineData("${ExtractFunctionArn}", "${ExtractFunctionArn}")]
    public void LambdaInvoke_ScopesToTheFunctionAndItsVersions(string functionName, string arn)
    {
        string asl = $$"""
            { "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": { "FunctionName": "{{functionName}}", "Payload.$": "$" }, "End": true } } }
            """;
        JsonObject statement = Statement(Derive(asl), "InvokeLambdaFunctions");
        Assert.Equal("""["lambda:InvokeFunction"]""", Compact(statement.Get("Action")!));
        Assert.Equal($$"""["{{arn}}","{{arn}}:*"]""", Compact(statement.Get("Resource")!));
    }

    [Fact]
    public void BareLambdaArnResource_IsScoped()
    {
        string asl = """{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f", "End": true } } }""";
        Assert.Equal("""["arn:aws:lambda:eu-west-1:123456789012:function:f","arn:aws:lambda:eu-west-1:123456789012:function:f:*"]""", Compact(Statement(Derive(asl), "InvokeLambdaFunctions").Get("Resource")!));
    }

    [Fact]
    public void UnknownIntegration_IsNotedNotGuessed()
    {
        string asl = """{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::codebuild:startBuild.waitForTaskToken", "Parameters": { "ProjectName": "x" }, "End": true } } }""";
        IamPolicyResult result = Derive(asl);
        JsonObject only = (JsonObject)Assert.Single(((JsonArray)result.Policy.Get("Statement")!).Items);
        Assert.Equal("Deny", ((JsonString)only.Get("Effect")!).Value);
        Assert.Contains("arn:aws:states:::codebuild:startBuild.waitForTaskToken", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void CustomStatements_AreAppendedWithStableSids()
    {
        var custom = (JsonObject)JsonParser.Parse("""{ "Effect": "Allow", "Action": ["sns:Publish"], "Resource": ["arn:aws:sns:us-east-1:123456789012:alerts"] }""").Value!;
        IamPolicyResult result = IamPolicyDerivation.Derive((JsonObject)JsonParser.Parse(Http("\"ApiEndpoint\": \"https://a.example.com/\"")).Value!, "M", new[] { custom, custom });
        var sids = ((JsonArray)result.Policy.Get("Statement")!).Items.Select(s => ((JsonString)((JsonObject)s).Get("Sid")!).Value).ToArray();
        Assert.Equal(new[] { "InvokeHttpEndpoint1", "RetrieveConnectionCredentials", "ReadConnectionSecrets", "Custom1", "Custom2" }, sids);
    }

    [Theory]
    [InlineData("States.Format('https://api.example.com/users/{}/orders', $.id)", "https://api.example.com/users/*")]
    [InlineData("States.Format('{}/orders/{}', '${BaseUrl}', $.id)", "${BaseUrl}/orders/*")]
    [InlineData("States.Format('{}{}', '${BaseUrl}', $.path)", null)]
    [InlineData("States.Format('{}/orders/{}', 'https://api.example.com', $.id)", "https://api.example.com/orders/*")]
    [InlineData("States.Format('https://api.example.com?q={}', $.q)", "https://api.example.com?*")]
    [InlineData("States.Format('https://{}.example.com/x', $.tenant)", null)]
    [InlineData("$.url", null)]
    public void RunTimeEndpoints_KeepTheirConstantHost(string expression, string? prefix) => Assert.Equal(prefix, EndpointPrefix.FromDynamic(expression));
}
