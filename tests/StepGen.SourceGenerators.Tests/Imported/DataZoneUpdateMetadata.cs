// Imported by stepgen import from aws-samples/step-functions-workflows-collection/sfn-datazone-update-metadata-cdk/typescript/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(StartState))]
public partial class DataZoneUpdateMetadata
{
    [Pass(Name = "Start State", Next = nameof(FindAssets))]
    public partial class StartState;

    [Task(Name = "Find assets", Resource = "arn:aws:states:::lambda:invoke", Next = nameof(CheckAssetsFound))]
    [Parameter("FunctionName", "arn:aws:lambda:::function:${fn_find_assets}")]
    [Parameter("Payload", Path = "$.Payload")]
    [Retry("Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
    public partial class FindAssets;

    [Choice(Name = "Check Assets Found", Default = nameof(Failed))]
    [When("ispresent($.Payload.assets)", Next = nameof(IterateAssets))]
    public partial class CheckAssetsFound;

    [Fail]
    public partial class Failed;

    [Map(Name = "Iterate Assets", ItemsPath = "$.Payload.assets", MaxConcurrency = 1,
         Iterator = typeof(IterateAssetsProcessor), End = true)]
    [Parameter("event", Path = "$.Payload.event")]
    [Parameter("asset", Path = "$$.Map.Item.Value")]
    public partial class IterateAssets;

    [Branch(StartAt = nameof(UpdateMetadataFormForAsset))]
    public partial class IterateAssetsProcessor
    {
        [Task(Name = "Update metadata form for Asset", Resource = "arn:aws:lambda:::function:${fn_update_metadata}",
              Next = nameof(PublishAssetMetadataRevision))]
        [Retry("Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class UpdateMetadataFormForAsset;

        [Task(Name = "Publish Asset Metadata Revision", Resource = "arn:aws:states:::lambda:invoke", End = true)]
        [Parameter("FunctionName", "arn:aws:lambda:::function:${fn_publish_asset}")]
        [Parameter("Payload", Path = "$")]
        [Retry("Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class PublishAssetMetadataRevision;
    }
}
