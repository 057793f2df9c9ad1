using StepGen.Asl.Iam;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

/// <summary>
/// One case per integration row of the IAM derivation (ASL-SPEC 8): a Task state, and the statements a reviewer
/// would write for it, compared as JSON values. Every derived policy is also checked for wildcard actions and for a
/// "*" resource without a condition.
/// </summary>
public class IamIntegrationTests
{
    public static IEnumerable<object[]> Rows() => new[]
    {
        Row("lambda invoke", "arn:aws:states:::lambda:invoke", """{ "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge", "Payload.$": "$" }""", """
            [{ "Sid": "InvokeLambdaFunctions", "Effect": "Allow", "Action": ["lambda:InvokeFunction"],
               "Resource": ["arn:aws:lambda:us-east-1:123456789012:function:charge", "arn:aws:lambda:us-east-1:123456789012:function:charge:*"] }]
            """),
        Row("lambda callback", "arn:aws:states:::lambda:invoke.waitForTaskToken", """{ "FunctionName": "${ApproveFunctionArn}", "Payload": { "token.$": "$$.Task.Token" } }""", """
            [{ "Sid": "InvokeLambdaFunctions", "Effect": "Allow", "Action": ["lambda:InvokeFunction"],
               "Resource": ["${ApproveFunctionArn}", "${ApproveFunctionArn}:*"] }]
            """),
        Row("sns publish", "arn:aws:states:::sns:publish", """{ "TopicArn": "arn:aws:sns:us-east-1:123456789012:alerts", "Message.$": "$.text" }""", """
            [{ "Sid": "PublishToSnsTopics", "Effect": "Allow", "Action": ["sns:Publish"], "Resource": ["arn:aws:sns:us-east-1:123456789012:alerts"] }]
            """),
        Row("sqs send", "arn:aws:states:::sqs:sendMessage", """{ "QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/orders", "MessageBody.$": "$" }""", """
            [{ "Sid": "SendToSqsQueues", "Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": ["arn:aws:sqs:eu-west-1:123456789012:orders"] }]
            """),
        Row("dynamodb get", "arn:aws:states:::dynamodb:getItem", """{ "TableName": "Orders", "Key": { "id": { "S.$": "$.id" } } }""", """
            [{ "Sid": "DynamoDbGetItem", "Effect": "Allow", "Action": ["dynamodb:GetItem"], "Resource": ["arn:aws:dynamodb:*:*:table/Orders"] }]
            """),
        Row("dynamodb put", "arn:aws:states:::dynamodb:putItem", """{ "TableName": "Orders", "Item": { "id": { "S.$": "$.id" } } }""", """
            [{ "Sid": "DynamoDbPutItem", "Effect": "Allow", "Action": ["dynamodb:PutItem"], "Resource": ["arn:aws:dynamodb:*:*:table/Orders"] }]
            """),
        Row("dynamodb update", "arn:aws:states:::dynamodb:updateItem", """{ "TableName": "arn:aws:dynamodb:us-east-1:123456789012:table/Orders", "Key": {} }""", """
            [{ "Sid": "DynamoDbUpdateItem", "Effect": "Allow", "Action": ["dynamodb:UpdateItem"], "Resource": ["arn:aws:dynamodb:us-east-1:123456789012:table/Orders"] }]
            """),
        Row("dynamodb delete", "arn:aws:states:::dynamodb:deleteItem", """{ "TableName": "${OrdersTableName}", "Key": {} }""", """
            [{ "Sid": "DynamoDbDeleteItem", "Effect": "Allow", "Action": ["dynamodb:DeleteItem"], "Resource": ["arn:aws:dynamodb:*:*:table/${OrdersTableName}"] }]
            """),
        Row("eventbridge put events", "arn:aws:states:::events:putEvents", """{ "Entries": [ { "Detail.$": "$", "DetailType": "x", "Source": "shop" }, { "EventBusName": "audit", "Detail": {}, "DetailType": "y", "Source": "shop" } ] }""", """
            [{ "Sid": "PutEventsOnEventBuses", "Effect": "Allow", "Action": ["events:PutEvents"],
               "Resource": ["arn:aws:events:*:*:event-bus/audit", "arn:aws:events:*:*:event-bus/default"] }]
            """),
        Row("start execution", "arn:aws:states:::states:startExecution", """{ "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child", "Input.$": "$" }""", """
            [{ "Sid": "StartChildExecutions", "Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:us-east-1:123456789012:stateMachine:Child"] }]
            """),
        Row("start execution .sync:2", "arn:aws:states:::states:startExecution.sync:2", """{ "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child" }""", """
            [{ "Sid": "ManageCompletionRules", "Effect": "Allow", "Action": ["events:DescribeRule", "events:PutRule", "events:PutTargets"],
               "Resource": ["arn:aws:events:*:*:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"] },
             { "Sid": "StartChildExecutions", "Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:us-east-1:123456789012:stateMachine:Child"] },
             { "Sid": "WatchChildExecutions", "Effect": "Allow", "Action": ["states:DescribeExecution", "states:StopExecution"], "Resource": ["arn:aws:states:*:*:execution:Child:*"] }]
            """),
        Row("ecs run task .sync", "arn:aws:states:::ecs:runTask.sync", """{ "Cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/jobs", "TaskDefinition": "report:3", "LaunchType": "FARGATE" }""", """
            [{ "Sid": "ManageCompletionRules", "Effect": "Allow", "Action": ["events:DescribeRule", "events:PutRule", "events:PutTargets"],
               "Resource": ["arn:aws:events:*:*:rule/StepFunctionsGetEventsForECSTaskRule"] },
             { "Sid": "PassRolesToEcsTasks", "Effect": "Allow", "Action": ["iam:PassRole"], "Resource": ["arn:aws:iam::*:role/*"],
               "Condition": { "StringEquals": { "iam:PassedToService": "ecs-tasks.amazonaws.com" } } },
             { "Sid": "RunEcsTasks", "Effect": "Allow", "Action": ["ecs:RunTask"], "Resource": ["arn:aws:ecs:*:*:task-definition/report:3"] },
             { "Sid": "WatchEcsTasks", "Effect": "Allow", "Action": ["ecs:DescribeTasks", "ecs:StopTask"], "Resource": ["arn:aws:ecs:*:*:task/*"] }]
            """),
        Row("batch submit .sync", "arn:aws:states:::batch:submitJob.sync", """{ "JobName": "nightly", "JobDefinition": "etl", "JobQueue": "arn:aws:batch:us-east-1:123456789012:job-queue/main" }""", """
            [{ "Sid": "DescribeBatchJobs", "Effect": "Allow", "Action": ["batch:DescribeJobs"], "Resource": ["*"] },
             { "Sid": "ManageCompletionRules", "Effect": "Allow", "Action": ["events:DescribeRule", "events:PutRule", "events:PutTargets"],
               "Resource": ["arn:aws:events:*:*:rule/StepFunctionsGetEventsForBatchJobsRule"] },
             { "Sid": "StopBatchJobs", "Effect": "Allow", "Action": ["batch:TerminateJob"], "Resource": ["arn:aws:batch:*:*:job/*"] },
             { "Sid": "SubmitBatchJobs", "Effect": "Allow", "Action": ["batch:SubmitJob"],
               "Resource": ["arn:aws:batch:*:*:job-definition/etl:*", "arn:aws:batch:us-east-1:123456789012:job-queue/main"] }]
            """),
        Row("glue .sync", "arn:aws:states:::glue:startJobRun.sync", """{ "JobName": "compact" }""", """
            [{ "Sid": "RunGlueJobs", "Effect": "Allow", "Action": ["glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:StartJobRun"],
               "Resource": ["arn:aws:glue:*:*:job/compact"] }]
            """),
        Row("aws-sdk s3 getObject", "arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "reports", "Key": "daily.csv" }""", """
            [{ "Sid": "AwsSdkS3GetObject", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::reports/daily.csv"] }]
            """),
        // DescribeExecution acts on executions (standard or express), never on the state machine.
        Row("aws-sdk sfn (service renamed)", "arn:aws:states:::aws-sdk:sfn:describeExecution", """{ "ExecutionArn.$": "$.arn" }""", """
            [{ "Sid": "AwsSdkStatesDescribeExecution", "Effect": "Allow", "Action": ["states:DescribeExecution"], "Resource": ["arn:aws:states:*:*:execution:*:*", "arn:aws:states:*:*:express:*:*:*"] }]
            """),
        Row("aws-sdk lambda invoke (action renamed)", "arn:aws:states:::aws-sdk:lambda:invoke", """{ "FunctionName": "charge" }""", """
            [{ "Sid": "AwsSdkLambdaInvokeFunction", "Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["arn:aws:lambda:*:*:function:charge", "arn:aws:lambda:*:*:function:charge:*"] }]
            """),
    };

    private static object[] Row(string name, string resource, string parameters, string expected) => new object[] { name, resource, parameters, expected };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachIntegration_GetsTheStatementsAReviewerWouldWrite(string name, string resource, string parameters, string expected)
    {
        IamPolicyResult result = Derive($$"""
            { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "{{resource}}", "Parameters": {{parameters}}, "End": true } } }
            """);
        JsonNode statements = result.Policy.Get("Statement")!;
        JsonNode wanted = JsonParser.Parse(expected).Value!;
        Assert.True(JsonNode.DeepEquals(wanted, statements), $"{name}: expected\n{JsonWriter.Write(wanted, indented: true)}\nbut derived\n{JsonWriter.Write(statements, indented: true)}");
        AssertLeastPrivilege(result.Policy);
    }

    [Fact]
    public void DistributedMap_GetsItsChildExecutionsReaderAndWriter()
    {
        IamPolicyResult result = Derive("""
            { "StartAt": "Each", "States": { "Each": {
                "Type": "Map",
                "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "inbox", "Prefix": "2024/" } },
                "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                                   "StartAt": "Work", "States": { "Work": { "Type": "Pass", "End": true } } },
                "ResultWriter": { "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "results", "Prefix": "runs" } },
                "End": true } } }
            """, "Importer");
        JsonNode wanted = JsonParser.Parse("""
            [{ "Sid": "ListItemBuckets", "Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::inbox"] },
             { "Sid": "StartMapRunChildren", "Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:*:*:stateMachine:Importer"] },
             { "Sid": "WatchMapRunChildren", "Effect": "Allow", "Action": ["states:DescribeExecution", "states:StopExecution"], "Resource": ["arn:aws:states:*:*:execution:Importer/*"] },
             { "Sid": "WriteMapResults", "Effect": "Allow", "Action": ["s3:AbortMultipartUpload", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:PutObject"], "Resource": ["arn:aws:s3:::results/runs/*"] }]
            """).Value!;
        JsonNode statements = result.Policy.Get("Statement")!;
        Assert.True(JsonNode.DeepEquals(wanted, statements), JsonWriter.Write(statements, indented: true));
        Assert.Empty(result.Notes);
        AssertLeastPrivilege(result.Policy);
    }

    [Fact]
    public void RunTimeResource_IsAsNarrowAsTheStaticPartsAllow_WithANote()
    {
        IamPolicyResult result = Derive("""
            { "StartAt": "Get", "States": { "Get": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "Parameters": { "TableName.$": "$.table", "Key": {} }, "End": true } } }
            """);
        JsonObject statement = (JsonObject)((JsonArray)result.Policy.Get("Statement")!).Items.Single();
        Assert.Equal("""["arn:aws:dynamodb:*:*:table/*"]""", JsonWriter.Write(statement.Get("Resource")!, indented: false));
        IamNote note = Assert.Single(result.Notes);
        Assert.Contains("TableName is chosen at run time", note.Message);
        AssertLeastPrivilege(result.Policy);
    }

    [Fact]
    public void IamStatementForTheAction_DropsTheWideGrantAndTheNote()
    {
        var custom = (JsonObject)JsonParser.Parse("""{ "Effect": "Allow", "Action": ["dynamodb:GetItem"], "Resource": ["arn:aws:dynamodb:us-east-1:123456789012:table/Orders"] }""").Value!;
        JsonObject definition = (JsonObject)JsonParser.Parse("""
            { "StartAt": "Get", "States": { "Get": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "Parameters": { "TableName.$": "$.table", "Key": {} }, "End": true } } }
            """).Value!;
        IamPolicyResult result = IamPolicyDerivation.Derive(definition, "M", new[] { custom });
        Assert.Empty(result.Notes);
        JsonObject only = (JsonObject)((JsonArray)result.Policy.Get("Statement")!).Items.Single();
        Assert.Equal("Custom1", ((JsonString)only.Get("Sid")!).Value);
    }

    [Fact]
    public void SyncChildNamedBySubstitution_WatchesEveryExecution_WithANote()
    {
        IamPolicyResult result = Derive("""
            { "StartAt": "Run", "States": { "Run": { "Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync", "Parameters": { "StateMachineArn": "${ChildArn}" }, "End": true } } }
            """);
        string watched = JsonWriter.Write(((JsonArray)result.Policy.Get("Statement")!).Items.Cast<JsonObject>().Single(s => ((JsonString)s.Get("Sid")!).Value == "WatchChildExecutions").Get("Resource")!, indented: false);
        Assert.Equal("""["arn:aws:states:*:*:execution:*:*"]""", watched);
        Assert.Contains("cannot read the child's name", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void SameIntegrationTwice_MergesIntoOneStatement()
    {
        IamPolicyResult result = Derive("""
            { "StartAt": "A", "States": {
              "A": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": { "TopicArn": "arn:aws:sns:us-east-1:123456789012:b" }, "Next": "B" },
              "B": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish.waitForTaskToken", "Parameters": { "TopicArn": "arn:aws:sns:us-east-1:123456789012:a" }, "End": true } } }
            """);
        JsonObject statement = (JsonObject)((JsonArray)result.Policy.Get("Statement")!).Items.Single();
        Assert.Equal("""["arn:aws:sns:us-east-1:123456789012:a","arn:aws:sns:us-east-1:123456789012:b"]""", JsonWriter.Write(statement.Get("Resource")!, indented: false));
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:s3:.sync")]
    [InlineData("arn:aws:states:::aws-sdk::")]
    [InlineData("arn:aws:states:::aws-sdk:")]
    [InlineData("arn:aws:states:::ecs:runTask.sync:3")]
    [InlineData("arn:aws:states:::lambda:invoke.sync")]
    [InlineData("arn:aws:lambda:")]
    public void OddResources_AreNotedNotFatal(string resource)
    {
        IamPolicyResult result = Derive($$"""
            { "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "{{resource}}", "Parameters": { "FunctionName.$": "$.f", "TaskDefinition": "" }, "End": true } } }
            """);
        Assert.Contains(result.Notes, note => note.Message.Contains(resource, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://sqs.us-east-1.amazonaws.com/123456789012/q", "arn:aws:sqs:us-east-1:123456789012:q")]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:q", "arn:aws:sqs:us-east-1:123456789012:q")]
    [InlineData("https://example.com/q", null)]
    [InlineData("${QueueUrl}", null)]
    public void QueueUrls_BecomeArns(string url, string? arn) => Assert.Equal(arn, ResourceArns.QueueArn(url));

    private static IamPolicyResult Derive(string asl, string name = "Machine")
    {
        JsonParseResult parsed = JsonParser.Parse(asl);
        Assert.True(parsed.Success, parsed.Error);
        return IamPolicyDerivation.Derive((JsonObject)parsed.Value!, name, Array.Empty<JsonObject>());
    }

    private static void AssertLeastPrivilege(JsonObject policy) => PolicyChecks.AssertMatchesReference(policy);
}
