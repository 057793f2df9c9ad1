using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Iam;
using static StepGen.SourceGenerators.Tests.Iam.IamSimulator;
using AslJson = StepGen.Asl.Json;

namespace StepGen.SourceGenerators.Tests.Iam;

/// <summary>
/// The generated policies judged by an IAM policy simulator (@cloud-copilot/iam-simulate), not by StepGen: for the
/// samples and for workflows that use each kind of integration, the requests an execution makes are listed from the
/// AWS documentation (each case names its page), and every one must be allowed; the neighbours a least-privilege
/// policy keeps out (another bucket, function, table, queue, host, method, connection's secret) must be denied.
/// </summary>
public sealed class IamSimulatorTests
{
    private const string Guide = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    private readonly ITestOutputHelper _output;

    public IamSimulatorTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_request_of_the_samples_is_allowed_and_their_neighbours_denied()
    {
        List<string> mismatches = await MismatchesAsync(_output, SampleCases());
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task Every_request_of_the_integration_workflows_is_allowed_and_their_neighbours_denied()
    {
        IReadOnlyList<IamCase> cases = WorkflowCases();
        Assert.True(cases.Count >= 10);
        List<string> mismatches = await MismatchesAsync(_output, cases);
        int requests = cases.Sum(c => c.Requests.Count);
        _output.WriteLine($"{cases.Count} workflows, {requests} requests ({cases.Sum(c => c.Requests.Count(r => r.Allowed))} to allow, {cases.Sum(c => c.Requests.Count(r => !r.Allowed))} to deny)");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task A_policy_that_allows_too_much_or_too_little_is_caught()
    {
        // The same checks against policies that are wrong on purpose: if these passed, the checks above would prove nothing.
        IamCase right = WorkflowCases().First(c => c.Name.StartsWith("S3 getObject", StringComparison.Ordinal));
        var tooMuch = right with { Name = "too much", Policy = Rewrite(right.Policy, "arn:aws:s3:::reports/*", "arn:aws:s3:::*") };
        var tooLittle = right with { Name = "too little", Policy = Rewrite(right.Policy, "arn:aws:s3:::reports/*", "arn:aws:s3:::reports") };
        IamCase http = SampleCases().First(c => c.Name == "SlackNotification");
        // A host prefix without the '/' after it: the mistake StepGen's endpoint prefixes avoid.
        JsonObject hostPrefix = Rewrite(Rewrite(http.Policy, "StringEquals", "StringLike"), "https://hooks.slack.com/triggers/11111111/2222222222/33333333333", "https://hooks.slack.com*");
        var anyHost = http with { Name = "any host", Policy = hostPrefix };

        List<string> mismatches = await MismatchesAsync(_output, new[] { tooMuch, tooLittle, anyHost });
        Assert.Contains(mismatches, m => m.StartsWith("too much: expected deny s3:GetObject on arn:aws:s3:::other-bucket/", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("too little: expected allow s3:GetObject on arn:aws:s3:::reports/", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("any host: expected deny states:InvokeHTTPEndpoint", StringComparison.Ordinal) && m.Contains("evil.tld", StringComparison.Ordinal));
    }

    /// <summary>The QuickStart and CDK samples, with the values their deploy templates give each <c>${...}</c> name.</summary>
    private static IReadOnlyList<IamCase> SampleCases()
    {
        var values = new Dictionary<string, string>
        {
            ["ExtractFunctionArn"] = Function("extract"),
            ["TransformFunctionArn"] = Function("transform"),
            ["LoadFunctionArn"] = Function("load"),
            ["ReserveStockFunctionArn"] = Function("reserve-stock"),
            ["SaveOrderFunctionArn"] = Function("save-order"),
            ["ProcessOrderFunctionArn"] = Function("process-order"),
        };
        foreach (string connection in new[] { "Slack", "ExampleApi", "Support", "Mailer", "Carrier" })
        {
            values[connection + "ConnectionArn"] = Connection(connection);
            values[connection + "ConnectionSecretArn"] = ConnectionSecret(connection);
        }

        return new[]
        {
            Sample(Samples.Slack, "SlackNotification", values, HttpCall("SlackNotification", "POST", "https://hooks.slack.com/triggers/11111111/2222222222/33333333333", "Slack")),
            Sample(Samples.PlainGet, "PlainGet", values, HttpCall("PlainGet", "GET", "https://api.example.com/v1/status", "ExampleApi")),
            Sample(Samples.Pipeline, "NightlyDataPipeline", values, HttpCall("NightlyDataPipeline", "POST", "https://support.example.com/api/v1/support/tickets", "Support")
                .Concat(Invokes("extract", "transform", "load"))),
            Sample(Samples.Orders, "OrderFulfillment", values, HttpCall("OrderFulfillment", "POST", "https://api.mailer.example.com/v3/send", "Mailer")
                .Concat(Invokes("reserve-stock", "save-order"))),
            Sample(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "OrderShipping.cs")), "Cdk.OrderShipping", values,
                HttpCall("OrderShipping", "POST", "https://api.carrier.example.com/v2/shipments", "Carrier").Concat(Invokes("process-order"))),
        };
    }

    /// <summary>
    /// What an HTTP Task's execution asks of IAM ("Call HTTPS APIs in Step Functions workflows", IAM section):
    /// states:InvokeHTTPEndpoint on the state machine with the method and URL as condition keys, the connection's
    /// credentials, and its secret. The neighbours: another method, a host that starts with the right one, another
    /// path, another machine, another connection and its secret.
    /// </summary>
    private static IEnumerable<IamRequest> HttpCall(string machine, string method, string url, string connection)
    {
        var uri = new Uri(url);
        yield return new("states:InvokeHTTPEndpoint", StateMachine(machine), true, Http(method, url));
        yield return new("states:InvokeHTTPEndpoint", StateMachine(machine), false, Http(method == "GET" ? "DELETE" : "GET", url));
        yield return new("states:InvokeHTTPEndpoint", StateMachine(machine), false, Http(method, $"https://{uri.Host}.evil.tld{uri.AbsolutePath}"));
        yield return new("states:InvokeHTTPEndpoint", StateMachine(machine), false, Http(method, $"https://{uri.Host}/admin"));
        yield return new("states:InvokeHTTPEndpoint", StateMachine("SomeOtherMachine"), false, Http(method, url));
        yield return new("events:RetrieveConnectionCredentials", Connection(connection), true);
        yield return new("secretsmanager:GetSecretValue", ConnectionSecret(connection), true);
        yield return new("secretsmanager:DescribeSecret", ConnectionSecret(connection), true);
        yield return new("events:RetrieveConnectionCredentials", Connection("Other"), false);
        yield return new("secretsmanager:GetSecretValue", ConnectionSecret("Other"), false);
    }

    /// <summary>lambda:invoke: lambda:InvokeFunction on each function ("Invoke a Lambda function with Step Functions", IAM section), and not on another.</summary>
    private static IEnumerable<IamRequest> Invokes(params string[] functions) =>
        functions.Select(f => new IamRequest("lambda:InvokeFunction", Function(f), true))
            .Append(new IamRequest("lambda:InvokeFunction", Function("some-other-function"), false));

    /// <summary>
    /// Workflows that use the integrations the issue names, written as ASL, each with the requests its execution makes
    /// and the page that says so.
    /// </summary>
    private static IReadOnlyList<IamCase> WorkflowCases()
    {
        var values = new Dictionary<string, string>
        {
            ["ProcessFunctionArn"] = Function("process"),
            ["EventBusName"] = "orders-bus",
            ["OrdersQueueUrl"] = $"https://sqs.{Region}.amazonaws.com/{Account}/orders",
            ["OrdersQueueArn"] = $"arn:aws:sqs:{Region}:{Account}:orders",
            ["ApiConnectionArn"] = Connection("Api"),
            ["ApiConnectionSecretArn"] = ConnectionSecret("Api"),
            ["CustomizationRoleArn"] = $"arn:aws:iam::{Account}:role/BedrockCustomization",
        };
        string bucket = "arn:aws:s3:::reports";
        return new[]
        {
            // aws-sdk:s3:getObject with a run-time Key: s3:GetObject on the objects of the bucket (S3's "Required
            // permissions for Amazon S3 API operations": GetObject needs s3:GetObject on the object).
            Workflow("S3 getObject, run-time key", Task("arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "reports", "Key.$": "$.key" }"""), values,
                new("s3:GetObject", bucket + "/2024/daily.csv", true),
                new("s3:GetObject", "arn:aws:s3:::other-bucket/2024/daily.csv", false),
                new("s3:PutObject", bucket + "/2024/daily.csv", false)),

            // aws-sdk:s3:listObjectsV2: s3:ListBucket on the bucket.
            Workflow("S3 listObjectsV2", Task("arn:aws:states:::aws-sdk:s3:listObjectsV2", """{ "Bucket": "reports", "Prefix": "2024/" }"""), values,
                new("s3:ListBucket", bucket, true),
                new("s3:ListBucket", "arn:aws:s3:::other-bucket", false)),

            // aws-sdk:support:describeCases: the action has no resource type, so only "*" matches.
            Workflow("Support describeCases", Task("arn:aws:states:::aws-sdk:support:describeCases", "{}"), values,
                new("support:DescribeCases", "*", true),
                new("support:ResolveCase", "*", false)),

            // bedrock:invokeModel ("Invoke and customize Amazon Bedrock models", IAM section): bedrock:InvokeModel on the
            // foundation model, whose ARN has no account.
            Workflow("Bedrock invokeModel", Task("arn:aws:states:::bedrock:invokeModel", """{ "ModelId": "amazon.titan-text-express-v1", "Body": { "inputText": "hi" } }"""), values,
                new("bedrock:InvokeModel", $"arn:aws:bedrock:{Region}::foundation-model/amazon.titan-text-express-v1", true),
                new("bedrock:InvokeModel", $"arn:aws:bedrock:{Region}::foundation-model/anthropic.claude-v2", false)),

            // bedrock:createModelCustomizationJob.sync: the job on the base model, polling the job, and passing the role.
            Workflow("Bedrock createModelCustomizationJob.sync", Task("arn:aws:states:::bedrock:createModelCustomizationJob.sync",
                    """{ "BaseModelIdentifier": "amazon.titan-text-express-v1", "CustomModelName": "tuned", "JobName": "tune-1", "RoleArn": "${CustomizationRoleArn}", "TrainingDataConfig": { "S3Uri": "s3://data/train.jsonl" }, "OutputDataConfig": { "S3Uri": "s3://data/out/" } }"""), values,
                new("bedrock:CreateModelCustomizationJob", $"arn:aws:bedrock:{Region}::foundation-model/amazon.titan-text-express-v1", true),
                new("bedrock:GetModelCustomizationJob", $"arn:aws:bedrock:{Region}:{Account}:model-customization-job/abc123", true),
                new("iam:PassRole", $"arn:aws:iam::{Account}:role/BedrockCustomization", true, new Dictionary<string, string> { ["iam:PassedToService"] = "bedrock.amazonaws.com" }),
                new("iam:PassRole", $"arn:aws:iam::{Account}:role/Admin", false, new Dictionary<string, string> { ["iam:PassedToService"] = "bedrock.amazonaws.com" })),

            // aws-sdk:bedrockagent:startIngestionJob: IAM's prefix for Bedrock Agents is bedrock.
            Workflow("Bedrock Agents startIngestionJob", Task("arn:aws:states:::aws-sdk:bedrockagent:startIngestionJob", """{ "KnowledgeBaseId": "KB12345678", "DataSourceId": "DS1" }"""), values,
                new("bedrock:StartIngestionJob", $"arn:aws:bedrock:{Region}:{Account}:knowledge-base/KB12345678", true),
                new("bedrock:StartIngestionJob", $"arn:aws:bedrock:{Region}:{Account}:knowledge-base/KB99999999", false)),

            // A Task whose Resource is a function ARN filled in at deploy time (SAM's DefinitionSubstitutions).
            Workflow("Lambda by substituted Resource", Task("${ProcessFunctionArn}", null), values,
                new("lambda:InvokeFunction", Function("process"), true),
                new("lambda:InvokeFunction", Function("process") + ":live", true),
                new("lambda:InvokeFunction", Function("other"), false)),

            // Callback and SDK calls whose actions have no resource type: states:SendTaskSuccess, transcribe's
            // StartTranscriptionJob and lambda:ListFunctions are granted on "*".
            Workflow("No-resource-type actions", Chain(
                    ("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", """{ "TaskToken.$": "$.token", "Output": "{}" }"""),
                    ("arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob", """{ "TranscriptionJobName.$": "$.name", "Media": { "MediaFileUri.$": "$.uri" }, "LanguageCode": "en-US" }"""),
                    ("arn:aws:states:::aws-sdk:lambda:listFunctions", "{}")), values,
                new("states:SendTaskSuccess", "*", true),
                new("transcribe:StartTranscriptionJob", "*", true),
                new("lambda:ListFunctions", "*", true),
                new("states:SendTaskFailure", "*", false)),

            // events:putEvents with an event bus named by a substitution of its name ("Send custom events to
            // EventBridge", IAM section): events:PutEvents on that bus.
            Workflow("EventBridge putEvents to a substituted bus name", Task("arn:aws:states:::events:putEvents", """{ "Entries": [{ "EventBusName": "${EventBusName}", "Source": "orders", "DetailType": "Placed", "Detail.$": "$" }] }"""), values,
                new("events:PutEvents", $"arn:aws:events:{Region}:{Account}:event-bus/orders-bus", true),
                new("events:PutEvents", $"arn:aws:events:{Region}:{Account}:event-bus/default", false)),

            // sqs:sendMessage with a QueueUrl substitution: the policy names the queue's ARN through its companion.
            Workflow("SQS sendMessage to a substituted queue URL", Task("arn:aws:states:::sqs:sendMessage", """{ "QueueUrl": "${OrdersQueueUrl}", "MessageBody.$": "$" }"""), values,
                new("sqs:SendMessage", $"arn:aws:sqs:{Region}:{Account}:orders", true),
                new("sqs:SendMessage", $"arn:aws:sqs:{Region}:{Account}:payments", false)),

            // dynamodb:putItem in JSONata with a table named by a string literal: a constant, scoped to the table.
            Workflow("DynamoDB putItem, JSONata constant table", JsonAtaTask("arn:aws:states:::dynamodb:putItem", """{ "TableName": "{% 'orders' %}", "Item": "{% $states.input.item %}" }"""), values,
                new("dynamodb:PutItem", $"arn:aws:dynamodb:{Region}:{Account}:table/orders", true),
                new("dynamodb:PutItem", $"arn:aws:dynamodb:{Region}:{Account}:table/customers", false),
                new("dynamodb:DeleteItem", $"arn:aws:dynamodb:{Region}:{Account}:table/orders", false)),

            // A nested execution that waits (.sync:2): start the child, describe and stop its executions, and the
            // managed rule ("Start a new AWS Step Functions state machine execution", IAM section).
            Workflow("Step Functions startExecution.sync:2", Task("arn:aws:states:::states:startExecution.sync:2", $$"""{ "StateMachineArn": "{{StateMachine("Child")}}", "Input.$": "$" }"""), values,
                new("states:StartExecution", StateMachine("Child"), true),
                new("states:DescribeExecution", $"arn:aws:states:{Region}:{Account}:execution:Child:run-1", true),
                new("states:StopExecution", $"arn:aws:states:{Region}:{Account}:execution:Child:run-1", true),
                new("events:PutRule", $"arn:aws:events:{Region}:{Account}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule", true),
                new("states:StartExecution", StateMachine("Other"), false),
                new("states:DescribeExecution", $"arn:aws:states:{Region}:{Account}:execution:Other:run-1", false)),

            // ecs:runTask.sync ("Run Amazon ECS or Fargate tasks with Step Functions", IAM section).
            Workflow("ECS runTask.sync", Task("arn:aws:states:::ecs:runTask.sync", """{ "Cluster": "prod", "TaskDefinition": "report:3", "LaunchType": "FARGATE" }"""), values,
                new("ecs:RunTask", $"arn:aws:ecs:{Region}:{Account}:task-definition/report:3", true),
                new("ecs:DescribeTasks", $"arn:aws:ecs:{Region}:{Account}:task/prod/0123456789abcdef", true),
                new("ecs:StopTask", $"arn:aws:ecs:{Region}:{Account}:task/prod/0123456789abcdef", true),
                new("iam:PassRole", $"arn:aws:iam::{Account}:role/ReportTaskRole", true, new Dictionary<string, string> { ["iam:PassedToService"] = "ecs-tasks.amazonaws.com" }),
                new("events:PutTargets", $"arn:aws:events:{Region}:{Account}:rule/StepFunctionsGetEventsForECSTaskRule", true),
                new("ecs:RunTask", $"arn:aws:ecs:{Region}:{Account}:task-definition/other:1", false),
                new("iam:PassRole", $"arn:aws:iam::{Account}:role/ReportTaskRole", false, new Dictionary<string, string> { ["iam:PassedToService"] = "lambda.amazonaws.com" })),

            // athena:startQueryExecution.sync in the default workgroup ("Run Athena queries with Step Functions").
            Workflow("Athena startQueryExecution.sync", Task("arn:aws:states:::athena:startQueryExecution.sync", """{ "QueryString": "SELECT 1", "ResultConfiguration": { "OutputLocation": "s3://results/" } }"""), values,
                new("athena:StartQueryExecution", $"arn:aws:athena:{Region}:{Account}:workgroup/primary", true),
                new("athena:GetQueryExecution", $"arn:aws:athena:{Region}:{Account}:workgroup/primary", true),
                new("s3:PutObject", "arn:aws:s3:::results/abc.csv", true),
                new("athena:StartQueryExecution", $"arn:aws:athena:{Region}:{Account}:workgroup/finance", false)),

            // glue:startJobRun.sync ("Start an AWS Glue job with Step Functions"): the job run and its polling.
            Workflow("Glue startJobRun.sync", Task("arn:aws:states:::glue:startJobRun.sync", """{ "JobName": "compact" }"""), values,
                new("glue:StartJobRun", $"arn:aws:glue:{Region}:{Account}:job/compact", true),
                new("glue:GetJobRun", $"arn:aws:glue:{Region}:{Account}:job/compact", true),
                new("glue:StartJobRun", $"arn:aws:glue:{Region}:{Account}:job/other", false)),

            // codebuild:startBuild.sync ("Start an AWS CodeBuild build with Step Functions").
            Workflow("CodeBuild startBuild.sync", Task("arn:aws:states:::codebuild:startBuild.sync", """{ "ProjectName": "release" }"""), values,
                new("codebuild:StartBuild", $"arn:aws:codebuild:{Region}:{Account}:project/release", true),
                new("codebuild:BatchGetBuilds", $"arn:aws:codebuild:{Region}:{Account}:project/release", true),
                new("events:PutRule", $"arn:aws:events:{Region}:{Account}:rule/StepFunctionsGetEventForCodeBuildStartBuildRule", true),
                new("codebuild:StartBuild", $"arn:aws:codebuild:{Region}:{Account}:project/other", false)),

            // sagemaker:createTrainingJob.sync ("Create and manage Amazon SageMaker AI jobs with Step Functions").
            Workflow("SageMaker createTrainingJob.sync", Task("arn:aws:states:::sagemaker:createTrainingJob.sync",
                    $$"""{ "TrainingJobName": "train-1", "RoleArn": "arn:aws:iam::{{Account}}:role/SageMakerTraining", "AlgorithmSpecification": { "TrainingInputMode": "File" } }"""), values,
                new("sagemaker:CreateTrainingJob", $"arn:aws:sagemaker:{Region}:{Account}:training-job/train-1", true),
                new("sagemaker:DescribeTrainingJob", $"arn:aws:sagemaker:{Region}:{Account}:training-job/train-1", true),
                new("iam:PassRole", $"arn:aws:iam::{Account}:role/SageMakerTraining", true, new Dictionary<string, string> { ["iam:PassedToService"] = "sagemaker.amazonaws.com" }),
                new("sagemaker:CreateTrainingJob", $"arn:aws:sagemaker:{Region}:{Account}:training-job/train-2", false)),

            // An HTTP Task whose connection is a substitution: only that connection's secret is readable.
            Workflow("HTTP Task with a substituted connection", Task("arn:aws:states:::http:invoke", """{ "ApiEndpoint": "https://api.example.com/orders", "Method": "POST", "Authentication": { "ConnectionArn": "${ApiConnectionArn}" } }"""), values,
                HttpCall("Workflow", "POST", "https://api.example.com/orders", "Api").ToArray()),
        };
    }

    private static IamCase Sample(string source, string typeName, IReadOnlyDictionary<string, string> values, IEnumerable<IamRequest> requests)
    {
        (Compilation output, _) = TestCompilation.Generate(source);
        TestCompilation.AssertNoErrors(output);
        string policy = TestCompilation.Constant(output, "StepGen.Samples." + typeName, "IamPolicy");
        return new IamCase(typeName.Split('.').Last(), Deployed(policy, values), requests.ToList());
    }

    private static IamCase Workflow(string name, string asl, IReadOnlyDictionary<string, string> values, params IamRequest[] requests)
    {
        var definition = (AslJson.JsonObject)AslJson.JsonParser.Parse(asl).Value!;
        IamPolicyResult result = IamPolicyDerivation.Derive(definition, "Workflow", Array.Empty<AslJson.JsonObject>());
        return new IamCase(name, Deployed(AslJson.JsonWriter.Write(result.Policy, indented: false), values), requests);
    }

    private static string Task(string resource, string? parameters) =>
        $$"""{ "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "{{resource}}"{{(parameters is null ? string.Empty : $", \"Parameters\": {parameters}")}}, "End": true } } }""";

    private static string JsonAtaTask(string resource, string arguments) =>
        $$"""{ "QueryLanguage": "JSONata", "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "{{resource}}", "Arguments": {{arguments}}, "End": true } } }""";

    private static string Chain(params (string Resource, string Parameters)[] tasks)
    {
        var states = tasks.Select((t, i) => $$"""
            "T{{i}}": { "Type": "Task", "Resource": "{{t.Resource}}", "Parameters": {{t.Parameters}}, {{(i == tasks.Length - 1 ? "\"End\": true" : $"\"Next\": \"T{i + 1}\"")}} }
            """);
        return $$"""{ "StartAt": "T0", "States": { {{string.Join(",", states)}} } }""";
    }

    private static JsonObject Rewrite(JsonObject policy, string from, string to)
    {
        string text = policy.ToJsonString();
        string rewritten = text.Replace($"\"{from}\"", $"\"{to}\"", StringComparison.Ordinal);
        Assert.NotEqual(text, rewritten);
        return JsonNode.Parse(rewritten)!.AsObject();
    }
}
