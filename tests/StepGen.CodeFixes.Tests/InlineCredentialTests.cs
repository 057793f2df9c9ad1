namespace StepGen.CodeFixes.Tests;

using Verify = CodeFixVerifier<InlineCredentialCodeFixProvider>;

/// <summary>SG4004: a credential written into a [Header], [QueryParameter] or [Body] goes, with a note on where it belongs.</summary>
public class InlineCredentialTests
{
    [Fact]
    public Task ApiKeyHeader_IsRemoved_WithANoteOnTheConnection() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            [Header("Content-Type", "application/json")]
            [Header("X-Api-Key", {|SG4004:"7d2a9f4b6c1e8a3d"|})]   // the sandbox key
            [Body("subject", Path = "$.subject")]
            public partial class OpenTicket;
        }
        """,
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            [Header("Content-Type", "application/json")]
            // The header 'X-Api-Key' is sent by the EventBridge connection that ConnectionArn names, as API_KEY authorization (ApiKeyName "X-Api-Key"). Rotate the value that was written here.
            [Body("subject", Path = "$.subject")]
            public partial class OpenTicket;
        }
        """);

    [Fact]
    public Task QueryParameterAndAwsKey_FixAll() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "GET",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            [QueryParameter("api_key", {|SG4004:"k-19c0a3e8"|})]
            [QueryParameter("source", "{|SG4004:AKIAIOSFODNN7EXAMPLE|}")]
            public partial class OpenTicket;
        }
        """,
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "GET",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            // The query parameter 'api_key' is sent by the EventBridge connection that ConnectionArn names, in InvocationHttpParameters.QueryStringParameters, IsValueSecret = true. Rotate the value that was written here.
            // The query parameter 'source' sent an AWS access key, now removed: Step Functions calls AWS with the execution role. Rotate that key.
            public partial class OpenTicket;
        }
        """);

    [Fact]
    public Task BasicAuthorization_InOneListWithTheTask() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST", ConnectionArn = "${SupportConnectionArn}", End = true), Body("auth", "{|SG4004:Basic dXNlcjpwYXNzd29yZA==|}")]
            public partial class OpenTicket;
        }
        """,
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            // The body field 'auth' is sent by the EventBridge connection that ConnectionArn names, as BASIC authorization. Rotate the value that was written here.
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST", ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """);

    [Fact]
    public async Task CredentialInJsonText_HasNoFix()
    {
        const string source = """"
            [StateMachine(StartAt = nameof(OpenTicket))]
            public partial class SupportTickets
            {
                [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                          ConnectionArn = "${SupportConnectionArn}", End = true,
                          RequestBody = """{ "subject": "x", "api_token": "{|SG4004:tk-8c1f0a5d|}" }""")]
                public partial class OpenTicket;
            }
            """";
        await Verify.VerifyAsync(source, source);
    }
}
