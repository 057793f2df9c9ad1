using System;
using System.Collections.Generic;
using StepGen.Asl.Iam.Reference;

namespace StepGen.Asl.Iam;

/// <summary>
/// What an <c>arn:aws:states:::aws-sdk:&lt;service&gt;:&lt;api&gt;</c> call needs from IAM: the IAM service prefix of an
/// SDK service name, and the IAM actions of an API. Step Functions names services as the AWS SDK does
/// ("Supported AWS SDK service integrations", https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html),
/// and an SDK name is not always an IAM prefix: <c>sfn</c> is <c>states</c>, <c>bedrockagent</c> is <c>bedrock</c>.
/// Every prefix and action here must exist in the Service Authorization Reference; a test checks that.
/// </summary>
internal static class SdkServices
{
    /// <summary>
    /// SDK service names whose IAM prefix is neither the same name nor the one prefix that equals it without hyphens
    /// (<c>accessanalyzer</c> is <c>access-analyzer</c> by that rule, so it is not listed). Taken from the service list
    /// of the page above and the Service Authorization Reference's prefixes; <c>opensearch</c> is listed although IAM has
    /// a prefix of that name, because the OpenSearch Service API is authorized as <c>es:</c>.
    /// </summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["alexaforbusiness"] = "a4b",
        ["amp"] = "aps",
        ["apigatewaymanagementapi"] = "execute-api",
        ["apigatewayv2"] = "apigateway",
        ["appconfigdata"] = "appconfig",
        ["applicationdiscovery"] = "discovery",
        ["bedrockagent"] = "bedrock",
        ["bedrockagentcorecontrol"] = "bedrock-agentcore",
        ["bedrockagentruntime"] = "bedrock",
        ["bedrockdataautomation"] = "bedrock",
        ["bedrockdataautomationruntime"] = "bedrock",
        ["bedrockruntime"] = "bedrock",
        ["chimesdkidentity"] = "chime",
        ["chimesdkmediapipelines"] = "chime",
        ["chimesdkmeetings"] = "chime",
        ["chimesdkmessaging"] = "chime",
        ["chimesdkvoice"] = "chime",
        ["cloudcontrol"] = "cloudformation",
        ["cloudhsmv2"] = "cloudhsm",
        ["cloudsearchdomain"] = "cloudsearch",
        ["cloudwatchevents"] = "events",
        ["cloudwatchlogs"] = "logs",
        ["cognitoidentityprovider"] = "cognito-idp",
        ["connectcampaignsv2"] = "connect-campaigns",
        ["connectcases"] = "cases",
        ["connectcontactlens"] = "connect",
        ["costandusagereport"] = "cur",
        ["costexplorer"] = "ce",
        ["customerprofiles"] = "profile",
        ["databasemigration"] = "dms",
        ["directory"] = "ds",
        ["docdb"] = "rds",
        ["dynamodbstreams"] = "dynamodb",
        ["efs"] = "elasticfilesystem",
        ["elasticloadbalancingv2"] = "elasticloadbalancing",
        ["elasticsearch"] = "es",
        ["emr"] = "elasticmapreduce",
        ["eventbridge"] = "events",
        ["finspacedata"] = "finspace-api",
        ["forecastquery"] = "forecast",
        ["greengrassv2"] = "greengrass",
        ["iotdataplane"] = "iot",
        ["ioteventsdata"] = "iotevents",
        ["iotjobsdataplane"] = "iotjobsdata",
        ["iotsecuretunneling"] = "iot",
        ["ivsrealtime"] = "ivs",
        ["keyspaces"] = "cassandra",
        ["kinesisanalyticsv2"] = "kinesisanalytics",
        ["kinesisvideoarchivedmedia"] = "kinesisvideo",
        ["kinesisvideomedia"] = "kinesisvideo",
        ["kinesisvideosignaling"] = "kinesisvideo",
        ["kinesisvideowebrtcstorage"] = "kinesisvideo",
        ["lexmodelbuilding"] = "lex",
        ["lexmodelsv2"] = "lex",
        ["lexruntime"] = "lex",
        ["lexruntimev2"] = "lex",
        ["location"] = "geo",
        ["mailmanager"] = "ses",
        ["marketplaceagreement"] = "aws-marketplace",
        ["marketplacecatalog"] = "aws-marketplace",
        ["marketplacedeployment"] = "aws-marketplace",
        ["marketplaceentitlement"] = "aws-marketplace",
        ["marketplacemetering"] = "aws-marketplace",
        ["mediastoredata"] = "mediastore",
        ["migrationhub"] = "mgh",
        ["migrationhubconfig"] = "mgh",
        ["migrationhubrefactorspaces"] = "refactor-spaces",
        ["mturk"] = "mechanicalturk",
        ["mwaa"] = "airflow",
        ["neptune"] = "rds",
        ["neptunedata"] = "neptune-db",
        ["opensearch"] = "es",
        ["opensearchserverless"] = "aoss",
        ["partnercentralaccount"] = "partnercentral",
        ["partnercentralbenefits"] = "partnercentral",
        ["partnercentralchannel"] = "partnercentral",
        ["partnercentralselling"] = "partnercentral",
        ["paymentcryptographydata"] = "payment-cryptography",
        ["personalizeevents"] = "personalize",
        ["personalizeruntime"] = "personalize",
        ["pinpoint"] = "mobiletargeting",
        ["pinpointemail"] = "ses",
        ["pinpointsmsvoice"] = "sms-voice",
        ["pinpointsmsvoicev2"] = "sms-voice",
        ["qconnect"] = "wisdom",
        ["qldbsession"] = "qldb",
        ["rekognitionstreaming"] = "rekognition",
        ["resourcegroupstaggingapi"] = "tag",
        ["s3control"] = "s3",
        ["sagemakera2iruntime"] = "sagemaker",
        ["sagemakeredge"] = "sagemaker",
        ["sagemakerfeaturestoreruntime"] = "sagemaker",
        ["sagemakermetrics"] = "sagemaker",
        ["sagemakerruntime"] = "sagemaker",
        ["serverlessapplicationrepository"] = "serverlessrepo",
        ["servicecatalogappregistry"] = "servicecatalog",
        ["sesv2"] = "ses",
        ["sfn"] = "states",
        ["signerdata"] = "signer",
        ["simpledb"] = "sdb",
        ["ssoadmin"] = "sso",
        ["ssooidc"] = "sso-oauth",
        ["supplychain"] = "scn",
        ["taxsettings"] = "tax",
        ["timestreamquery"] = "timestream",
        ["timestreamwrite"] = "timestream",
        ["transcribestreaming"] = "transcribe",
        ["workspacesthinclient"] = "thinclient",
    };

    /// <summary>
    /// APIs whose IAM actions are not the API name with a capital letter (the S3, DynamoDB, Lambda, SQS, SNS, KMS and
    /// Bedrock permission references; the S3 table is "Required permissions for Amazon S3 API operations",
    /// https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html). Keyed by the SDK
    /// service name and the API as Step Functions spells it.
    /// </summary>
    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["lambda:invoke"] = new[] { "lambda:InvokeFunction" },
        ["lambda:invokeWithResponseStream"] = new[] { "lambda:InvokeFunction" },
        ["lambda:getLayerVersionByArn"] = new[] { "lambda:GetLayerVersion" },
        ["s3:listObjectsV2"] = new[] { "s3:ListBucket" },
        ["s3:listObjects"] = new[] { "s3:ListBucket" },
        ["s3:headBucket"] = new[] { "s3:ListBucket" },
        ["s3:headObject"] = new[] { "s3:GetObject" },
        ["s3:listBuckets"] = new[] { "s3:ListAllMyBuckets" },
        ["s3:listObjectVersions"] = new[] { "s3:ListBucketVersions" },
        ["s3:listMultipartUploads"] = new[] { "s3:ListBucketMultipartUploads" },
        ["s3:listParts"] = new[] { "s3:ListMultipartUploadParts" },
        ["s3:createMultipartUpload"] = new[] { "s3:PutObject" },
        ["s3:uploadPart"] = new[] { "s3:PutObject" },
        ["s3:completeMultipartUpload"] = new[] { "s3:PutObject" },
        ["s3:copyObject"] = new[] { "s3:GetObject", "s3:PutObject" },
        ["s3:uploadPartCopy"] = new[] { "s3:GetObject", "s3:PutObject" },
        ["s3:deleteObjects"] = new[] { "s3:DeleteObject" },
        ["s3:getBucketEncryption"] = new[] { "s3:GetEncryptionConfiguration" },
        ["s3:putBucketEncryption"] = new[] { "s3:PutEncryptionConfiguration" },
        ["s3:deleteBucketEncryption"] = new[] { "s3:PutEncryptionConfiguration" },
        ["s3:getBucketLifecycleConfiguration"] = new[] { "s3:GetLifecycleConfiguration" },
        ["s3:putBucketLifecycleConfiguration"] = new[] { "s3:PutLifecycleConfiguration" },
        ["s3:deleteBucketLifecycle"] = new[] { "s3:PutLifecycleConfiguration" },
        ["s3:getBucketReplication"] = new[] { "s3:GetReplicationConfiguration" },
        ["s3:putBucketReplication"] = new[] { "s3:PutReplicationConfiguration" },
        ["s3:deleteBucketReplication"] = new[] { "s3:PutReplicationConfiguration" },
        ["s3:getBucketNotificationConfiguration"] = new[] { "s3:GetBucketNotification" },
        ["s3:putBucketNotificationConfiguration"] = new[] { "s3:PutBucketNotification" },
        ["s3:getPublicAccessBlock"] = new[] { "s3:GetBucketPublicAccessBlock" },
        ["s3:putPublicAccessBlock"] = new[] { "s3:PutBucketPublicAccessBlock" },
        ["s3:deletePublicAccessBlock"] = new[] { "s3:PutBucketPublicAccessBlock" },
        ["s3:getObjectLockConfiguration"] = new[] { "s3:GetBucketObjectLockConfiguration" },
        ["s3:putObjectLockConfiguration"] = new[] { "s3:PutBucketObjectLockConfiguration" },
        ["s3:deleteBucketCors"] = new[] { "s3:PutBucketCORS" },
        ["s3:deleteBucketTagging"] = new[] { "s3:PutBucketTagging" },
        ["s3:deleteBucketOwnershipControls"] = new[] { "s3:PutBucketOwnershipControls" },
        ["dynamodb:transactGetItems"] = new[] { "dynamodb:GetItem" },
        ["sqs:sendMessageBatch"] = new[] { "sqs:SendMessage" },
        ["sqs:deleteMessageBatch"] = new[] { "sqs:DeleteMessage" },
        ["sqs:changeMessageVisibilityBatch"] = new[] { "sqs:ChangeMessageVisibility" },
        ["sns:publishBatch"] = new[] { "sns:Publish" },
        ["kms:reEncrypt"] = new[] { "kms:ReEncryptFrom", "kms:ReEncryptTo" },
        ["bedrockruntime:converse"] = new[] { "bedrock:InvokeModel" },
        ["bedrockruntime:converseStream"] = new[] { "bedrock:InvokeModelWithResponseStream" },
        ["apigatewaymanagementapi:postToConnection"] = new[] { "execute-api:ManageConnections" },
        ["apigatewaymanagementapi:getConnection"] = new[] { "execute-api:ManageConnections" },
        ["apigatewaymanagementapi:deleteConnection"] = new[] { "execute-api:ManageConnections" },
    };

    /// <summary>Every SDK name with its own prefix, for the test that checks each against the reference.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> ListedPrefixes => Prefixes;

    /// <summary>Every API with its own actions, for the test that checks each against the reference.</summary>
    internal static IEnumerable<KeyValuePair<string, string[]>> ListedActions => Actions;

    /// <summary>The IAM prefix of an SDK service name, or null when IAM has no service StepGen can tie it to.</summary>
    public static string? PrefixOf(string sdkService)
    {
        if (Prefixes.TryGetValue(sdkService, out string? listed))
        {
            return listed;
        }

        if (IamReference.HasService(sdkService))
        {
            return sdkService;
        }

        string? match = null;
        foreach (string prefix in IamReference.ServicePrefixes)
        {
            if (prefix.IndexOf('-') >= 0 && string.Equals(prefix.Replace("-", string.Empty), sdkService, StringComparison.OrdinalIgnoreCase))
            {
                if (match is not null)
                {
                    return null;
                }

                match = prefix;
            }
        }

        return match;
    }

    /// <summary>
    /// The IAM actions an SDK API needs, as the reference spells them; null when the reference has no action for it.
    /// </summary>
    public static IReadOnlyList<IamAction>? ActionsOf(string sdkService, string api, string prefix)
    {
        var actions = new List<IamAction>();
        if (Actions.TryGetValue(sdkService + ":" + api, out string[]? listed))
        {
            foreach (string name in listed)
            {
                if (IamReference.Find(name) is IamAction known)
                {
                    actions.Add(known);
                }
            }

            return actions.Count == listed.Length ? actions : null;
        }

        IamAction? action = IamReference.Find(prefix, char.ToUpperInvariant(api[0]) + api.Substring(1));
        return action is null ? null : new[] { action };
    }
}
