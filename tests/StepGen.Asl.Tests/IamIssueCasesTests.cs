using StepGen.Asl.Iam;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

/// <summary>
/// The derivation's answers to the mistakes users met in AWS: each case is one task, the grant it must get, and
/// whether a warning (SG4005) must say that the grant could not be narrowed.
/// </summary>
public class IamIssueCasesTests
{
    private static IamPolicyResult Derive(string resource, string? parameters, bool jsonAta = false)
    {
        string field = jsonAta ? "Arguments" : "Parameters";
        string asl = $$"""{ {{(jsonAta ? "\"QueryLanguage\": \"JSONata\", " : string.Empty)}}"StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "{{resource}}"{{(parameters is null ? string.Empty : $", \"{field}\": {parameters}")}}, "End": true } } }""";
        IamPolicyResult result = IamPolicyDerivation.Derive((JsonObject)JsonParser.Parse(asl).Value!, "Machine", Array.Empty<JsonObject>());
        PolicyChecks.AssertMatchesReference(result.Policy);
        return result;
    }

    private static string[] ResourcesOf(IamPolicyResult result, string action) =>
        ((JsonArray)result.Policy.Get("Statement")!).Items.Cast<JsonObject>()
            .Where(s => ((JsonArray)s.Get("Action")!).Items.Any(a => ((JsonString)a).Value == action))
            .SelectMany(s => ((JsonArray)s.Get("Resource")!).Items.Select(r => ((JsonString)r).Value))
            .ToArray();

    [Fact]
    public void S3_getObject_with_a_run_time_key_gets_the_objects_of_the_bucket_and_a_warning()
    {
        IamPolicyResult result = Derive("arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "my-bucket", "Key.$": "$.key" }""");
        Assert.Equal(new[] { "arn:aws:s3:::my-bucket/*" }, ResourcesOf(result, "s3:GetObject"));
        Assert.Contains("Key is chosen at run time", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void S3_getObject_with_a_constant_key_gets_that_object_only()
    {
        IamPolicyResult result = Derive("arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "my-bucket", "Key": "in/a.csv" }""");
        Assert.Equal(new[] { "arn:aws:s3:::my-bucket/in/a.csv" }, ResourcesOf(result, "s3:GetObject"));
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:support:describeCases", "support:DescribeCases")]
    [InlineData("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", "states:SendTaskSuccess")]
    [InlineData("arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob", "transcribe:StartTranscriptionJob")]
    [InlineData("arn:aws:states:::aws-sdk:lambda:listFunctions", "lambda:ListFunctions")]
    public void Actions_without_a_resource_type_get_any_resource_and_no_warning(string resource, string action)
    {
        IamPolicyResult result = Derive(resource, """{ "TaskToken.$": "$.token" }""");
        Assert.Equal(new[] { "*" }, ResourcesOf(result, action));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Bedrock_invokeModel_gets_the_foundation_model()
    {
        IamPolicyResult result = Derive("arn:aws:states:::bedrock:invokeModel", """{ "ModelId": "amazon.titan-text-express-v1", "Body": {} }""");
        Assert.Equal(new[] { "arn:aws:bedrock:*::foundation-model/amazon.titan-text-express-v1" }, ResourcesOf(result, "bedrock:InvokeModel"));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Bedrock_invokeModel_with_a_cross_region_profile_gets_the_profile_and_its_model()
    {
        IamPolicyResult result = Derive("arn:aws:states:::bedrock:invokeModel", """{ "ModelId": "us.anthropic.claude-3-haiku-20240307-v1:0" }""");
        Assert.Equal(
            new[] { "arn:aws:bedrock:*:*:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0", "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0" }.Order(),
            ResourcesOf(result, "bedrock:InvokeModel").Order());
    }

    [Fact]
    public void A_substituted_task_resource_is_invoked_as_a_function_and_warned_about_unless_its_name_says_so()
    {
        IamPolicyResult vague = Derive("${Process}", null);
        Assert.Equal(new[] { "${Process}", "${Process}:*" }, ResourcesOf(vague, "lambda:InvokeFunction"));
        Assert.Contains("${ProcessFunctionArn}", Assert.Single(vague.Notes).Message);

        IamPolicyResult named = Derive("${ProcessFunctionArn}", null);
        Assert.Equal(new[] { "${ProcessFunctionArn}", "${ProcessFunctionArn}:*" }, ResourcesOf(named, "lambda:InvokeFunction"));
        Assert.Empty(named.Notes);

        IamPolicyResult activity = Derive("${ApprovalActivityArn}", null);
        Assert.Equal("Deny", ((JsonString)((JsonObject)((JsonArray)activity.Policy.Get("Statement")!).Items[0]).Get("Effect")!).Value);
        Assert.Empty(activity.Notes);
    }

    [Fact]
    public void The_sdk_service_name_is_not_always_the_iam_prefix()
    {
        IamPolicyResult result = Derive("arn:aws:states:::aws-sdk:bedrockagent:startIngestionJob", """{ "KnowledgeBaseId": "KB1", "DataSourceId": "DS1" }""");
        Assert.Equal(new[] { "arn:aws:bedrock:*:*:knowledge-base/KB1" }, ResourcesOf(result, "bedrock:StartIngestionJob"));
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData("${EventBusName}", "arn:aws:events:*:*:event-bus/${EventBusName}", false)]
    [InlineData("${OrdersBusArn}", "${OrdersBusArn}", false)]
    [InlineData("orders", "arn:aws:events:*:*:event-bus/orders", false)]
    [InlineData("${Bus}", "arn:aws:events:*:*:event-bus/*", true)]
    public void An_event_bus_substitution_is_read_by_its_name(string bus, string resource, bool warned)
    {
        IamPolicyResult result = Derive("arn:aws:states:::events:putEvents", $$"""{ "Entries": [{ "EventBusName": "{{bus}}", "Detail": {} }] }""");
        Assert.Equal(new[] { resource }, ResourcesOf(result, "events:PutEvents"));
        Assert.Equal(warned, result.Notes.Count == 1);
    }

    [Fact]
    public void A_queue_url_substitution_is_named_in_the_policy_by_its_companion_arn_without_a_warning()
    {
        IamPolicyResult result = Derive("arn:aws:states:::sqs:sendMessage", """{ "QueueUrl": "${Queue}", "MessageBody": "x" }""");
        Assert.Equal(new[] { "${QueueArn}" }, ResourcesOf(result, "sqs:SendMessage"));
        Assert.Empty(result.Notes);

        IamPolicyResult url = Derive("arn:aws:states:::sqs:sendMessage", """{ "QueueUrl": "${OrdersQueueUrl}", "MessageBody": "x" }""");
        Assert.Equal(new[] { "${OrdersQueueArn}" }, ResourcesOf(url, "sqs:SendMessage"));
    }

    [Fact]
    public void A_run_time_queue_url_gets_every_queue_and_a_warning_that_does_not_ask_for_what_is_there()
    {
        IamPolicyResult result = Derive("arn:aws:states:::sqs:sendMessage", """{ "QueueUrl.$": "$.queue", "MessageBody": "x" }""");
        Assert.Equal(new[] { "arn:aws:sqs:*:*:*" }, ResourcesOf(result, "sqs:SendMessage"));
        Assert.Contains("QueueUrl is chosen at run time", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void A_role_handed_to_the_service_may_be_passed()
    {
        IamPolicyResult result = Derive("arn:aws:states:::bedrock:createModelCustomizationJob", """{ "BaseModelIdentifier": "amazon.titan-text-express-v1", "RoleArn": "arn:aws:iam::123456789012:role/Tuner", "JobName": "j", "CustomModelName": "m" }""");
        Assert.Equal(new[] { "arn:aws:iam::123456789012:role/Tuner" }, ResourcesOf(result, "iam:PassRole"));

        IamPolicyResult sdk = Derive("arn:aws:states:::aws-sdk:rekognition:startFaceDetection", """{ "Video": { "S3Object": { "Bucket": "v", "Name": "a.mp4" } }, "NotificationChannel": { "RoleArn": "${RekognitionRoleArn}", "SNSTopicArn": "arn:aws:sns:us-east-1:123456789012:t" } }""");
        Assert.Equal(new[] { "${RekognitionRoleArn}" }, ResourcesOf(sdk, "iam:PassRole"));

        IamPolicyResult runTime = Derive("arn:aws:states:::sagemaker:createModel", """{ "ModelName": "m", "ExecutionRoleArn.$": "$.role" }""");
        Assert.Equal(new[] { "arn:aws:iam::*:role/*" }, ResourcesOf(runTime, "iam:PassRole"));
        Assert.Contains(runTime.Notes, note => note.Message.Contains("ExecutionRoleArn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{% 'orders' %}")]
    [InlineData("{% \"orders\" %}")]
    [InlineData("{%'orders'%}")]
    public void A_jsonata_string_literal_is_a_constant(string table)
    {
        IamPolicyResult result = Derive("arn:aws:states:::dynamodb:putItem", $$"""{ "TableName": "{{table.Replace("\"", "\\\"")}}", "Item": {} }""", jsonAta: true);
        Assert.Equal(new[] { "arn:aws:dynamodb:*:*:table/orders" }, ResourcesOf(result, "dynamodb:PutItem"));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void A_jsonata_expression_is_a_run_time_value()
    {
        IamPolicyResult result = Derive("arn:aws:states:::dynamodb:putItem", """{ "TableName": "{% 'orders-' & $states.input.env %}", "Item": {} }""", jsonAta: true);
        Assert.Equal(new[] { "arn:aws:dynamodb:*:*:table/*" }, ResourcesOf(result, "dynamodb:PutItem"));
        Assert.Single(result.Notes);
    }

    [Fact]
    public void A_machine_that_calls_nothing_gets_a_statement_IAM_accepts_that_grants_nothing()
    {
        IamPolicyResult result = IamPolicyDerivation.Derive((JsonObject)JsonParser.Parse("""{ "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }""").Value!, "Quiet", Array.Empty<JsonObject>());
        JsonObject only = (JsonObject)Assert.Single(((JsonArray)result.Policy.Get("Statement")!).Items);
        Assert.Equal("Deny", ((JsonString)only.Get("Effect")!).Value);
        Assert.Equal("""["arn:aws:states:*:*:stateMachine:Quiet"]""", JsonWriter.Write(only.Get("Resource")!, indented: false));
        PolicyChecks.AssertMatchesReference(result.Policy);
    }

    [Fact]
    public void An_sdk_api_IAM_has_no_action_for_is_warned_about_and_granted_nothing()
    {
        IamPolicyResult result = Derive("arn:aws:states:::aws-sdk:s3:selectEverything", """{ "Bucket": "b" }""");
        Assert.Equal("Deny", ((JsonString)((JsonObject)((JsonArray)result.Policy.Get("Statement")!).Items[0]).Get("Effect")!).Value);
        Assert.Contains("IAM has no action s3:SelectEverything", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void A_connection_given_at_run_time_still_reads_only_connection_secrets()
    {
        string asl = """{ "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": { "ApiEndpoint": "https://a.example.com/x", "Method": "GET", "Authentication": { "ConnectionArn.$": "$.conn" } }, "End": true } } }""";
        IamPolicyResult result = IamPolicyDerivation.Derive((JsonObject)JsonParser.Parse(asl).Value!, "M", Array.Empty<JsonObject>());
        Assert.Equal(new[] { "arn:aws:secretsmanager:*:*:secret:events!connection/*" }, ResourcesOf(result, "secretsmanager:GetSecretValue"));
        Assert.Contains("chosen at run time", Assert.Single(result.Notes).Message);
    }

    [Theory]
    [InlineData("arn:aws:states:::dynamodb:putitem", "did you mean 'arn:aws:states:::dynamodb:putItem'?")]
    [InlineData("arn:aws:states:::codebuild:startBuild.waitForTaskToken", "the developer guide lists request-response, .sync for arn:aws:states:::codebuild:startBuild")]
    public void A_mistyped_integration_is_told_apart_from_a_missing_grant(string resource, string hint)
    {
        IamPolicyResult result = Derive(resource, """{ "TableName": "orders", "Item": {} }""");
        Assert.Contains(hint, Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void An_ambiguous_substitution_in_an_sdk_call_is_not_taken_for_a_name()
    {
        IamPolicyResult table = Derive("arn:aws:states:::aws-sdk:dynamodb:putItem", """{ "TableName": "${OrdersTable}", "Item": {} }""");
        Assert.Equal(new[] { "arn:aws:dynamodb:*:*:table/*" }, ResourcesOf(table, "dynamodb:PutItem"));
        Assert.Contains("${OrdersTableName}", Assert.Single(table.Notes).Message);

        IamPolicyResult secret = Derive("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", """{ "SecretId": "${DbSecret}" }""");
        Assert.Equal(new[] { "arn:aws:secretsmanager:*:*:secret:*" }, ResourcesOf(secret, "secretsmanager:GetSecretValue"));
        Assert.Single(secret.Notes);

        IamPolicyResult named = Derive("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", """{ "SecretId": "${DbSecretName}" }""");
        Assert.Contains("arn:aws:secretsmanager:*:*:secret:${DbSecretName}-??????", ResourcesOf(named, "secretsmanager:GetSecretValue"));
        Assert.Empty(named.Notes);

        IamPolicyResult function = Derive("arn:aws:states:::aws-sdk:lambda:invoke", """{ "FunctionName": "${ProcessOrder}" }""");
        Assert.Equal(new[] { "arn:aws:lambda:*:*:function:*" }, ResourcesOf(function, "lambda:InvokeFunction"));
        Assert.Single(function.Notes);

        IamPolicyResult arn = Derive("arn:aws:states:::aws-sdk:lambda:invoke", """{ "FunctionName": "${ProcessOrderArn}" }""");
        Assert.Equal(new[] { "${ProcessOrderArn}", "${ProcessOrderArn}:*" }, ResourcesOf(arn, "lambda:InvokeFunction"));
        Assert.Empty(arn.Notes);
    }

    [Fact]
    public void A_substituted_bucket_gives_object_actions_its_objects_not_the_bucket()
    {
        IamPolicyResult result = Derive("arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "${ReportBucketName}", "Key": "daily.csv" }""");
        Assert.Equal(new[] { "arn:aws:s3:::${ReportBucketName}/daily.csv" }, ResourcesOf(result, "s3:GetObject"));
    }

    [Fact]
    public void The_machines_own_arn_from_the_context_object_names_the_resource()
    {
        IamPolicyResult result = Derive("arn:aws:states:::aws-sdk:sfn:listExecutions", """{ "StateMachineArn.$": "$$.StateMachine.Id", "StatusFilter": "RUNNING" }""");
        Assert.Equal(new[] { "arn:aws:states:*:*:stateMachine:Machine" }, ResourcesOf(result, "states:ListExecutions"));
        Assert.Empty(result.Notes);
    }
}
