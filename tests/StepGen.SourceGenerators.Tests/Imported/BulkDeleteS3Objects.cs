// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/demo-bulk-delete-s3-objects/bulk-delete-objects-from-s3.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ConfirmBucketProvided),
              Comment = "A state machine to bulk delete objects from S3 using Distributed Map")]
public partial class BulkDeleteS3Objects
{
    [Choice(Name = "Confirm Bucket Provided", Default = nameof(CheckForPrefix))]
    [When("""{ "Not": { "Variable": "$.bucket", "IsPresent": true } }""", Next = nameof(FailNoBucket))]
    public partial class ConfirmBucketProvided;

    [Choice(Name = "Check for Prefix", Default = nameof(GenerateParametersWithPrefix))]
    [When("""{ "Not": { "Variable": "$.prefix", "IsPresent": true } }""", Next = nameof(GenerateParametersWithoutPrefix))]
    public partial class CheckForPrefix;

    [Pass(Name = "Generate Parameters - Without Prefix", ResultPath = "$.list_parameters",
          Next = nameof(DeleteObjectsFromS3Bucket))]
    [Parameter("Bucket", Path = "$.bucket")]
    [Parameter("Prefix", "")]
    public partial class GenerateParametersWithoutPrefix;

    [Fail(Name = "Fail - No Bucket", Error = "InsuffcientArguments", Cause = "No Bucket was provided")]
    public partial class FailNoBucket;

    [Pass(Name = "Generate Parameters - With Prefix", ResultPath = "$.list_parameters",
          Next = nameof(DeleteObjectsFromS3Bucket))]
    [Parameter("Bucket", Path = "$.bucket")]
    [Parameter("Prefix", Path = "$.prefix")]
    public partial class GenerateParametersWithPrefix;

    [Map(Name = "Delete Objects from S3 Bucket", ResultSelector = """{}""", MaxConcurrency = 5,
         Processor = typeof(DeleteObjectsFromS3BucketProcessor), Mode = "DISTRIBUTED", ExecutionType = "EXPRESS",
         ItemReader = """
         {
           "Resource": "arn:aws:states:::s3:listObjectsV2",
           "Parameters": {
             "Bucket.$": "$.list_parameters.Bucket",
             "Prefix.$": "$.list_parameters.Prefix"
           }
         }
         """, ItemBatcher = """
         {
           "MaxInputBytesPerBatch": 204800,
           "MaxItemsPerBatch": 1000,
           "BatchInput": {
             "bucket.$": "$.list_parameters.Bucket"
           }
         }
         """, Label = "S3objectkeys", End = true)]
    public partial class DeleteObjectsFromS3Bucket;

    [Branch(StartAt = nameof(CreateObjectIdentifierArray))]
    public partial class DeleteObjectsFromS3BucketProcessor
    {
        [Map(Name = "Create Object Identifier Array", ResultPath = "$.object_identifiers", ItemsPath = "$.Items",
             Processor = typeof(CreateObjectIdentifierArrayProcessor), Mode = "INLINE", Next = nameof(DeleteObjects))]
        public partial class CreateObjectIdentifierArray;

        [Branch(StartAt = nameof(CreateObjectIdentifier))]
        public partial class CreateObjectIdentifierArrayProcessor
        {
            [Pass(Name = "Create Object Identifier", End = true)]
            [Parameter("Key", Path = "$.Key")]
            public partial class CreateObjectIdentifier;
        }

        [Task(Name = "Delete Objects", Resource = "arn:aws:states:::aws-sdk:s3:deleteObjects",
              Parameters = """{ "Bucket.$": "$.BatchInput.bucket", "Delete": { "Objects.$": "$.object_identifiers" } }""",
              ResultSelector = """{ "Deleted.$": "$.Deleted", "RetryCount.$": "$$.State.RetryCount" }""",
              Next = nameof(ClearOutput))]
        [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class DeleteObjects;

        [Pass(Name = "Clear Output", Result = """{}""", End = true)]
        public partial class ClearOutput;
    }
}
