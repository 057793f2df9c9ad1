using System.Text.RegularExpressions;
using StepGen.Asl.Iam;
using StepGen.Asl.Iam.Reference;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

/// <summary>
/// The integration table against the Service Authorization Reference: every row, in every pattern it supports, derives
/// a policy whose actions exist and whose resources can match them, with no warning when its parameters name
/// everything; and the names it relies on (SDK prefixes, API actions, guide overrides) exist.
/// </summary>
public class IntegrationTableTests
{
    public static IEnumerable<object[]> RowsAndPatterns() =>
        Integrations.All.SelectMany(row => row.Patterns.Select(pattern => new object[] { row.Resource + pattern }));

    [Theory]
    [MemberData(nameof(RowsAndPatterns))]
    public void Each_row_derives_a_policy_the_reference_accepts(string resource)
    {
        // Every parameter a row reads, as a constant: the derivation must then need no warning beyond the ones a row
        // always gives (a part no parameter names, ECS's task roles, EKS's Kubernetes authorization).
        string parameters = """
            {
              "FunctionName": "charge", "TopicArn": "arn:aws:sns:us-east-1:123456789012:alerts", "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
              "TableName": "orders", "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child", "TaskDefinition": "report:3",
              "JobDefinition": "etl", "JobQueue": "main", "JobName": "compact", "WorkGroup": "analytics", "ModelId": "amazon.titan-text-express-v1",
              "BaseModelIdentifier": "amazon.titan-text-express-v1", "RoleArn": "arn:aws:iam::123456789012:role/JobRole",
              "HarnessArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:harness/h-1", "ProjectName": "release", "Name": "thing",
              "ClusterName": "prod", "FargateProfileName": "fp", "NodegroupName": "ng", "ClusterId": "j-123", "Id": "vc-1", "VirtualClusterId": "vc-1",
              "ApplicationId": "app-1", "JobRunId": "run-1", "TrainingJobName": "t", "TransformJobName": "x", "HyperParameterTuningJobName": "h",
              "LabelingJobName": "l", "ProcessingJobName": "p", "ModelName": "m", "EndpointConfigName": "ec", "EndpointName": "e",
              "ApiEndpoint": "abc123.execute-api.us-east-1.amazonaws.com", "Stage": "prod", "Method": "GET", "Path": "items", "AuthType": "IAM_ROLE",
              "Entries": [{ "EventBusName": "orders" }]
            }
            """;
        string asl = $$"""{ "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "{{resource}}", "Parameters": {{parameters}}, "End": true } } }""";
        IamPolicyResult result = IamPolicyDerivation.Derive((JsonObject)JsonParser.Parse(asl).Value!, "Machine", Array.Empty<JsonObject>());

        PolicyChecks.AssertMatchesReference(result.Policy);
        Assert.All(result.Notes, note => Assert.Matches("does not name|ECS task|Kubernetes", note.Message));
    }

    [Fact]
    public void Rows_are_unique_and_name_their_guide_page()
    {
        Assert.Equal(Integrations.All.Count, Integrations.All.Select(row => row.Resource).Distinct().Count());
        Assert.All(Integrations.All, row =>
        {
            Assert.StartsWith("https://docs.aws.amazon.com/step-functions/latest/dg/", row.Page);
            Assert.All(row.Patterns, pattern => Assert.Contains(pattern, new[] { "", ".sync", ".sync:2", ".waitForTaskToken" }));
            Assert.True(row.Custom is null || (row.Allowed is not null && row.On is not null), $"{row.Resource}: a custom row describes itself for the docs");
        });
    }

    [Fact]
    public void The_table_covers_every_service_of_the_guides_list()
    {
        // "Integrating optimized services with Step Functions": the services of its table, by their resource prefix.
        string[] services =
        {
            "apigateway", "athena", "batch", "bedrock", "bedrockagentcore", "codebuild", "dynamodb", "ecs", "eks", "elasticmapreduce",
            "emr-containers", "emr-serverless", "events", "glue", "databrew", "lambda", "mediaconvert", "sagemaker", "sns", "sqs", "states",
        };
        Assert.All(services, service => Assert.Contains(Integrations.All, row => row.Resource.StartsWith($"arn:aws:states:::{service}:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_sdk_prefix_and_api_action_StepGen_lists_exists()
    {
        Assert.All(SdkServices.ListedPrefixes, pair => Assert.True(IamReference.HasService(pair.Value), $"{pair.Key} -> {pair.Value}: no such IAM prefix"));
        Assert.All(SdkServices.ListedActions.SelectMany(pair => pair.Value), action => Assert.NotNull(IamReference.Find(action)));
    }

    [Theory]
    [InlineData("sfn", "states")]
    [InlineData("bedrockagent", "bedrock")]
    [InlineData("bedrockruntime", "bedrock")]
    [InlineData("eventbridge", "events")]
    [InlineData("cloudwatchlogs", "logs")]
    [InlineData("accessanalyzer", "access-analyzer")]
    [InlineData("emrserverless", "emr-serverless")]
    [InlineData("s3", "s3")]
    [InlineData("opensearch", "es")]
    [InlineData("notaservice", null)]
    public void Sdk_service_names_map_to_iam_prefixes(string sdk, string? prefix) => Assert.Equal(prefix, SdkServices.PrefixOf(sdk));

    [Fact]
    public void Where_the_guide_and_the_reference_disagree_the_guide_wins()
    {
        // The reference lists no resource type for states:InvokeHTTPEndpoint; the HTTP Task page grants it on the
        // state machine, with states:HTTPMethod and states:HTTPEndpoint conditions.
        Assert.True(IamReference.Find("states:InvokeHTTPEndpoint")!.OnlyOnAnyResource);
        IamAction http = IamReference.ForWorkflow("states:InvokeHTTPEndpoint")!;
        Assert.True(ArnFormats.Serves("arn:aws:states:*:*:stateMachine:Orders", http));
        Assert.Contains("states:HTTPEndpoint", http.ConditionKeys);

        // The reference scopes InvokeAgentRuntime to runtimes; the AgentCore page grants it on the harness.
        Assert.False(ArnFormats.Serves("arn:aws:bedrock-agentcore:*:*:harness/h", IamReference.Find("bedrock-agentcore:InvokeAgentRuntime")!));
        Assert.True(ArnFormats.Serves("arn:aws:bedrock-agentcore:*:*:harness/h", IamReference.ForWorkflow("bedrock-agentcore:InvokeAgentRuntime")!));

        Assert.Equal(new[] { "bedrock-agentcore:InvokeAgentRuntime", "states:InvokeHTTPEndpoint" }, GuideOverrides.Actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_action_a_row_names_in_its_code_exists()
    {
        // The rows' grants and the custom derivations, read from the source, so a typo in a rarely taken branch fails here.
        string source = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "StepGen.Asl", "Iam", "Integrations.cs"));
        string[] actions = Regex.Matches(source, "\"([a-z0-9-]+:[A-Z][A-Za-z0-9]+)\"(?!\\s*\\+)").Select(m => m.Groups[1].Value)
            .Where(name => !IamReference.Find("iam:PassRole")!.ConditionKeys.Contains(name))
            .Distinct().ToArray();
        Assert.True(actions.Length > 80, $"found only {actions.Length} actions");
        Assert.All(actions, action => Assert.True(IamReference.ForWorkflow(action) is not null, $"{action} is not an IAM action"));
    }

    internal static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "StepGen.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("StepGen.sln not found above the test binaries");
    }
}
