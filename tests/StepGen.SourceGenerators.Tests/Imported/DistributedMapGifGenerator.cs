// Imported by stepgen import from aws-samples/step-functions-workflows-collection/distributed-map-state-gif-generator/statemachine/workflow.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(TidyPaloadForManualRun), Comment = "A description of my state machine")]
public partial class DistributedMapGifGenerator
{
    [Pass(Name = "Tidy paload for manual run", Next = nameof(CalculateHowManyGifChunks))]
    [Parameter("key", Path = "$.detail.requestParameters.key")]
    [Parameter("bucket", Path = "$.detail.requestParameters.bucketName")]
    [Parameter("chunksFile", Path = "States.Format('Chunks-{}.json', $.detail.requestParameters.key)")]
    public partial class TidyPaloadForManualRun;

    [Task(Name = "calculate how many gif chunks", Resource = "arn:aws:states:::lambda:invoke", ResultPath = "$.Payload",
          Parameters = """{ "Payload.$": "$", "FunctionName": "${snippets}" }""", Next = nameof(SaveChunksJSONToS3))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
           MaxAttempts = 6, BackoffRate = 2.0)]
    public partial class CalculateHowManyGifChunks;

    [Task(Name = "Save Chunks JSON to S3", Resource = "arn:aws:states:::aws-sdk:s3:putObject", ResultPath = "$.chunks",
          Next = nameof(FileAnalysis))]
    [Parameter("Body", Path = "$.Payload.Payload")]
    [Parameter("Bucket", Path = "$.bucket")]
    [Parameter("Key", Path = "$.chunksFile")]
    public partial class SaveChunksJSONToS3;

    [Map(Name = "File Analysis", ResultPath = null, MaxConcurrency = 1000, Processor = typeof(FileAnalysisProcessor),
         Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
         ItemReader = """
         {
           "Resource": "arn:aws:states:::s3:getObject",
           "ReaderConfig": {
             "InputType": "JSON"
           },
           "Parameters": {
             "Bucket.$": "$.bucket",
             "Key.$": "$.chunksFile"
           }
         }
         """, Label = "FileAnalysis", Next = nameof(GatherResults))]
    public partial class FileAnalysis;

    [Branch(StartAt = nameof(GenerateGifAndSaveToS3))]
    public partial class FileAnalysisProcessor
    {
        [Task(Name = "Generate gif and save to S3", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """{ "Payload.$": "$", "FunctionName": "${generate}" }""", End = true)]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", IntervalSeconds = 2,
               MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class GenerateGifAndSaveToS3;
    }

    [Pass(Name = "Gather Results", End = true)]
    [Parameter("SourceBucket", Path = "$.bucket")]
    [Parameter("key", Path = "$.key")]
    [Parameter("destinationBucket", "gif-destination-bucket")]
    public partial class GatherResults;
}
