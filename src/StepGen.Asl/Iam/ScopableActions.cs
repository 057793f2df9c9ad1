using System;
using System.Collections.Generic;
using StepGen.Asl.Iam.Reference;

namespace StepGen.Asl.Iam;

/// <summary>An IAM action that accepts resource-level ARNs, and the resource to limit it to.</summary>
/// <param name="Action">The action as IAM spells it, <c>service:Operation</c>.</param>
/// <param name="ScopedTo">The resource in words, e.g. "the SNS topic"; completes "scope it to ...".</param>
/// <param name="Arn">The shape of that resource's ARN, with &lt;placeholders&gt;.</param>
public sealed record ScopableAction(string Action, string ScopedTo, string Arn);

/// <summary>
/// Actions that a state machine's execution role commonly needs and that IAM lets you limit to named resources,
/// so that <c>"Resource": "*"</c> on them grants more than any workflow uses (SG4003). Shapes follow ASL-SPEC 7.4
/// and 8. <c>states:InvokeHTTPEndpoint</c> is not here: its resource is the state machine itself, and what limits
/// it is the <c>states:HTTPEndpoint</c>/<c>states:HTTPMethod</c> condition (SG4001). Left out as well, so the list
/// never asks for a scope that is not certain: <c>ecs:StopTask</c>/<c>ecs:DescribeTasks</c> (the Step Functions
/// IAM template grants them on <c>"*"</c>, though the derivation scopes them to <c>task/*</c>) and
/// <c>glue:StartJobRun</c> (resource-level support unconfirmed in ASL-SPEC 8).
/// </summary>
public static class ScopableActions
{
    private static readonly ScopableAction[] Entries =
    {
        // HTTP task: the connection whose credentials the task reads (ASL-SPEC 7.4, "credentials").
        new("events:RetrieveConnectionCredentials", "the EventBridge connection", "arn:aws:events:<region>:<account>:connection/<name>/<id>"),

        // HTTP task: the Secrets Manager secret that EventBridge keeps for each connection (ASL-SPEC 7.4, "secret").
        new("secretsmanager:GetSecretValue", "the secret (for a connection, the secret EventBridge created for it)", "arn:aws:secretsmanager:<region>:<account>:secret:events!connection/<name>/*"),
        new("secretsmanager:DescribeSecret", "the secret (for a connection, the secret EventBridge created for it)", "arn:aws:secretsmanager:<region>:<account>:secret:events!connection/<name>/*"),

        // lambda:invoke or a bare function ARN: the named function, plus <arn>:* for its versions and aliases.
        new("lambda:InvokeFunction", "the Lambda function (and <arn>:* for its versions and aliases)", "arn:aws:lambda:<region>:<account>:function:<name>"),

        // sns:publish: the TopicArn.
        new("sns:Publish", "the SNS topic", "arn:aws:sns:<region>:<account>:<topic>"),

        // sqs:sendMessage: the queue behind QueueUrl https://sqs.<region>.amazonaws.com/<account>/<queue>.
        new("sqs:SendMessage", "the SQS queue", "arn:aws:sqs:<region>:<account>:<queue>"),

        // dynamodb:getItem/putItem/updateItem/deleteItem, and the item reads an aws-sdk task makes: the TableName.
        new("dynamodb:GetItem", "the DynamoDB table", "arn:aws:dynamodb:<region>:<account>:table/<table>"),
        new("dynamodb:PutItem", "the DynamoDB table", "arn:aws:dynamodb:<region>:<account>:table/<table>"),
        new("dynamodb:UpdateItem", "the DynamoDB table", "arn:aws:dynamodb:<region>:<account>:table/<table>"),
        new("dynamodb:DeleteItem", "the DynamoDB table", "arn:aws:dynamodb:<region>:<account>:table/<table>"),
        new("dynamodb:Query", "the DynamoDB table (and <arn>/index/* for its indexes)", "arn:aws:dynamodb:<region>:<account>:table/<table>"),
        new("dynamodb:BatchGetItem", "the DynamoDB table", "arn:aws:dynamodb:<region>:<account>:table/<table>"),
        new("dynamodb:BatchWriteItem", "the DynamoDB table", "arn:aws:dynamodb:<region>:<account>:table/<table>"),

        // states:startExecution: the child state machine; .sync adds describe/stop on its executions.
        new("states:StartExecution", "the child state machine", "arn:aws:states:<region>:<account>:stateMachine:<name>"),
        new("states:DescribeExecution", "the child state machine's executions", "arn:aws:states:<region>:<account>:execution:<name>:*"),
        new("states:StopExecution", "the child state machine's executions", "arn:aws:states:<region>:<account>:execution:<name>:*"),

        // events:putEvents: the EventBusName (the account's default bus when it is left out).
        new("events:PutEvents", "the event bus", "arn:aws:events:<region>:<account>:event-bus/<name>"),

        // .sync integrations that wait on an EventBridge rule Step Functions manages (ECS, Batch, child executions).
        new("events:PutRule", "the rule Step Functions manages for the .sync integration", "arn:aws:events:<region>:<account>:rule/StepFunctionsGetEventsFor<Service>Rule"),
        new("events:PutTargets", "the rule Step Functions manages for the .sync integration", "arn:aws:events:<region>:<account>:rule/StepFunctionsGetEventsFor<Service>Rule"),
        new("events:DescribeRule", "the rule Step Functions manages for the .sync integration", "arn:aws:events:<region>:<account>:rule/StepFunctionsGetEventsFor<Service>Rule"),

        // ecs:runTask: the task definition (any revision with :*).
        new("ecs:RunTask", "the ECS task definition", "arn:aws:ecs:<region>:<account>:task-definition/<family>:*"),

        // batch:submitJob: the job definition and the job queue.
        new("batch:SubmitJob", "the Batch job definition and job queue", "arn:aws:batch:<region>:<account>:job-definition/<name>:*"),

        // ecs:runTask and other integrations that hand a role to the service: only the roles they pass.
        new("iam:PassRole", "the roles the task passes (its task and execution roles)", "arn:aws:iam::<account>:role/<name>"),

        // An encrypted queue, topic or table: the KMS key.
        new("kms:Decrypt", "the KMS key", "arn:aws:kms:<region>:<account>:key/<key-id>"),
        new("kms:Encrypt", "the KMS key", "arn:aws:kms:<region>:<account>:key/<key-id>"),
        new("kms:GenerateDataKey", "the KMS key", "arn:aws:kms:<region>:<account>:key/<key-id>"),

        // Distributed Map readers and writers, aws-sdk:s3 tasks: objects under a bucket prefix, or the bucket itself.
        new("s3:GetObject", "the objects the workflow reads", "arn:aws:s3:::<bucket>/<prefix>*"),
        new("s3:PutObject", "the objects the workflow writes", "arn:aws:s3:::<bucket>/<prefix>*"),
        new("s3:ListBucket", "the S3 bucket", "arn:aws:s3:::<bucket>"),
    };

    /// <summary>Every entry, in the order above.</summary>
    public static IReadOnlyList<ScopableAction> All => Entries;

    /// <summary>The entry for an action (IAM compares action names case-insensitively), or <c>null</c>.</summary>
    public static ScopableAction? Find(string action)
    {
        if (action is null)
        {
            return null;
        }

        foreach (ScopableAction entry in Entries)
        {
            // An action with no resource type in the Service Authorization Reference can only be granted on "*".
            if (string.Equals(entry.Action, action.Trim(), StringComparison.OrdinalIgnoreCase) && IamReference.Find(entry.Action) is { OnlyOnAnyResource: false })
            {
                return entry;
            }
        }

        return null;
    }
}
