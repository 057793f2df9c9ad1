using StepGen.Asl.Security;

namespace StepGen.Asl.Tests;

/// <summary>
/// The SG4004 matcher. Token-shaped test values are assembled from pieces so that this file does not itself
/// contain strings that secret scanners report.
/// </summary>
public class CredentialsTests
{
    private const string Alnum24 = "0123456789abcdefABCDEF01";

    [Theory]
    [InlineData("Authorization")]
    [InlineData("authorization")]
    [InlineData("Proxy-Authorization")]
    [InlineData("X-Api-Key")]
    [InlineData("Api-Key")]
    [InlineData("api_key")]
    [InlineData("apikey")]
    [InlineData("access_token")]
    [InlineData("token")]
    [InlineData("password")]
    [InlineData("secret")]
    [InlineData("client_secret")]
    [InlineData("refresh_token")]
    [InlineData("X-Slack-Token")]
    [InlineData("stripe_api_key")]
    [InlineData("webhook_secret")]
    [InlineData("aws_secret_access_key")]
    [InlineData("private_key")]
    [InlineData("Ocp-Apim-Subscription-Key")]
    [InlineData("x-functions-key")]
    public void CredentialNames_AreRecognised(string name) => Assert.True(Credentials.IsCredentialName(name), name);

    [Theory]
    [InlineData("Content-Type")]
    [InlineData("Accept")]
    [InlineData("X-Request-Id")]
    [InlineData("nextToken")]
    [InlineData("NextToken")]
    [InlineData("page_token")]
    [InlineData("continuation_token")]
    [InlineData("ClientToken")]
    [InlineData("TaskToken")]
    [InlineData("token_type")]
    [InlineData("max_tokens")]
    [InlineData("secret_arn")]
    [InlineData("SecretId")]
    [InlineData("ApiKeyName")]
    [InlineData("key")]
    [InlineData("partitionKey")]
    [InlineData("idempotency_key")]
    [InlineData("")]
    [InlineData("---")]
    [InlineData(null)]
    public void OtherNames_AreNotCredentials(string? name) => Assert.False(Credentials.IsCredentialName(name), name);

    [Theory]
    [InlineData("abc", true)]
    [InlineData("Bearer abc", true)]
    [InlineData("$.auth.token", false)]
    [InlineData("$$.Execution.Input.token", false)]
    [InlineData("$token", false)]
    [InlineData("${ApiKey}", false)]
    [InlineData("Bearer ${Token}", false)]
    [InlineData("{% $states.input.token %}", false)]
    [InlineData("  {% $token %}", false)]
    [InlineData("States.Format('Bearer {}', $.token)", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void Literals_ExcludePathsSubstitutionsAndExpressions(string? value, bool literal) => Assert.Equal(literal, Credentials.IsLiteral(value));

    public static TheoryData<string, SecretKind, int, int> Secrets()
    {
        string stripe = "sk_" + "live_" + Alnum24;
        string stripeTest = "rk_" + "test_" + Alnum24;
        string slack = "xo" + "xb-" + "123456789012-1234567890123-" + Alnum24;
        string github = "gh" + "p_" + Alnum24 + "0123456789AB";
        string githubPat = "github" + "_pat_" + Alnum24 + "_" + Alnum24;
        string aws = "AK" + "IA" + "IOSFODNN7EXAMPLE";
        string session = "AS" + "IA" + "0123456789ABCDEF";
        return new TheoryData<string, SecretKind, int, int>
        {
            { "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl", SecretKind.BearerToken, 0, 44 },
            { "bearer abcdefgh12", SecretKind.BearerToken, 0, 17 },
            { "  Bearer abcdefgh12==  ", SecretKind.BearerToken, 2, 19 },
            { "Basic dXNlcjpwYXNzd29yZA==", SecretKind.BasicCredentials, 0, 26 },
            { stripe, SecretKind.StripeKey, 0, stripe.Length },
            { "key: " + stripeTest + " (test)", SecretKind.StripeKey, 5, stripeTest.Length },
            { slack, SecretKind.SlackToken, 0, slack.Length },
            { "token=" + slack, SecretKind.SlackToken, 6, slack.Length },
            { github, SecretKind.GitHubToken, 0, github.Length },
            { githubPat, SecretKind.GitHubToken, 0, githubPat.Length },
            { aws, SecretKind.AwsAccessKeyId, 0, 20 },
            { "id=" + session + ";", SecretKind.AwsAccessKeyId, 3, 20 },
        };
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void SecretShapes_AreFoundWithTheirCharacters(string value, SecretKind kind, int offset, int length)
    {
        SecretMatch? match = Credentials.FindSecret(value);
        Assert.True(match.HasValue, value);
        Assert.Equal(kind, match.Value.Kind);
        Assert.Equal(offset, match.Value.Offset);
        Assert.Equal(length, match.Value.Length);
    }

    public static TheoryData<string> NotSecrets() => new()
    {
        "application/json",
        "Bearer short",
        "Bearer tokens are short-lived",
        "Bearer ${Token}",
        "Basic plan",
        "Basic subscription",
        "Basic abcdefgh",
        "pk_" + "live_" + Alnum24,
        "sk_" + "live_" + "short",
        "my_sk_" + "live_" + Alnum24,
        "xo" + "xz-" + Alnum24,
        "gh" + "p_" + "tooShort",
        "AK" + "IA" + "IOSFODNN7EXAMPLEX",
        "x" + "AK" + "IA" + "IOSFODNN7EXAMPLE",
        "AK" + "IA" + "iosfodnn7example",
        "https://hooks.slack.com/triggers/11111111/2222222222/33333333333",
        "$.headers.Authorization",
        "{% 'Bearer ' & $states.input.token %}",
        "",
    };

    [Theory]
    [MemberData(nameof(NotSecrets))]
    public void OtherValues_AreNotSecrets(string value) => Assert.Null(Credentials.FindSecret(value));

    [Fact]
    public void SecretShapes_AreNotLookedForInRunTimeValues()
    {
        string stripe = "sk_" + "live_" + Alnum24;
        Assert.NotNull(Credentials.FindSecret(stripe));
        Assert.Null(Credentials.FindSecret("{% '" + stripe + "' %}"));
        Assert.Null(Credentials.FindSecret("States.Format('" + stripe + "{}', $.x)"));
        Assert.Null(Credentials.FindSecret(stripe + "${Suffix}"));
    }
}
