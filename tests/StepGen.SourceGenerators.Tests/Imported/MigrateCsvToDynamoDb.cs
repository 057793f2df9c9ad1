// Imported by stepgen import from aws-samples/step-functions-workflows-collection/migrate-csv-to-ddb-distributed-map-main/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ReadInputFile), Comment = "Migration Workflow StateMachine")]
public partial class MigrateCsvToDynamoDb
{
    [Task(Name = "Consolidate Migration", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """
          {
            "FunctionName": "MigrateCSVToDDBDistribute-MigrationWorkflowConsoli-XfEZCwVAtxFM",
            "Payload": {
              "execution_name.$": "$$.Execution.Name",
              "report.$": "$"
            }
          }
          """, Next = nameof(PublishResults))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
    [Catch("ConsolidationError", Next = nameof(MigrationFailed))]
    public partial class ConsolidateMigration;

    [Pass(Name = "Migration Complete", End = true)]
    public partial class MigrationComplete;

    [Fail(Name = "Migration Failed")]
    public partial class MigrationFailed;

    [Task(Name = "Publish Results", Resource = "arn:aws:states:::sns:publish", ResultPath = "$.SnsPublish",
          Next = nameof(MigrationComplete))]
    [Parameter("Message", Path = "$")]
    [Parameter("TopicArn",
               "arn:aws:sns:us-east-1:572295176704:MigrateCSVToDDBDistributedMapStack-MigrationWorkflowPublishMigrationResultsED3B0CF2-M1xNC7B6b9Iq")]
    public partial class PublishResults;

    [Map(Name = "Read Input File", MaxConcurrency = 100, Processor = typeof(ReadInputFileProcessor), Mode = "DISTRIBUTED",
         ExecutionType = "STANDARD",
         ItemReader = """
         {
           "Parameters": {
             "Bucket.$": "$.bucket_name",
             "Key.$": "$.file_key"
           },
           "ReaderConfig": {
             "CSVHeaderLocation": "FIRST_ROW",
             "InputType": "CSV"
           },
           "Resource": "arn:aws:states:::s3:getObject"
         }
         """, ItemBatcher = """
         {
           "BatchInput": {
             "execution_name.$": "$$.Execution.Name"
           },
           "MaxInputBytesPerBatch": 262144,
           "MaxItemsPerBatch": 100
         }
         """, ToleratedFailurePercentage = 100.0, Label = "ReadInputFile", Next = nameof(ConsolidateMigration))]
    [Catch("States.ItemReaderFailed", Next = nameof(MigrationFailed))]
    public partial class ReadInputFile;

    [Branch(StartAt = nameof(ValidateTransformAndMigrateItems))]
    public partial class ReadInputFileProcessor
    {
        [Fail(Name = "Individual map process failed")]
        public partial class IndividualMapProcessFailed;

        [Task(Name = "Validate, Transform, and Migrate Items", Resource = "arn:aws:states:::lambda:invoke",
              OutputPath = "$.Payload", End = true)]
        [Parameter("FunctionName", "MigrateCSVToDDBDistribute-MigrationWorkflowDataTra-cYgrlXsLCigq")]
        [Parameter("Payload", Path = "$")]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        [Catch("MigrationError", Next = nameof(IndividualMapProcessFailed))]
        public partial class ValidateTransformAndMigrateItems;
    }
}
