using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// One row per service integration (ASL-SPEC 8): the Task resource it answers to, the integration patterns it
/// supports, and what it needs. Resources come from the call's parameters: a constant ARN or name, or a
/// <c>${Substitution}</c> kept as it is; a value chosen at run time falls back to the narrowest ARN pattern the
/// static parts allow, with a note.
/// </summary>
internal static class Integrations
{
    private const string AnyRegionAccount = ":*:*:";

    private static readonly Row[] Table =
    {
        new(10, "arn:aws:states:::lambda:invoke", new[] { "", ".waitForTaskToken" }, Lambda),
        new(20, "arn:aws:states:::sns:publish", new[] { "", ".waitForTaskToken" }, SnsPublish),
        new(30, "arn:aws:states:::sqs:sendMessage", new[] { "", ".waitForTaskToken" }, SqsSendMessage),
        new(40, "arn:aws:states:::dynamodb:getItem", new[] { "" }, call => DynamoDb(call, "dynamodb:GetItem")),
        new(41, "arn:aws:states:::dynamodb:putItem", new[] { "" }, call => DynamoDb(call, "dynamodb:PutItem")),
        new(42, "arn:aws:states:::dynamodb:updateItem", new[] { "" }, call => DynamoDb(call, "dynamodb:UpdateItem")),
        new(43, "arn:aws:states:::dynamodb:deleteItem", new[] { "" }, call => DynamoDb(call, "dynamodb:DeleteItem")),
        new(50, "arn:aws:states:::events:putEvents", new[] { "", ".waitForTaskToken" }, EventsPutEvents),
        new(60, "arn:aws:states:::states:startExecution", new[] { "", ".sync", ".sync:2", ".waitForTaskToken" }, StartExecution),
        new(70, "arn:aws:states:::ecs:runTask", new[] { "", ".sync", ".waitForTaskToken" }, EcsRunTask),
        new(80, "arn:aws:states:::batch:submitJob", new[] { "", ".sync" }, BatchSubmitJob),
        new(90, "arn:aws:states:::glue:startJobRun", new[] { "", ".sync" }, GlueStartJobRun),
    };

    /// <summary>Order of the statements that are not from the table: HTTP, connections, distributed Map, SDK.</summary>
    public const int HttpOrder = 0;
    public const int ConnectionOrder = 1;
    public const int MapOrder = 100;
    public const int SdkOrder = 110;

    private const string SdkPrefix = "arn:aws:states:::aws-sdk:";

    /// <summary>Derives what a Task state's resource needs; false when StepGen does not know the resource.</summary>
    public static bool Derive(string stateName, string resource, JsonObject? parameters, Grants grants)
    {
        foreach (Row row in Table)
        {
            if (!resource.StartsWith(row.Resource, StringComparison.Ordinal))
            {
                continue;
            }

            string pattern = resource.Substring(row.Resource.Length);
            if (Array.IndexOf(row.Patterns, pattern) < 0)
            {
                continue;
            }

            row.Derive(new TaskCall(stateName, row.Resource, pattern, parameters, grants) { Order = row.Order });
            return true;
        }

        if (IsLambdaFunctionArn(resource))
        {
            grants.Allow(10, "InvokeLambdaFunctions", new[] { "lambda:InvokeFunction" }, FunctionArns(resource));
            return true;
        }

        if (resource.StartsWith(SdkPrefix, StringComparison.Ordinal))
        {
            return AwsSdk(stateName, resource, parameters, grants);
        }

        return false;
    }

    private static void Lambda(TaskCall call)
    {
        const string anyFunction = "arn:aws:lambda:*:*:function:*";
        string? function = call.Resolve("FunctionName", name => FunctionArns(name)[0], anyFunction, "lambda:InvokeFunction");
        if (function is not null)
        {
            call.Grants.Allow(call.Order, "InvokeLambdaFunctions", new[] { "lambda:InvokeFunction" }, function == anyFunction ? new[] { function } : new[] { function, function + ":*" });
        }
    }

    private static void SnsPublish(TaskCall call)
    {
        string parameter = call.Sets("TargetArn") ? "TargetArn" : "TopicArn";
        string? topic = call.Resolve(parameter, arn => IsArnOrSubstitution(arn, "sns") ? arn : null, "arn:aws:sns:*:*:*", "sns:Publish");
        if (topic is not null)
        {
            call.Grants.Allow(call.Order, "PublishToSnsTopics", new[] { "sns:Publish" }, new[] { topic });
        }
    }

    private static void SqsSendMessage(TaskCall call)
    {
        string? queue = call.Resolve("QueueUrl", QueueArn, "arn:aws:sqs:*:*:*", "sqs:SendMessage");
        if (queue is not null)
        {
            call.Grants.Allow(call.Order, "SendToSqsQueues", new[] { "sqs:SendMessage" }, new[] { queue });
        }
    }

    /// <summary>https://sqs.&lt;region&gt;.amazonaws.com/&lt;account&gt;/&lt;queue&gt; gives arn:aws:sqs:&lt;region&gt;:&lt;account&gt;:&lt;queue&gt;.</summary>
    internal static string? QueueArn(string url)
    {
        if (IsArn(url, "sqs"))
        {
            return url;
        }

        const string scheme = "https://";
        if (!url.StartsWith(scheme, StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = url.Substring(scheme.Length).Split('/');
        if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return null;
        }

        string[] host = parts[0].Split('.');
        string region = host.Length >= 4 && host[0] == "sqs" ? host[1] : "*";
        return $"arn:aws:sqs:{region}:{parts[1]}:{parts[2]}";
    }

    private static void DynamoDb(TaskCall call, string action)
    {
        string? table = call.Resolve("TableName", TableArn, "arn:aws:dynamodb:*:*:table/*", action);
        if (table is not null)
        {
            call.Grants.Allow(call.Order, "DynamoDb" + action.Substring("dynamodb:".Length), new[] { action }, new[] { table });
        }
    }

    private static void EventsPutEvents(TaskCall call)
    {
        var buses = new List<string>();
        if (call.Parameters?.Get("Entries") is JsonArray entries)
        {
            foreach (JsonNode entry in entries.Items)
            {
                JsonObject? fields = entry as JsonObject;
                if (TaskCall.IsDynamic(fields, "EventBusName"))
                {
                    buses.Add(DynamicBus(call));
                }
                else
                {
                    string name = TaskCall.Literal(fields, "EventBusName") ?? "default";
                    buses.Add(IsArnOrSubstitution(name, "events") ? name : $"arn:aws:events{AnyRegionAccount}event-bus/{name}");
                }
            }
        }
        else
        {
            buses.Add(DynamicBus(call));
        }

        buses.RemoveAll(bus => bus.Length == 0);
        if (buses.Count > 0)
        {
            call.Grants.Allow(call.Order, "PutEventsOnEventBuses", new[] { "events:PutEvents" }, buses);
        }
    }

    private static string DynamicBus(TaskCall call)
    {
        if (call.Grants.CoveredByCustom("events:PutEvents"))
        {
            return string.Empty;
        }

        call.Grants.Note(call.StateName, $"'{call.StateName}' puts events on an event bus chosen at run time, so the policy allows events:PutEvents on every event bus; write the Entries with constant EventBusName values to scope it, or add an [IamStatement] for the exact buses.", "events:PutEvents");
        return "arn:aws:events:*:*:event-bus/*";
    }

    private static void StartExecution(TaskCall call)
    {
        string? child = call.Resolve("StateMachineArn", arn => IsArnOrSubstitution(arn, "states") ? arn : null, "arn:aws:states:*:*:stateMachine:*", "states:StartExecution");
        if (child is not null)
        {
            call.Grants.Allow(call.Order, "StartChildExecutions", new[] { "states:StartExecution" }, new[] { child });
        }

        if (!call.IsSync)
        {
            return;
        }

        // Waiting for the child: the service polls it and stops it when the parent stops, and listens for its end
        // through a managed EventBridge rule.
        string? executions = child is not null && ChildName(child) is string name ? $"arn:aws:states:*:*:execution:{name}:*" : null;
        if (executions is null && !call.Grants.CoveredByCustom("states:DescribeExecution"))
        {
            // An execution ARN names the machine, which a substitution or a run-time ARN does not reveal.
            executions = "arn:aws:states:*:*:execution:*:*";
            call.Grants.Note(call.StateName, $"'{call.StateName}' waits for a child execution of a state machine StepGen cannot name (a ${{Substitution}} or a run-time ARN), so the policy allows states:DescribeExecution and states:StopExecution on every execution; write the child's ARN as a constant, or add an [IamStatement] allowing them on arn:aws:states:<region>:<account>:execution:<child>:*.", "states:DescribeExecution", "states:StopExecution");
        }

        if (executions is not null)
        {
            call.Grants.Allow(call.Order, "WatchChildExecutions", new[] { "states:DescribeExecution", "states:StopExecution" }, new[] { executions });
        }

        ManagedRule(call, "StepFunctionsGetEventsForStepFunctionsExecutionRule");
    }

    /// <summary>The name in arn:...:stateMachine:&lt;name&gt;, or null (a substitution, a pattern).</summary>
    private static string? ChildName(string arn)
    {
        const string marker = ":stateMachine:";
        int at = arn.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || arn.IndexOf("${", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        string name = arn.Substring(at + marker.Length);
        int colon = name.IndexOf(':');
        name = colon >= 0 ? name.Substring(0, colon) : name;
        return name.Length == 0 || name.Contains("*") ? null : name;
    }

    private static void EcsRunTask(TaskCall call)
    {
        string? definition = call.Resolve("TaskDefinition", TaskDefinitionArn, "arn:aws:ecs:*:*:task-definition/*", "ecs:RunTask");
        if (definition is not null)
        {
            call.Grants.Allow(call.Order, "RunEcsTasks", new[] { "ecs:RunTask" }, new[] { definition });
        }

        // The task and execution roles of the definition are not in the definition: pass only roles meant for ECS.
        if (!call.Grants.CoveredByCustom("iam:PassRole"))
        {
            var passedTo = new JsonObject();
            passedTo.Add("iam:PassedToService", J.Str("ecs-tasks.amazonaws.com"));
            var condition = new JsonObject();
            condition.Add("StringEquals", passedTo);
            call.Grants.Allow(call.Order, "PassRolesToEcsTasks", new[] { "iam:PassRole" }, new[] { "arn:aws:iam::*:role/*" }, condition);
            call.Grants.Note(call.StateName, $"'{call.StateName}' runs an ECS task whose task and execution roles are not in the definition, so the policy may pass any role, but only to ecs-tasks.amazonaws.com; add an [IamStatement] allowing iam:PassRole on those two role ARNs to scope it.", "iam:PassRole");
        }

        if (call.IsSync)
        {
            call.Grants.Allow(call.Order, "WatchEcsTasks", new[] { "ecs:DescribeTasks", "ecs:StopTask" }, new[] { "arn:aws:ecs:*:*:task/*" });
            ManagedRule(call, "StepFunctionsGetEventsForECSTaskRule");
        }
    }

    /// <summary>A family, family:revision or ARN gives the task definition ARN (every revision of a bare family).</summary>
    internal static string? TaskDefinitionArn(string value)
    {
        if (Substitutions.StartsWithSubstitution(value))
        {
            return value;
        }

        if (IsArn(value, "ecs"))
        {
            return value.Substring(value.LastIndexOf('/') + 1).Contains(":") ? value : value + ":*";
        }

        if (value.Length == 0 || value.Contains("/"))
        {
            return null;
        }

        return $"arn:aws:ecs{AnyRegionAccount}task-definition/{value}{(value.Contains(":") ? string.Empty : ":*")}";
    }

    private static void BatchSubmitJob(TaskCall call)
    {
        string? definition = call.Resolve("JobDefinition", value => IsArnOrSubstitution(value, "batch") ? value : $"arn:aws:batch{AnyRegionAccount}job-definition/{value}", "arn:aws:batch:*:*:job-definition/*", "batch:SubmitJob");
        string? queue = call.Resolve("JobQueue", value => IsArnOrSubstitution(value, "batch") ? value : $"arn:aws:batch{AnyRegionAccount}job-queue/{value}", "arn:aws:batch:*:*:job-queue/*", "batch:SubmitJob");
        var resources = new List<string>();
        if (definition is not null)
        {
            // A definition named without its revision may run at any revision.
            resources.Add(definition.Substring(definition.LastIndexOf('/') + 1).Contains(":") ? definition : definition + ":*");
        }

        if (queue is not null)
        {
            resources.Add(queue);
        }

        if (resources.Count > 0)
        {
            call.Grants.Allow(call.Order, "SubmitBatchJobs", new[] { "batch:SubmitJob" }, resources);
        }

        if (call.IsSync)
        {
            // batch:DescribeJobs supports no resource-level permission, so it can only be granted on "*".
            call.Grants.Allow(call.Order, "DescribeBatchJobs", new[] { "batch:DescribeJobs" }, new[] { "*" });
            call.Grants.Allow(call.Order, "StopBatchJobs", new[] { "batch:TerminateJob" }, new[] { "arn:aws:batch:*:*:job/*" });
            ManagedRule(call, "StepFunctionsGetEventsForBatchJobsRule");
        }
    }

    private static void GlueStartJobRun(TaskCall call)
    {
        string? job = call.Resolve("JobName", name => $"arn:aws:glue{AnyRegionAccount}job/{name}", "arn:aws:glue:*:*:job/*", "glue:StartJobRun");
        if (job is null)
        {
            return;
        }

        // Glue has no EventBridge rule for this: .sync polls the run and stops it when the execution stops.
        string[] actions = call.IsSync
            ? new[] { "glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:StartJobRun" }
            : new[] { "glue:StartJobRun" };
        call.Grants.Allow(call.Order, "RunGlueJobs", actions, new[] { job });
    }

    /// <summary>The managed EventBridge rule through which Step Functions learns that a .sync job ended.</summary>
    private static void ManagedRule(TaskCall call, string rule) =>
        call.Grants.Allow(call.Order, "ManageCompletionRules", new[] { "events:DescribeRule", "events:PutRule", "events:PutTargets" }, new[] { $"arn:aws:events:*:*:rule/{rule}" });

    /// <summary>
    /// arn:aws:states:::aws-sdk:&lt;service&gt;:&lt;apiName&gt; needs &lt;service&gt;:&lt;ApiName&gt;, with the known exceptions
    /// in the service and action names. The resource is read from the parameter that names it for the services
    /// StepGen knows; otherwise it is every resource of the service, with a note.
    /// </summary>
    private static bool AwsSdk(string stateName, string resource, JsonObject? parameters, Grants grants)
    {
        string[] parts = resource.Substring(SdkPrefix.Length).Split(':');
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        string service = parts[0];
        string api = parts[1];
        int suffix = api.IndexOf('.');
        string pattern = suffix >= 0 ? api.Substring(suffix) : string.Empty;
        api = suffix >= 0 ? api.Substring(0, suffix) : api;
        if (api.Length == 0)
        {
            return false;
        }

        string prefix = SdkServicePrefixes.TryGetValue(service, out string? mapped) ? mapped : service;
        string action = SdkActions.TryGetValue(service + ":" + api, out string? exact)
            ? exact
            : prefix + ":" + char.ToUpperInvariant(api[0]) + api.Substring(1);

        var call = new TaskCall(stateName, resource, pattern, parameters, grants) { Order = SdkOrder };
        string? target = prefix switch
        {
            "s3" when call.Sets("Bucket") => call.Resolve(
                "Bucket",
                bucket => call.Literal("Key") is string key && !action.EndsWith("Bucket", StringComparison.Ordinal) ? $"arn:aws:s3:::{bucket}/{key}" : $"arn:aws:s3:::{bucket}",
                "arn:aws:s3:::*",
                action),
            "dynamodb" when call.Sets("TableName") => call.Resolve("TableName", TableArn, "arn:aws:dynamodb:*:*:table/*", action),
            "sqs" when call.Sets("QueueUrl") => call.Resolve("QueueUrl", QueueArn, "arn:aws:sqs:*:*:*", action),
            "sns" when call.Sets("TopicArn") => call.Resolve("TopicArn", arn => arn, "arn:aws:sns:*:*:*", action),
            "lambda" when call.Sets("FunctionName") => call.Resolve("FunctionName", name => FunctionArns(name)[0], "arn:aws:lambda:*:*:function:*", action),
            "states" when call.Sets("StateMachineArn") => call.Resolve("StateMachineArn", arn => arn, "arn:aws:states:*:*:stateMachine:*", action),
            "secretsmanager" when call.Sets("SecretId") => call.Resolve("SecretId", id => IsArnOrSubstitution(id, "secretsmanager") ? id : $"arn:aws:secretsmanager{AnyRegionAccount}secret:{id}-*", "arn:aws:secretsmanager:*:*:secret:*", action),
            _ => ServiceWide(call, prefix, action),
        };

        if (target is not null)
        {
            grants.Allow(SdkOrder, "AwsSdk" + Identifier(action), new[] { action }, new[] { target });
        }

        return true;
    }

    private static string? ServiceWide(TaskCall call, string prefix, string action)
    {
        if (call.Grants.CoveredByCustom(action))
        {
            return null;
        }

        string wide = prefix == "s3" ? "arn:aws:s3:::*" : $"arn:aws:{prefix}:*:*:*";
        call.Grants.Note(call.StateName, $"'{call.StateName}' calls {action} through the AWS SDK integration; StepGen cannot tell which resource it acts on, so the policy allows it on {wide}. Add an [IamStatement] allowing {action} on the exact resources, and StepGen leaves this grant out.", action);
        return wide;
    }

    /// <summary>SDK service names whose IAM prefix differs.</summary>
    private static readonly Dictionary<string, string> SdkServicePrefixes = new(StringComparer.Ordinal)
    {
        ["sfn"] = "states",
        ["eventbridge"] = "events",
        ["cloudwatchlogs"] = "logs",
        ["apigatewayv2"] = "apigateway",
        ["elasticloadbalancingv2"] = "elasticloadbalancing",
        ["emrserverless"] = "emr-serverless",
        ["mediapackagevod"] = "mediapackage-vod",
        ["sesv2"] = "ses",
    };

    /// <summary>SDK calls whose IAM action is not the API name with a capital letter.</summary>
    private static readonly Dictionary<string, string> SdkActions = new(StringComparer.Ordinal)
    {
        ["lambda:invoke"] = "lambda:InvokeFunction",
        ["s3:listObjectsV2"] = "s3:ListBucket",
        ["s3:listObjects"] = "s3:ListBucket",
        ["s3:headObject"] = "s3:GetObject",
        ["s3:headBucket"] = "s3:ListBucket",
        ["s3:copyObject"] = "s3:PutObject",
    };

    private static string Identifier(string action)
    {
        var builder = new System.Text.StringBuilder();
        bool upper = true;
        foreach (char c in action)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A DynamoDB table's ARN from its name (or the ARN itself).</summary>
    private static string TableArn(string name) => IsArn(name, "dynamodb") ? name : $"arn:aws:dynamodb{AnyRegionAccount}table/{name}";

    private static bool IsArnOrSubstitution(string value, string service) => IsArn(value, service) || Substitutions.StartsWithSubstitution(value);

    private static bool IsArn(string value, string service)
    {
        string[] parts = value.Split(':');
        return parts.Length >= 6 && parts[0] == "arn" && parts[2] == service;
    }

    internal static bool IsLambdaFunctionArn(string value)
    {
        string[] parts = value.Split(':');
        return parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function";
    }

    /// <summary>A function and its versions and aliases, from a name, a partial ARN, an ARN or a substitution.</summary>
    internal static string[] FunctionArns(string functionName)
    {
        string baseArn;
        string[] parts = functionName.Split(':');
        if (Substitutions.StartsWithSubstitution(functionName))
        {
            baseArn = functionName;
        }
        else if (parts.Length >= 7 && parts[0] == "arn")
        {
            baseArn = string.Join(":", parts, 0, 7);
        }
        else if (parts.Length >= 3 && parts[1] == "function")
        {
            baseArn = $"arn:aws:lambda:*:{parts[0]}:function:{parts[2]}";
        }
        else
        {
            baseArn = $"arn:aws:lambda:*:*:function:{parts[0]}";
        }

        return new[] { baseArn, baseArn + ":*" };
    }

    private sealed class Row
    {
        public Row(int order, string resource, string[] patterns, Action<TaskCall> derive)
        {
            Order = order;
            Resource = resource;
            Patterns = patterns;
            Derive = derive;
        }

        public int Order { get; }

        public string Resource { get; }

        public string[] Patterns { get; }

        public Action<TaskCall> Derive { get; }
    }
}
