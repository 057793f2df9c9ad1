using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

// Why one file of about 700 lines: it is a data table, one row per optimized integration of the developer guide, and
// reads best whole, next to the guide's list it mirrors.

/// <summary>
/// Every optimized service integration the Step Functions developer guide lists ("Integrating optimized services with
/// Step Functions", https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html), one row each, with
/// what its role needs from the guide's page for the service; HTTP tasks are in <see cref="IamPolicyDerivation"/> and
/// the AWS SDK integrations in <see cref="AwsSdkIntegration"/>. docs/iam.md's table is rendered from these rows.
/// </summary>
internal static class Integrations
{
    private const string Rr = "";
    private const string Sync = ".sync";
    private const string Callback = ".waitForTaskToken";

    /// <summary>Order of the statements: HTTP, connections, the table's own orders, distributed Map, SDK.</summary>
    public const int HttpOrder = 0;
    public const int ConnectionOrder = 1;
    public const int OptimizedOrder = 95;
    public const int MapOrder = 100;
    public const int SdkOrder = 110;

    private const string Guide = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    /// <summary>The table, in the order of the guide's list.</summary>
    public static readonly IReadOnlyList<Integration> All = new[]
    {
        // Amazon API Gateway: execute-api:Invoke only when the call signs with the role (AuthType IAM_ROLE).
        new Integration("apigateway:invoke", Rr, Callback) { Page = Guide + "connect-api-gateway.html", Custom = ApiGatewayInvoke, PassesRoles = false, Allowed = "`execute-api:Invoke` when `AuthType` is `IAM_ROLE`; nothing otherwise", On = "`arn:aws:execute-api:<region>:*:<api-id>/<Stage>/<Method>/<Path>` from `ApiEndpoint`" },

        // Amazon Athena. The query reads tables wherever the Glue catalog says they are, so S3, Glue and Lake
        // Formation are granted as the guide's template grants them.
        new Integration("athena:startQueryExecution", Rr, Sync)
        {
            Page = Guide + "connect-athena.html",
            Calls = new[]
            {
                new Grant(new[] { "athena:StartQueryExecution" }, new[] { "arn:aws:athena:*:*:workgroup/{WorkGroup=primary}" }),
                new Grant(new[] { "athena:GetDataCatalog" }, new[] { "arn:aws:athena:*:*:datacatalog/*" }),
                new Grant(new[] { "s3:AbortMultipartUpload", "s3:CreateBucket", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts", "s3:PutObject" }, new[] { "arn:aws:s3:::*" }),
                new Grant(
                    new[] { "glue:BatchCreatePartition", "glue:BatchDeletePartition", "glue:BatchDeleteTable", "glue:BatchGetPartition", "glue:CreateDatabase", "glue:CreatePartition", "glue:CreateTable", "glue:DeleteDatabase", "glue:DeletePartition", "glue:DeleteTable", "glue:GetDatabase", "glue:GetDatabases", "glue:GetPartition", "glue:GetPartitions", "glue:GetTable", "glue:GetTables", "glue:UpdateDatabase", "glue:UpdatePartition", "glue:UpdateTable" },
                    new[] { "arn:aws:glue:*:*:catalog", "arn:aws:glue:*:*:database/*", "arn:aws:glue:*:*:table/*", "arn:aws:glue:*:*:userDefinedFunction/*" }),
                new Grant(new[] { "lakeformation:GetDataAccess" }, new[] { "*" }),
            },
            Sync = new[] { new Grant(new[] { "athena:BatchGetQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults", "athena:GetWorkGroup", "athena:ListQueryExecutions", "athena:StopQueryExecution" }, new[] { "arn:aws:athena:*:*:workgroup/{WorkGroup=primary}" }) },
        },
        new Integration("athena:stopQueryExecution") { Page = Guide + "connect-athena.html", Calls = new[] { new Grant(new[] { "athena:StopQueryExecution" }, new[] { "arn:aws:athena:*:*:workgroup/{!the workgroup of the query}" }) } },
        new Integration("athena:getQueryExecution") { Page = Guide + "connect-athena.html", Calls = new[] { new Grant(new[] { "athena:GetQueryExecution" }, new[] { "arn:aws:athena:*:*:workgroup/{!the workgroup of the query}" }) } },
        new Integration("athena:getQueryResults")
        {
            Page = Guide + "connect-athena.html",
            Calls = new[]
            {
                new Grant(new[] { "athena:GetQueryResults" }, new[] { "arn:aws:athena:*:*:workgroup/{!the workgroup of the query}" }),
                new Grant(new[] { "s3:GetObject" }, new[] { "arn:aws:s3:::*" }),
            },
        },

        // AWS Batch.
        new Integration("batch:submitJob", Rr, Sync) { Page = Guide + "connect-batch.html", Order = 80, Custom = BatchSubmitJob, PassesRoles = false, CompletionRule = "StepFunctionsGetEventsForBatchJobsRule", Allowed = "`batch:SubmitJob`; with `.sync`: `batch:DescribeJobs` (on `*`), `batch:TerminateJob`, the managed rule", On = "the `JobDefinition` (every revision unless one is named) and the `JobQueue`" },

        // Amazon Bedrock.
        new Integration("bedrock:invokeModel", Rr, Callback) { Page = Guide + "connect-bedrock.html", Custom = BedrockInvokeModel, PassesRoles = false, Allowed = "`bedrock:InvokeModel`; `s3:GetObject` for `Input.S3Uri`, `s3:PutObject` for `Output.S3Uri`", On = "the `ModelId`: a foundation model, a provisioned model or inference profile ARN, or a cross-Region inference profile and its foundation model" },
        new Integration("bedrock:createModelCustomizationJob", Rr, Sync)
        {
            Page = Guide + "connect-bedrock.html",
            Calls = new[] { new Grant(new[] { "bedrock:CreateModelCustomizationJob" }, new[] { "arn:aws:bedrock:*::foundation-model/{BaseModelIdentifier|arn}", "arn:aws:bedrock:*:*:custom-model/*" }) },
            Sync = new[] { new Grant(new[] { "bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob" }, new[] { "arn:aws:bedrock:*:*:model-customization-job/*" }) },
        },

        // Amazon Bedrock AgentCore: the Step Functions name has no hyphen, the IAM prefix has one.
        new Integration("bedrockagentcore:invokeHarness")
        {
            Page = Guide + "connect-bedrockagentcore.html",
            Calls = new[] { new Grant(new[] { "bedrock-agentcore:InvokeAgentRuntime", "bedrock-agentcore:InvokeHarness" }, new[] { "{HarnessArn|arn}" }) },
        },

        // AWS CodeBuild. Calls that take a build id name the project only inside the id.
        new Integration("codebuild:startBuild", Rr, Sync)
        {
            Page = Guide + "connect-codebuild.html",
            Calls = new[] { new Grant(new[] { "codebuild:StartBuild" }, new[] { "arn:aws:codebuild:*:*:project/{ProjectName}" }) },
            Sync = new[] { new Grant(new[] { "codebuild:BatchGetBuilds", "codebuild:StopBuild" }, new[] { "arn:aws:codebuild:*:*:project/{ProjectName}" }) },
            CompletionRule = "StepFunctionsGetEventForCodeBuildStartBuildRule",
        },
        new Integration("codebuild:stopBuild") { Page = Guide + "connect-codebuild.html", Calls = new[] { new Grant(new[] { "codebuild:StopBuild" }, new[] { "arn:aws:codebuild:*:*:project/{!the project of the build}" }) } },
        new Integration("codebuild:batchDeleteBuilds") { Page = Guide + "connect-codebuild.html", Calls = new[] { new Grant(new[] { "codebuild:BatchDeleteBuilds" }, new[] { "arn:aws:codebuild:*:*:project/{!the project of the builds}" }) } },
        new Integration("codebuild:batchGetReports") { Page = Guide + "connect-codebuild.html", Calls = new[] { new Grant(new[] { "codebuild:BatchGetReports" }, new[] { "arn:aws:codebuild:*:*:report-group/{!the report group of the reports}" }) } },
        new Integration("codebuild:startBuildBatch", Rr, Sync)
        {
            Page = Guide + "connect-codebuild.html",
            Calls = new[] { new Grant(new[] { "codebuild:StartBuildBatch" }, new[] { "arn:aws:codebuild:*:*:project/{ProjectName}" }) },
            Sync = new[] { new Grant(new[] { "codebuild:BatchGetBuildBatches", "codebuild:StopBuildBatch" }, new[] { "arn:aws:codebuild:*:*:project/{ProjectName}" }) },
            CompletionRule = "StepFunctionsGetEventForCodeBuildStartBuildBatchRule",
        },
        new Integration("codebuild:stopBuildBatch") { Page = Guide + "connect-codebuild.html", Calls = new[] { new Grant(new[] { "codebuild:StopBuildBatch" }, new[] { "arn:aws:codebuild:*:*:project/{!the project of the batch}" }) } },
        new Integration("codebuild:retryBuildBatch", Rr, Sync)
        {
            Page = Guide + "connect-codebuild.html",
            Calls = new[] { new Grant(new[] { "codebuild:RetryBuildBatch" }, new[] { "arn:aws:codebuild:*:*:project/{!the project of the batch}" }) },
            Sync = new[] { new Grant(new[] { "codebuild:BatchGetBuildBatches", "codebuild:StopBuildBatch" }, new[] { "arn:aws:codebuild:*:*:project/{!the project of the batch}" }) },
        },
        new Integration("codebuild:deleteBuildBatch") { Page = Guide + "connect-codebuild.html", Calls = new[] { new Grant(new[] { "codebuild:DeleteBuildBatch" }, new[] { "arn:aws:codebuild:*:*:project/{!the project of the batch}" }) } },

        // Amazon DynamoDB.
        new Integration("dynamodb:getItem") { Page = Guide + "connect-ddb.html", Order = 40, Custom = call => DynamoDb(call, "dynamodb:GetItem"), PassesRoles = false, Allowed = "`dynamodb:GetItem`", On = "`arn:aws:dynamodb:*:*:table/<TableName>`" },
        new Integration("dynamodb:putItem") { Page = Guide + "connect-ddb.html", Order = 41, Custom = call => DynamoDb(call, "dynamodb:PutItem"), PassesRoles = false, Allowed = "`dynamodb:PutItem`", On = "`arn:aws:dynamodb:*:*:table/<TableName>`" },
        new Integration("dynamodb:updateItem") { Page = Guide + "connect-ddb.html", Order = 42, Custom = call => DynamoDb(call, "dynamodb:UpdateItem"), PassesRoles = false, Allowed = "`dynamodb:UpdateItem`", On = "`arn:aws:dynamodb:*:*:table/<TableName>`" },
        new Integration("dynamodb:deleteItem") { Page = Guide + "connect-ddb.html", Order = 43, Custom = call => DynamoDb(call, "dynamodb:DeleteItem"), PassesRoles = false, Allowed = "`dynamodb:DeleteItem`", On = "`arn:aws:dynamodb:*:*:table/<TableName>`" },

        // Amazon ECS / Fargate.
        new Integration("ecs:runTask", Rr, Sync, Callback) { Page = Guide + "connect-ecs.html", Order = 70, Custom = EcsRunTask, PassesRoles = false, CompletionRule = "StepFunctionsGetEventsForECSTaskRule", Allowed = "`ecs:RunTask`, `iam:PassRole` (to `ecs-tasks.amazonaws.com`); with `.sync`: `ecs:DescribeTasks`, `ecs:StopTask`, the managed rule", On = "`task-definition/<TaskDefinition>` (every revision of a bare family); the roles in `Overrides`, else any role" },

        // Amazon EKS. runJob and call are authorized by Kubernetes, not IAM.
        new Integration("eks:createCluster", Rr, Sync)
        {
            Page = Guide + "connect-eks.html",
            Calls = new[] { new Grant(new[] { "eks:CreateCluster" }, new[] { "*" }) },
            Sync = new[] { new Grant(new[] { "eks:DeleteCluster", "eks:DescribeCluster" }, new[] { "arn:aws:eks:*:*:cluster/{Name}" }) },
            PassedTo = "eks.amazonaws.com",
        },
        new Integration("eks:deleteCluster", Rr, Sync)
        {
            Page = Guide + "connect-eks.html",
            Calls = new[] { new Grant(new[] { "eks:DeleteCluster" }, new[] { "arn:aws:eks:*:*:cluster/{Name}" }) },
            Sync = new[] { new Grant(new[] { "eks:DescribeCluster" }, new[] { "arn:aws:eks:*:*:cluster/{Name}" }) },
        },
        new Integration("eks:createFargateProfile", Rr, Sync)
        {
            Page = Guide + "connect-eks.html",
            Calls = new[] { new Grant(new[] { "eks:CreateFargateProfile" }, new[] { "arn:aws:eks:*:*:cluster/{ClusterName}" }) },
            Sync = new[] { new Grant(new[] { "eks:DeleteFargateProfile", "eks:DescribeFargateProfile" }, new[] { "arn:aws:eks:*:*:fargateprofile/{ClusterName}/{FargateProfileName}/*" }) },
        },
        new Integration("eks:deleteFargateProfile", Rr, Sync)
        {
            Page = Guide + "connect-eks.html",
            Calls = new[] { new Grant(new[] { "eks:DeleteFargateProfile" }, new[] { "arn:aws:eks:*:*:fargateprofile/{ClusterName}/{FargateProfileName}/*" }) },
            Sync = new[] { new Grant(new[] { "eks:DescribeFargateProfile" }, new[] { "arn:aws:eks:*:*:fargateprofile/{ClusterName}/{FargateProfileName}/*" }) },
        },
        new Integration("eks:createNodegroup", Rr, Sync)
        {
            Page = Guide + "connect-eks.html",
            Calls = new[]
            {
                new Grant(new[] { "eks:CreateNodegroup" }, new[] { "arn:aws:eks:*:*:cluster/{ClusterName}" }),
                new Grant(new[] { "ec2:DescribeSubnets" }, new[] { "*" }),
                new Grant(new[] { "iam:GetRole", "iam:ListAttachedRolePolicies" }, new[] { "arn:aws:iam::*:role/*" }),
            },
            Sync = new[] { new Grant(new[] { "eks:DeleteNodegroup", "eks:DescribeNodegroup" }, new[] { "arn:aws:eks:*:*:nodegroup/{ClusterName}/{NodegroupName}/*" }) },
            PassedTo = "eks.amazonaws.com",
        },
        new Integration("eks:deleteNodegroup", Rr, Sync)
        {
            Page = Guide + "connect-eks.html",
            Calls = new[] { new Grant(new[] { "eks:DeleteNodegroup" }, new[] { "arn:aws:eks:*:*:nodegroup/{ClusterName}/{NodegroupName}/*" }) },
            Sync = new[] { new Grant(new[] { "eks:DescribeNodegroup" }, new[] { "arn:aws:eks:*:*:nodegroup/{ClusterName}/{NodegroupName}/*" }) },
        },
        new Integration("eks:runJob", Rr, Sync) { Page = Guide + "connect-eks.html", Custom = KubernetesAuthorized, PassesRoles = false, Allowed = "nothing: Kubernetes RBAC authorizes the role", On = "(a warning says so)" },
        new Integration("eks:call") { Page = Guide + "connect-eks.html", Custom = KubernetesAuthorized, PassesRoles = false, Allowed = "nothing: Kubernetes RBAC authorizes the role", On = "(a warning says so)" },

        // Amazon EMR: cluster ids are made when the cluster is, so createCluster's polling is on every cluster.
        new Integration("elasticmapreduce:createCluster", Rr, Sync)
        {
            Page = Guide + "connect-emr.html",
            Calls = new[]
            {
                new Grant(new[] { "elasticmapreduce:RunJobFlow" }, new[] { "*" }),
                new Grant(new[] { "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/*" }),
            },
        },
        new Integration("elasticmapreduce:setClusterTerminationProtection") { Page = Guide + "connect-emr.html", Calls = new[] { new Grant(new[] { "elasticmapreduce:SetTerminationProtection" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/{ClusterId}" }) } },
        new Integration("elasticmapreduce:terminateCluster", Rr, Sync) { Page = Guide + "connect-emr.html", Calls = new[] { new Grant(new[] { "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/{ClusterId}" }) } },
        new Integration("elasticmapreduce:addStep", Rr, Sync) { Page = Guide + "connect-emr.html", Calls = new[] { new Grant(new[] { "elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:CancelSteps", "elasticmapreduce:DescribeStep" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/{ClusterId}" }) } },
        new Integration("elasticmapreduce:cancelStep") { Page = Guide + "connect-emr.html", Calls = new[] { new Grant(new[] { "elasticmapreduce:CancelSteps" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/{ClusterId}" }) } },
        new Integration("elasticmapreduce:modifyInstanceFleetByName") { Page = Guide + "connect-emr.html", Calls = new[] { new Grant(new[] { "elasticmapreduce:ListInstanceFleets", "elasticmapreduce:ModifyInstanceFleet" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/{ClusterId}" }) } },
        new Integration("elasticmapreduce:modifyInstanceGroupByName") { Page = Guide + "connect-emr.html", Calls = new[] { new Grant(new[] { "elasticmapreduce:ListInstanceGroups", "elasticmapreduce:ModifyInstanceGroups" }, new[] { "arn:aws:elasticmapreduce:*:*:cluster/{ClusterId}" }) } },

        // Amazon EMR on EKS: the guide limits the job's role with a condition instead of iam:PassRole.
        new Integration("emr-containers:createVirtualCluster") { Page = Guide + "connect-emr-eks.html", Calls = new[] { new Grant(new[] { "emr-containers:CreateVirtualCluster" }, new[] { "*" }) } },
        new Integration("emr-containers:deleteVirtualCluster", Rr, Sync)
        {
            Page = Guide + "connect-emr-eks.html",
            Calls = new[] { new Grant(new[] { "emr-containers:DeleteVirtualCluster" }, new[] { "arn:aws:emr-containers:*:*:/virtualclusters/{Id}" }) },
            Sync = new[] { new Grant(new[] { "emr-containers:DescribeVirtualCluster" }, new[] { "arn:aws:emr-containers:*:*:/virtualclusters/{Id}" }) },
        },
        new Integration("emr-containers:startJobRun", Rr, Sync)
        {
            Page = Guide + "connect-emr-eks.html",
            Calls = new[] { new Grant(new[] { "emr-containers:StartJobRun" }, new[] { "arn:aws:emr-containers:*:*:/virtualclusters/{VirtualClusterId}" }) },
            Sync = new[] { new Grant(new[] { "emr-containers:CancelJobRun", "emr-containers:DescribeJobRun" }, new[] { "arn:aws:emr-containers:*:*:/virtualclusters/{VirtualClusterId}/jobruns/*" }) },
            PassesRoles = false,
        },

        // Amazon EMR Serverless.
        new Integration("emr-serverless:createApplication", Rr, Sync)
        {
            Page = Guide + "connect-emr-serverless.html",
            Calls = new[] { new Grant(new[] { "emr-serverless:CreateApplication" }, new[] { "*" }) },
            Sync = new[] { new Grant(new[] { "emr-serverless:DeleteApplication", "emr-serverless:GetApplication" }, new[] { "arn:aws:emr-serverless:*:*:/applications/*" }) },
            CompletionRule = "StepFunctionsGetEventsForEMRServerlessApplicationRule",
        },
        EmrServerlessApplication("startApplication", "emr-serverless:StartApplication", "emr-serverless:GetApplication", "emr-serverless:StopApplication"),
        EmrServerlessApplication("stopApplication", "emr-serverless:StopApplication", "emr-serverless:GetApplication"),
        EmrServerlessApplication("deleteApplication", "emr-serverless:DeleteApplication", "emr-serverless:GetApplication"),
        new Integration("emr-serverless:startJobRun", Rr, Sync)
        {
            Page = Guide + "connect-emr-serverless.html",
            Calls = new[] { new Grant(new[] { "emr-serverless:StartJobRun" }, new[] { "arn:aws:emr-serverless:*:*:/applications/{ApplicationId}" }) },
            Sync = new[] { new Grant(new[] { "emr-serverless:CancelJobRun", "emr-serverless:GetJobRun" }, new[] { "arn:aws:emr-serverless:*:*:/applications/{ApplicationId}/jobruns/*" }) },
            CompletionRule = "StepFunctionsGetEventsForEMRServerlessJobRule",
            PassedTo = "emr-serverless.amazonaws.com",
        },
        new Integration("emr-serverless:cancelJobRun", Rr, Sync)
        {
            Page = Guide + "connect-emr-serverless.html",
            Calls = new[] { new Grant(new[] { "emr-serverless:CancelJobRun" }, new[] { "arn:aws:emr-serverless:*:*:/applications/{ApplicationId}/jobruns/{JobRunId}" }) },
            Sync = new[] { new Grant(new[] { "emr-serverless:GetJobRun" }, new[] { "arn:aws:emr-serverless:*:*:/applications/{ApplicationId}/jobruns/{JobRunId}" }) },
            CompletionRule = "StepFunctionsGetEventsForEMRServerlessJobRule",
        },

        // Amazon EventBridge.
        new Integration("events:putEvents", Rr, Callback) { Page = Guide + "connect-eventbridge.html", Order = 50, Custom = EventsPutEvents, PassesRoles = false, Allowed = "`events:PutEvents`", On = "each `Entries[].EventBusName` (a name, an ARN; `default` when omitted)" },

        // AWS Glue. The guide's template grants "*" ("Glue does not have resource-based control"), but the Service
        // Authorization Reference scopes these actions to the job, as the CDK does.
        new Integration("glue:startJobRun", Rr, Sync)
        {
            Page = Guide + "connect-glue.html",
            Order = 90,
            Sid = "RunGlueJobs",
            Calls = new[] { new Grant(new[] { "glue:StartJobRun" }, new[] { "arn:aws:glue:*:*:job/{JobName}" }) },
            Sync = new[] { new Grant(new[] { "glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns" }, new[] { "arn:aws:glue:*:*:job/{JobName}" }) },
        },

        // AWS Glue DataBrew.
        new Integration("databrew:startJobRun", Rr, Sync)
        {
            Page = Guide + "connect-databrew.html",
            Calls = new[] { new Grant(new[] { "databrew:StartJobRun" }, new[] { "arn:aws:databrew:*:*:job/{Name}" }) },
            Sync = new[] { new Grant(new[] { "databrew:ListJobRuns", "databrew:StopJobRun" }, new[] { "arn:aws:databrew:*:*:job/{Name}" }) },
        },

        // AWS Lambda.
        new Integration("lambda:invoke", Rr, Callback) { Page = Guide + "connect-lambda.html", Order = 10, Custom = Lambda, PassesRoles = false, Allowed = "`lambda:InvokeFunction`", On = "the `FunctionName` and its versions and aliases (`<arn>`, `<arn>:*`)" },

        // AWS Elemental MediaConvert: jobs are tagged by Step Functions, and only those are watched.
        new Integration("mediaconvert:createJob", Rr, Sync)
        {
            Page = Guide + "connect-mediaconvert.html",
            Calls = new[] { new Grant(new[] { "mediaconvert:CreateJob" }, new[] { "arn:aws:mediaconvert:*:*:queues/*", "arn:aws:mediaconvert:*:*:jobTemplates/*", "arn:aws:mediaconvert:*:*:presets/*" }) },
            Sync = new[] { new Grant(new[] { "mediaconvert:CancelJob", "mediaconvert:GetJob" }, new[] { "arn:aws:mediaconvert:*:*:jobs/*" }, """{"StringEquals":{"aws:ResourceTag/ManagedByService":"AWSStepFunctions"}}""") },
            CompletionRule = "StepFunctionsGetEventsForMediaConvertJobRule",
            PassedTo = "mediaconvert.amazonaws.com",
        },

        // Amazon SageMaker AI. The guide has policies for training and transform jobs only; the other rows follow the
        // Service Authorization Reference's resource types for the same names.
        SageMakerJob("createTrainingJob", "TrainingJob", "training-job", "StepFunctionsGetEventsForSageMakerTrainingJobsRule", tagsAnywhere: true),
        SageMakerJob("createTransformJob", "TransformJob", "transform-job", "StepFunctionsGetEventsForSageMakerTransformJobsRule", tagsAnywhere: true),
        SageMakerJob("createHyperParameterTuningJob", "HyperParameterTuningJob", "hyper-parameter-tuning-job", null, tagsAnywhere: false),
        SageMakerJob("createLabelingJob", "LabelingJob", "labeling-job", null, tagsAnywhere: false),
        SageMakerJob("createProcessingJob", "ProcessingJob", "processing-job", null, tagsAnywhere: false),
        new Integration("sagemaker:createModel") { Page = Guide + "connect-sagemaker.html", Calls = new[] { new Grant(new[] { "sagemaker:CreateModel" }, new[] { "arn:aws:sagemaker:*:*:model/{ModelName}" }) }, PassedTo = "sagemaker.amazonaws.com" },
        new Integration("sagemaker:createEndpointConfig") { Page = Guide + "connect-sagemaker.html", Calls = new[] { new Grant(new[] { "sagemaker:CreateEndpointConfig" }, new[] { "arn:aws:sagemaker:*:*:endpoint-config/{EndpointConfigName}" }) } },
        new Integration("sagemaker:createEndpoint") { Page = Guide + "connect-sagemaker.html", Calls = new[] { new Grant(new[] { "sagemaker:CreateEndpoint" }, new[] { "arn:aws:sagemaker:*:*:endpoint/{EndpointName}", "arn:aws:sagemaker:*:*:endpoint-config/{EndpointConfigName}" }) } },
        new Integration("sagemaker:updateEndpoint") { Page = Guide + "connect-sagemaker.html", Calls = new[] { new Grant(new[] { "sagemaker:UpdateEndpoint" }, new[] { "arn:aws:sagemaker:*:*:endpoint/{EndpointName}", "arn:aws:sagemaker:*:*:endpoint-config/{EndpointConfigName}" }) } },

        // Amazon SNS and SQS.
        new Integration("sns:publish", Rr, Callback) { Page = Guide + "connect-sns.html", Order = 20, Custom = SnsPublish, PassesRoles = false, Allowed = "`sns:Publish`", On = "the `TopicArn` (or `TargetArn`)" },
        new Integration("sqs:sendMessage", Rr, Callback) { Page = Guide + "connect-sqs.html", Order = 30, Custom = SqsSendMessage, PassesRoles = false, Allowed = "`sqs:SendMessage`", On = "the queue ARN built from `QueueUrl` (a `${...Url}` substitution: its companion `${...Arn}`)" },

        // AWS Step Functions.
        new Integration("states:startExecution", Rr, Sync, ".sync:2", Callback) { Page = Guide + "connect-stepfunctions.html", Order = 60, Custom = StartExecution, PassesRoles = false, CompletionRule = "StepFunctionsGetEventsForStepFunctionsExecutionRule", Allowed = "`states:StartExecution`; with `.sync`: `states:DescribeExecution`, `states:StopExecution`, the managed rule", On = "the `StateMachineArn`; `execution:<child>:*`" },
    };

    /// <summary>Derives what a Task state's resource needs; false when StepGen does not know the resource.</summary>
    public static bool Derive(string stateName, string resource, JsonObject? parameters, Grants grants)
    {
        foreach (Integration row in All)
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

        if (ResourceArns.IsLambdaFunctionArn(resource))
        {
            grants.Allow(10, "InvokeLambdaFunctions", new[] { "lambda:InvokeFunction" }, ResourceArns.FunctionArns(resource), stateName: stateName);
            return true;
        }

        if (resource.StartsWith(AwsSdkIntegration.Prefix, StringComparison.Ordinal))
        {
            return AwsSdkIntegration.Derive(stateName, resource, parameters, grants);
        }

        return false;
    }

    /// <summary>
    /// For a Task resource no row answers: the known resource it differs from only in case, or the patterns the
    /// guide lists for its integration when only the pattern is unknown; null when it is nothing like a row.
    /// </summary>
    public static string? Suggest(string resource)
    {
        foreach (Integration row in All)
        {
            foreach (string pattern in row.Patterns)
            {
                if (string.Equals(row.Resource + pattern, resource, StringComparison.OrdinalIgnoreCase))
                {
                    return $"did you mean '{row.Resource + pattern}'?";
                }
            }

            if (resource.StartsWith(row.Resource, StringComparison.Ordinal) && resource.Length > row.Resource.Length && resource[row.Resource.Length] == '.')
            {
                string patterns = string.Join(", ", Array.ConvertAll(row.Patterns, p => p.Length == 0 ? "request-response" : p));
                return $"the developer guide lists {patterns} for {row.Resource}";
            }
        }

        return null;
    }

    private static Integration EmrServerlessApplication(string api, string action, params string[] syncActions) => new("emr-serverless:" + api, Rr, Sync)
    {
        Page = Guide + "connect-emr-serverless.html",
        Calls = new[] { new Grant(new[] { action }, new[] { "arn:aws:emr-serverless:*:*:/applications/{ApplicationId}" }) },
        Sync = new[] { new Grant(syncActions, new[] { "arn:aws:emr-serverless:*:*:/applications/{ApplicationId}" }) },
        CompletionRule = "StepFunctionsGetEventsForEMRServerlessApplicationRule",
    };

    /// <summary>A SageMaker create-job API: the job named by <c>&lt;Kind&gt;Name</c>; <c>.sync</c> describes and stops it.</summary>
    private static Integration SageMakerJob(string api, string kind, string type, string? rule, bool tagsAnywhere)
    {
        string job = $"arn:aws:sagemaker:*:*:{type}/{{{kind}Name}}";
        var calls = new List<Grant> { new(new[] { "sagemaker:Create" + kind }, new[] { job }) };
        if (tagsAnywhere)
        {
            // The guide's template for training and transform jobs tags and lists tags on "*".
            calls.Add(new Grant(new[] { "sagemaker:AddTags", "sagemaker:ListTags" }, new[] { "*" }));
        }

        return new Integration("sagemaker:" + api, Rr, Sync)
        {
            Page = Guide + "connect-sagemaker.html",
            Calls = calls.ToArray(),
            Sync = new[] { new Grant(new[] { "sagemaker:Describe" + kind, "sagemaker:Stop" + kind }, new[] { job }) },
            CompletionRule = rule,
            PassedTo = "sagemaker.amazonaws.com",
        };
    }

    private static void Lambda(TaskCall call)
    {
        const string anyFunction = "arn:aws:lambda:*:*:function:*";
        string? function = call.Resolve("FunctionName", ValueForm.NameOrArn, name => ResourceArns.FunctionArns(name)[0], anyFunction, "lambda:InvokeFunction");
        if (function is not null)
        {
            call.Allow("InvokeLambdaFunctions", new[] { "lambda:InvokeFunction" }, function == anyFunction ? new[] { function } : new[] { function, function + ":*" });
        }
    }

    private static void SnsPublish(TaskCall call)
    {
        string parameter = call.Sets("TargetArn") ? "TargetArn" : "TopicArn";
        string? topic = call.Resolve(parameter, ValueForm.Arn, arn => ResourceArns.IsArn(arn, "sns") ? arn : null, "arn:aws:sns:*:*:*", "sns:Publish");
        if (topic is not null)
        {
            call.Allow("PublishToSnsTopics", new[] { "sns:Publish" }, topic);
        }
    }

    private static void SqsSendMessage(TaskCall call)
    {
        string? queue = call.Resolve("QueueUrl", ValueForm.Url, ResourceArns.QueueArn, "arn:aws:sqs:*:*:*", "sqs:SendMessage");
        if (queue is not null)
        {
            call.Allow("SendToSqsQueues", new[] { "sqs:SendMessage" }, queue);
        }
    }

    private static void DynamoDb(TaskCall call, string action)
    {
        string? table = call.Resolve("TableName", ValueForm.NameOrArn, ResourceArns.TableArn, "arn:aws:dynamodb:*:*:table/*", action);
        if (table is not null)
        {
            call.Allow("DynamoDb" + action.Substring("dynamodb:".Length), new[] { action }, table);
        }
    }

    private static void EventsPutEvents(TaskCall call)
    {
        var buses = new List<string>();
        if (call.Parameters?.Get("Entries") is JsonArray entries)
        {
            foreach (JsonNode entry in entries.Items)
            {
                ParameterValue bus = ParameterValue.Read(entry as JsonObject, "EventBusName");
                switch (bus.Known)
                {
                    case ValueKnown.Absent:
                        buses.Add($"arn:aws:events{ResourceArns.AnyRegionAccount}event-bus/default");
                        break;
                    case ValueKnown.Constant when ResourceArns.IsArn(bus.Text, "events"):
                    case ValueKnown.Substitution when bus.Substitution == SubstitutionKind.Arn:
                        buses.Add(bus.Text);
                        break;
                    case ValueKnown.Constant:
                    case ValueKnown.Substitution when bus.Substitution == SubstitutionKind.Name:
                        buses.Add($"arn:aws:events{ResourceArns.AnyRegionAccount}event-bus/{bus.Text}");
                        break;
                    case ValueKnown.Substitution:
                        buses.Add(VagueBus(call, $"names its event bus with the substitution {bus.Text}, which could be a name or an ARN, so the policy allows events:PutEvents on every event bus; name it {Substitutions.Companion(bus.Text, "Name")} or {Substitutions.Companion(bus.Text, "Arn")}"));
                        break;
                    default:
                        buses.Add(VagueBus(call, "puts events on an event bus chosen at run time, so the policy allows events:PutEvents on every event bus; write the Entries with constant EventBusName values"));
                        break;
                }
            }
        }
        else
        {
            buses.Add(VagueBus(call, "puts events whose Entries are chosen at run time, so the policy allows events:PutEvents on every event bus; write the Entries as an array with constant EventBusName values"));
        }

        buses.RemoveAll(bus => bus.Length == 0);
        if (buses.Count > 0)
        {
            call.Allow("PutEventsOnEventBuses", new[] { "events:PutEvents" }, buses.ToArray());
        }
    }

    private static string VagueBus(TaskCall call, string what)
    {
        if (call.Grants.CoveredByCustom("events:PutEvents"))
        {
            return string.Empty;
        }

        call.Grants.Note(call.StateName, $"'{call.StateName}' {what}, or add an [IamStatement] for the exact buses.", "events:PutEvents");
        return "arn:aws:events:*:*:event-bus/*";
    }

    private static void StartExecution(TaskCall call)
    {
        string? child = call.Resolve("StateMachineArn", ValueForm.Arn, arn => ResourceArns.IsArn(arn, "states") ? arn : null, "arn:aws:states:*:*:stateMachine:*", "states:StartExecution");
        if (child is not null)
        {
            call.Allow("StartChildExecutions", new[] { "states:StartExecution" }, child);
        }

        if (!call.IsSync)
        {
            return;
        }

        // Waiting for the child: the service polls it and stops it when the parent stops, and listens for its end
        // through a managed EventBridge rule (added by the row).
        string? executions = child is not null && ChildName(child) is string name ? $"arn:aws:states:*:*:execution:{name}:*" : null;
        if (executions is null && !call.Grants.CoveredByCustom("states:DescribeExecution"))
        {
            // An execution ARN names the machine, which a substitution or a run-time ARN does not reveal.
            executions = "arn:aws:states:*:*:execution:*:*";
            call.Grants.NoteAt(call.StateName, "StateMachineArn", $"'{call.StateName}' waits for a child execution, but StepGen cannot read the child's name from its StateMachineArn (a ${{Substitution}}, a value chosen at run time, or not a state machine ARN), so the policy allows states:DescribeExecution and states:StopExecution on every execution; write the child's ARN as a constant (arn:aws:states:<region>:<account>:stateMachine:<child>), or add an [IamStatement] allowing them on arn:aws:states:<region>:<account>:execution:<child>:*.", "states:DescribeExecution", "states:StopExecution");
        }

        if (executions is not null)
        {
            call.Allow("WatchChildExecutions", new[] { "states:DescribeExecution", "states:StopExecution" }, executions);
        }
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
        string? definition = call.Resolve("TaskDefinition", ValueForm.NameOrArn, ResourceArns.TaskDefinitionArn, "arn:aws:ecs:*:*:task-definition/*", "ecs:RunTask");
        if (definition is not null)
        {
            call.Allow("RunEcsTasks", new[] { "ecs:RunTask" }, definition);
        }

        // The task and execution roles of the definition are not in the definition: pass only roles meant for ECS.
        if (!call.Grants.CoveredByCustom("iam:PassRole"))
        {
            var passedTo = new JsonObject();
            passedTo.Add("iam:PassedToService", J.Str("ecs-tasks.amazonaws.com"));
            var condition = new JsonObject();
            condition.Add("StringEquals", passedTo);
            call.Grants.Allow(call.Order, "PassRolesToEcsTasks", new[] { "iam:PassRole" }, new[] { "arn:aws:iam::*:role/*" }, condition, stateName: call.StateName);
            call.Grants.Note(call.StateName, $"'{call.StateName}' runs an ECS task whose task and execution roles are not in the definition, so the policy may pass any role, but only to ecs-tasks.amazonaws.com; add an [IamStatement] allowing iam:PassRole on those two role ARNs to scope it.", "iam:PassRole");
        }

        if (call.IsSync)
        {
            call.Allow("WatchEcsTasks", new[] { "ecs:DescribeTasks", "ecs:StopTask" }, "arn:aws:ecs:*:*:task/*");
        }
    }

    private static void BatchSubmitJob(TaskCall call)
    {
        string? definition = call.Resolve("JobDefinition", ValueForm.NameOrArn, value => ResourceArns.IsArn(value, "batch") ? value : $"arn:aws:batch{ResourceArns.AnyRegionAccount}job-definition/{value}", "arn:aws:batch:*:*:job-definition/*", "batch:SubmitJob");
        string? queue = call.Resolve("JobQueue", ValueForm.NameOrArn, value => ResourceArns.IsArn(value, "batch") ? value : $"arn:aws:batch{ResourceArns.AnyRegionAccount}job-queue/{value}", "arn:aws:batch:*:*:job-queue/*", "batch:SubmitJob");
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
            call.Allow("SubmitBatchJobs", new[] { "batch:SubmitJob" }, resources.ToArray());
        }

        if (call.IsSync)
        {
            // batch:DescribeJobs supports no resource-level permission, so it can only be granted on "*".
            call.Allow("DescribeBatchJobs", new[] { "batch:DescribeJobs" }, "*");
            call.Allow("StopBatchJobs", new[] { "batch:TerminateJob" }, "arn:aws:batch:*:*:job/*");
        }
    }

    /// <summary>
    /// bedrock:InvokeModel on the model; a model id that is not a constant gets every foundation model, provisioned
    /// model and inference profile. <c>Input.S3Uri</c> and <c>Output.S3Uri</c> (Step Functions reads the body from S3
    /// and writes the result there) need the objects.
    /// </summary>
    private static void BedrockInvokeModel(TaskCall call)
    {
        ParameterValue model = call.Value("ModelId");
        var models = new List<string>();
        if (model.IsWritten && model.Substitution != SubstitutionKind.Unknown)
        {
            models.AddRange(ResourceArns.BedrockModelArns(model.Text));
        }
        else if (!call.Grants.CoveredByCustom("bedrock:InvokeModel"))
        {
            models.AddRange(new[] { "arn:aws:bedrock:*::foundation-model/*", "arn:aws:bedrock:*:*:provisioned-model/*", "arn:aws:bedrock:*:*:inference-profile/*", "arn:aws:bedrock:*:*:application-inference-profile/*" });
            string why = model.Known == ValueKnown.Substitution ? $"its ModelId is the substitution {model.Text}, which could be a model id or an ARN" : model.Known == ValueKnown.RunTime ? "its ModelId is chosen at run time" : "it sets no ModelId";
            call.Grants.Note(call.StateName, $"'{call.StateName}' calls bedrock:InvokeModel, but {why}, so the policy allows it on every model and inference profile; write ModelId as a constant, or add an [IamStatement] for the exact models.", "bedrock:InvokeModel");
        }

        if (models.Count > 0)
        {
            call.Allow("BedrockInvokeModel", new[] { "bedrock:InvokeModel" }, models.ToArray());
        }

        S3Uri(call, "Input", "s3:GetObject", "BedrockReadInput");
        S3Uri(call, "Output", "s3:PutObject", "BedrockWriteOutput");
    }

    private static void S3Uri(TaskCall call, string field, string action, string sid)
    {
        if (call.Parameters?.Get(field) is not JsonObject holder)
        {
            return;
        }

        ParameterValue uri = ParameterValue.Read(holder, "S3Uri");
        const string scheme = "s3://";
        if (uri.Known == ValueKnown.Constant && uri.Text.StartsWith(scheme, StringComparison.Ordinal) && uri.Text.Length > scheme.Length)
        {
            call.Allow(sid, new[] { action }, "arn:aws:s3:::" + uri.Text.Substring(scheme.Length));
        }
        else if (uri.Known != ValueKnown.Absent && !call.Grants.CoveredByCustom(action))
        {
            call.Allow(sid, new[] { action }, "arn:aws:s3:::*/*");
            call.Grants.Note(call.StateName, $"'{call.StateName}' reads or writes {field}.S3Uri, which is not a constant s3:// URI, so the policy allows {action} on every object; write it as a constant, or add an [IamStatement] for the exact objects.", action);
        }
    }

    /// <summary>
    /// API Gateway signs the request with the execution role only when AuthType is IAM_ROLE; then the role needs
    /// execute-api:Invoke on the method ("Call API Gateway with Step Functions").
    /// </summary>
    private static void ApiGatewayInvoke(TaskCall call)
    {
        if (call.Literal("AuthType") != "IAM_ROLE")
        {
            return;
        }

        var vague = new List<Vague>();
        string region = "*";
        string api = "*";
        ParameterValue endpoint = call.Value("ApiEndpoint");
        if (endpoint.Known == ValueKnown.Constant)
        {
            // <api-id>.execute-api.<region>.amazonaws.com
            string[] host = endpoint.Text.Split('.');
            if (host.Length >= 4 && host[1] == "execute-api")
            {
                api = host[0];
                region = host[2];
            }
        }
        else
        {
            vague.Add(new Vague("ApiEndpoint", endpoint.Known == ValueKnown.RunTime ? "its ApiEndpoint is chosen at run time" : "its ApiEndpoint is not a constant"));
        }

        string stage = call.Fill("{Stage}", vague);
        string method = call.Fill("{Method}", vague);
        string path = call.Fill("{Path=}", vague).TrimStart('/');
        string arn = $"arn:aws:execute-api:{region}:*:{api}/{stage}/{method}/{(path.Length == 0 ? string.Empty : path)}";
        if (vague.Count > 0)
        {
            if (call.Grants.CoveredByCustom("execute-api:Invoke"))
            {
                return;
            }

            call.Grants.NoteWide(call.StateName, new[] { "execute-api:Invoke" }, vague, new[] { arn });
        }

        call.Allow("InvokeApiGateway", new[] { "execute-api:Invoke" }, arn);
    }

    private static void KubernetesAuthorized(TaskCall call) =>
        call.Grants.Note(call.StateName, $"'{call.StateName}' calls the Kubernetes API of an EKS cluster, which Kubernetes authorizes, not IAM: the policy needs nothing for it, but the execution role must be mapped to a Kubernetes user or group with the right RBAC permissions (an EKS access entry or the aws-auth ConfigMap), or the call fails with EKS.401 or EKS.403.");

    /// <summary>The managed EventBridge rule through which Step Functions learns that a .sync job ended.</summary>
    internal static void ManagedRule(TaskCall call, string rule) =>
        call.Allow("ManageCompletionRules", new[] { "events:DescribeRule", "events:PutRule", "events:PutTargets" }, $"arn:aws:events:*:*:rule/{rule}");

    /// <summary>An action or API as a Sid fragment: letters and digits, each word capitalised.</summary>
    internal static string Identifier(string action)
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
}
