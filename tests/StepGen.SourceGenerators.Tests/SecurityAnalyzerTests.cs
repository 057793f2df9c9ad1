using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// SG4001-SG4004 from source: where each is reported, what its message says, and what must not be reported.
/// Token-shaped values are assembled in the tests that need them, so that this file holds no string a secret
/// scanner would report.
/// </summary>
public class SecurityAnalyzerTests
{
    private const string HttpCall = """
        [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${TicketsConnectionArn}", End = true)]
        public partial class Call;
        """;

    // SG4001

    [Fact]
    public Task InvokeHttpEndpointOnStarWithoutCondition_IsFlaggedOnTheAction() => AnalyzerVerifier.VerifyAsync($$"""
        [StateMachine(StartAt = nameof(Call))]
        [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|} }, Resources = new[] { "*" })]
        public partial class M
        {
            {{HttpCall}}
        }
        """);

    [Fact]
    public Task InvokeHttpEndpointThroughAWildcard_IsFlaggedAsBothSG4001AndSG4002() => AnalyzerVerifier.VerifyAsync(
        $$"""
        [StateMachine(StartAt = nameof(Call))]
        [IamStatement(Actions = new[] { "sns:Publish", {|#0:"states:*"|} }, Resources = new[] { {|#1:"*"|} })]
        [IamStatement(Actions = new[] { {|#2:"*"|} }, Resources = new[] { "arn:aws:s3:::reports/*", "*" })]
        public partial class M
        {
            {{HttpCall}}
        }
        """,
        DiagnosticResult.CompilerWarning("SG4001").WithLocation(0),
        DiagnosticResult.CompilerWarning("SG4002").WithLocation(0),
        DiagnosticResult.CompilerWarning("SG4003").WithLocation(1),
        DiagnosticResult.CompilerWarning("SG4001").WithLocation(2),
        DiagnosticResult.CompilerWarning("SG4002").WithLocation(2));

    [Fact]
    public Task InvokeHttpEndpointWithACondition_OrScopedOrDenied_IsNotFlagged() => AnalyzerVerifier.VerifyAsync($$"""
        [StateMachine(StartAt = nameof(Call))]
        [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "*" },
                      Condition = "{ \"StringLike\": { \"states:HTTPEndpoint\": \"https://api.example.com/v1/*\" } }")]
        [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "*" },
                      Condition = "{ \"StringEquals\": { \"STATES:HTTPMETHOD\": \"GET\" } }")]
        [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "arn:aws:states:us-east-1:123456789012:stateMachine:M" })]
        [IamStatement(Effect = "Deny", Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "*" })]
        public partial class M
        {
            {{HttpCall}}
        }
        """);

    [Fact]
    public async Task SG4001_NamesWhatStepGenAlreadyAllows_OrSuggestsACondition()
    {
        string withTask = $$"""
            using StepGen;
            [StateMachine(StartAt = nameof(Call))]
            [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "*" })]
            public partial class M
            {
                {{HttpCall}}
            }
            """;
        string message = Assert.Single(await Security(withTask)).GetMessage();
        Assert.Contains("with no states:HTTPEndpoint or states:HTTPMethod condition", message);
        Assert.Contains("StepGen already derives states:InvokeHTTPEndpoint", message);
        Assert.Contains("'POST https://api.example.com/v1/tickets'", message);

        string withoutTask = """
            using StepGen;
            [StateMachine(StartAt = nameof(Done))]
            [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "*" })]
            public partial class M
            {
                [Succeed] public partial class Done;
            }
            """;
        message = Assert.Single(await Security(withoutTask)).GetMessage();
        Assert.Contains("Add a Condition such as", message);
        Assert.DoesNotContain("already", message);
    }

    // SG4002

    [Fact]
    public Task WildcardActions_AreFlaggedOnTheirElement() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Done))]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery", {|SG4002:"logs:*"|} }, Resources = new[] { "arn:aws:logs:us-east-1:123456789012:log-group:orders:*" })]
        [IamStatement(Actions = new[] { {|SG4002:"s3:Get*"|}, {|SG4002:"s3:?utObject"|} }, Resources = new[] { "arn:aws:s3:::reports/*" })]
        [IamStatement(Actions = [ {|SG4002:"dynamodb:*"|} ], Resources = [ "arn:aws:dynamodb:us-east-1:123456789012:table/Orders" ])]
        [IamStatement(Effect = "Deny", Actions = new[] { "s3:*" }, Resources = new[] { "arn:aws:s3:::audit/*" })]
        public partial class M
        {
            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public async Task SG4002_SaysWhatTheWildcardCovers_AndWhatStepGenDerives()
    {
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(Run))]
            [IamStatement(Actions = new[] { "lambda:*" }, Resources = new[] { "arn:aws:lambda:us-east-1:123456789012:function:*" })]
            [IamStatement(Actions = new[] { "s3:Get*" }, Resources = new[] { "arn:aws:s3:::reports/*" })]
            public partial class M
            {
                [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
                [Parameter("FunctionName", "${WorkerArn}")]
                public partial class Run;
            }
            """;
        string[] messages = (await Security(source)).Select(d => d.GetMessage()).ToArray();
        Assert.Equal(2, messages.Length);
        Assert.Contains("allows every lambda action", messages[0]);
        Assert.Contains("StepGen already derives 'lambda:InvokeFunction'", messages[0]);
        Assert.Contains("every s3 action whose name matches it", messages[1]);
        Assert.DoesNotContain("already", messages[1]);
    }

    // SG4003

    [Fact]
    public Task StarResourceForScopableActions_IsFlaggedOnTheStar() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Done))]
        [IamStatement(Actions = new[] { "sns:Publish", "sqs:SendMessage" }, Resources = new[] { {|SG4003:"*"|} })]
        [IamStatement(Actions = new[] { "events:RetrieveConnectionCredentials" }, Resources = new[] { "${ConnectionArn}", {|SG4003:"*"|} })]
        [IamStatement(Actions = new[] { "SecretsManager:GetSecretValue" }, Resources = [ {|SG4003:"*"|} ])]
        public partial class M
        {
            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task ScopedOrUnscopableStatements_AreNotFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Done))]
        [IamStatement(Actions = new[] { "sns:Publish" }, Resources = new[] { "arn:aws:sns:us-east-1:123456789012:alerts" })]
        [IamStatement(Actions = new[] { "sqs:SendMessage" }, Resources = new[] { "${AuditQueueArn}" })]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery", "logs:DescribeResourcePolicies", "xray:PutTraceSegments" }, Resources = new[] { "*" })]
        [IamStatement(Effect = "Deny", Actions = new[] { "sns:Publish" }, Resources = new[] { "*" })]
        public partial class M
        {
            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public async Task SG4003_SaysWhatToScopeTo_AndWhenStepGenAlreadyDerivesIt()
    {
        string source = $$"""
            using StepGen;
            [StateMachine(StartAt = nameof(Run))]
            [IamStatement(Actions = new[] { "sns:Publish", "sqs:SendMessage" }, Resources = new[] { "*" })]
            [IamStatement(Actions = new[] { "lambda:InvokeFunction" }, Resources = new[] { "*" })]
            [IamStatement(Actions = new[] { "events:RetrieveConnectionCredentials", "sns:Publish" }, Resources = new[] { "*" })]
            public partial class M
            {
                [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(Call))]
                [Parameter("FunctionName", "${WorkerArn}")]
                public partial class Run;

                {{HttpCall}}
            }
            """;
        string[] messages = (await Security(source)).Select(d => d.GetMessage()).ToArray();
        Assert.Equal(3, messages.Length);

        Assert.Contains("sns:Publish to the SNS topic, arn:aws:sns:<region>:<account>:<topic>", messages[0]);
        Assert.Contains("sqs:SendMessage to the SQS queue, arn:aws:sqs:<region>:<account>:<queue>", messages[0]);
        Assert.DoesNotContain("already", messages[0]);

        Assert.Contains("StepGen already derives lambda:InvokeFunction", messages[1]);
        Assert.Contains("'${WorkerArn}'", messages[1]);
        Assert.Contains("this [IamStatement] can be removed", messages[1]);

        Assert.Contains("StepGen already derives events:RetrieveConnectionCredentials", messages[2]);
        Assert.Contains("remove it from this statement", messages[2]);
        Assert.Contains("sns:Publish to the SNS topic", messages[2]);
    }

    // SG4004

    [Fact]
    public Task CredentialsInHeaderQueryAndBodyAttributes_AreFlaggedOnTheValue() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${Conn}", End = true)]
            [Header("X-Api-Key", {|SG4004:"0123456789abcdef"|})]
            [Header("Content-Type", "application/json")]
            [QueryParameter("api_key", {|SG4004:"abc"|})]
            [QueryParameter("sentAutoResponder", "false")]
            [Body("client_secret", {|SG4004:"s3cr3t-value"|})]
            [Body("note", "rotate key {|SG4004:AKIAIOSFODNN7EXAMPLE|} today")]
            [Body("tags", new[] { "a", "{|SG4004:Bearer abcdefgh12345678|}" })]
            [Body("password", new[] { {|SG4004:"x"|}, {|SG4004:"y"|} })]
            public partial class Call;
        }
        """);

    [Fact]
    public Task AuthorizationHeader_IsBothRefusedBySG3004_AndALeakedCredentialBySG4004() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${Conn}", End = true)]
            [Header({|SG3004:"Authorization"|}, {|SG4004:"Bearer abc"|})]
            [Header("X-Auth", "{|SG4004:Bearer abcdefgh12345678|}")]
            public partial class Call;
        }
        """);

    [Fact]
    public Task CredentialsInJsonText_AreFlaggedAtTheirCharacters() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${Conn}", Next = nameof(Raw),
                      RequestBody = "{ \"subject\": \"x\", \"auth\": { \"password\": \"{|SG4004:hunter22|}\" }, \"tokens\": [\"{|SG4004:Basic dXNlcjpwYXNzd29yZA==|}\"] }")]
            public partial class Call;

            [Task(Resource = "arn:aws:states:::http:invoke", Next = nameof(RawString),
                  Parameters = "{ \"ApiEndpoint\": \"https://api.example.com/y\", \"Method\": \"GET\", \"Authentication\": { \"ConnectionArn\": \"${Conn}\" }, \"Headers\": { \"X-Api-Key\": \"{|SG4004:k-123|}\", \"X-Trace\": \"1\", \"token.$\": \"$.ResponseBody.token\" }, \"QueryParameters\": { \"access_token\": \"{|SG4004:abc|}\", \"page_token\": \"p2\" } }")]
            public partial class Raw;

            [HttpTask(ApiEndpoint = "https://api.example.com/v1/raw", Method = "POST", ConnectionArn = "${Conn}", End = true,
                      RequestBody = """{ "secret": "{|SG4004:abc|}", "count": 3 }""")]
            public partial class RawString;
        }
        """");

    [Fact]
    public Task SecretShapedValues_AreFlaggedWhateverTheirName() => AnalyzerVerifier.VerifyAsync($$"""
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${Conn}", End = true)]
            [Header("X-Custom", "{|SG4004:Basic dXNlcjpwYXNzd29yZA==|}")]
            [Body("stripe", "{|SG4004:{{"sk_" + "live_" + "0123456789abcdefABCDEF01"}}|}")]
            [Body("slack", "use {|SG4004:{{"xo" + "xb-" + "123456789012-0123456789abcdef"}}|}")]
            [Body("github", "{|SG4004:{{"gh" + "p_" + "0123456789abcdefABCDEF0123456789abcd"}}|}")]
            public partial class Call;
        }
        """);

    [Fact]
    public Task CredentialsInJsonAtaArguments_AreFlagged_ButExpressionsAreNot() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Call), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class M
        {
            [Task(Resource = "arn:aws:states:::http:invoke", End = true,
                  Arguments = "{ \"ApiEndpoint\": \"https://api.example.com/y\", \"Method\": \"POST\", \"Authentication\": { \"ConnectionArn\": \"${Conn}\" }, \"Headers\": { \"X-Api-Key\": \"{% $states.input.key %}\" }, \"RequestBody\": { \"password\": \"{|SG4004:hunter22|}\", \"token\": \"{% $states.input.token %}\" } }")]
            public partial class Call;
        }
        """);

    [Fact]
    public async Task PathsSubstitutionsAndExpressions_AreNotCredentials()
    {
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(Call))]
            public partial class M
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${Conn}", Next = nameof(Callback))]
                [Header("X-Api-Key", Path = "$.apiKey")]
                [Header("X-Session-Token", "${SessionToken}")]
                [QueryParameter("access_token", Path = "States.Format('{}', $.token)")]
                [QueryParameter("api_key", "$.apiKey")]
                [Body("password", Path = "$$.Execution.Input.password")]
                [Body("token", "")]
                [Body("nextToken", "page-2")]
                [Body("secret", 42)]
                public partial class Call;

                [HttpTask(ApiEndpoint = "https://api.example.com/v1/callbacks", Method = "POST", ConnectionArn = "${Conn}", Next = nameof(Ata),
                          RequestBody = "{ \"token.$\": \"$$.Task.Token\", \"client_secret.$\": \"$.secret\", \"api_key\": \"${ApiKey}\", \"header\": \"Bearer ${Token}\" }")]
                public partial class Callback;

                [HttpTask(QueryLanguage = QueryLanguage.JsonAta, ApiEndpoint = "https://api.example.com/v1/x", Method = "POST", ConnectionArn = "${Conn}", End = true,
                          RequestBody = "{% { 'password': $states.input.password } %}")]
                [Header("X-Api-Key", "{% $states.input.apiKey %}")]
                public partial class Ata;
            }
            """;
        Assert.Empty(await Security(source));
    }

    [Fact]
    public async Task SG4004_PointsAtTheEventBridgeConnection()
    {
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(Call))]
            public partial class M
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/v1/tickets", Method = "POST", ConnectionArn = "${Conn}", End = true)]
                [Header("X-Api-Key", "0123456789abcdef")]
                [QueryParameter("q", "Basic dXNlcjpwYXNzd29yZA==")]
                [Body("note", "AKIAIOSFODNN7EXAMPLE")]
                public partial class Call;
            }
            """;
        string[] messages = (await Security(source)).Select(d => d.GetMessage()).ToArray();
        Assert.Equal(3, messages.Length);
        Assert.Contains("The header 'X-Api-Key' of 'Call' is a credential", messages[0]);
        Assert.Contains("EventBridge connection that ConnectionArn names", messages[0]);
        Assert.Contains("API_KEY authorization (ApiKeyName \"X-Api-Key\"", messages[0]);
        Assert.Contains("looks like HTTP Basic credentials", messages[1]);
        Assert.Contains("BASIC authorization", messages[1]);
        Assert.Contains("an AWS access key ID", messages[2]);
        Assert.Contains("execution role", messages[2]);
    }

    /// <summary>The SG4xxx diagnostics of a source (which may hold "$$", unlike markup), in source order.</summary>
    private static async Task<Diagnostic[]> Security(string source)
    {
        ImmutableArray<Diagnostic> diagnostics = await TestCompilation.AnalyzeAsync(source);
        return diagnostics.Where(d => d.Id is "SG4001" or "SG4002" or "SG4003" or "SG4004").OrderBy(d => d.Location.SourceSpan.Start).ToArray();
    }
}
