// Imported by stepgen import from aws-samples/step-functions-workflows-collection/s3-bucket-nested-distributed-map/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(S3DistributedMapStateMachine))]
public partial class S3BucketNestedDistributedMap
{
    [Map(Name = "S3 Distributed Map State Machine", OutputPath = null, MaxConcurrency = 1000,
         Processor = typeof(S3DistributedMapStateMachineProcessor), Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
         ItemReader = """{ "Parameters": { "Bucket": "bucket" }, "Resource": "arn:aws:states:::s3:listObjectsV2" }""",
         ItemBatcher = """{ "MaxItemsPerBatch": 10 }""", ToleratedFailurePercentage = 100.0, Next = nameof(Fail))]
    [Catch("States.ItemReaderFailed", Next = nameof(Fail))]
    public partial class S3DistributedMapStateMachine;

    [Branch(StartAt = nameof(ProcessObjects))]
    public partial class S3DistributedMapStateMachineProcessor
    {
        [Map(OutputPath = null, ResultPath = null, ItemsPath = "$.Items", MaxConcurrency = 1000,
             Processor = typeof(ProcessObjectsProcessor), Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
             ItemBatcher = """{ "MaxItemsPerBatch": 10 }""", ToleratedFailurePercentage = 100.0, End = true)]
        [Catch("States.ItemReaderFailed", Next = nameof(FailItem))]
        public partial class ProcessObjects;

        [Branch(StartAt = nameof(ProcessItems))]
        public partial class ProcessObjectsProcessor
        {
            [Map(ItemsPath = "$.Items", Processor = typeof(ProcessItemsProcessor), Mode = "INLINE", End = true)]
            public partial class ProcessItems;

            [Branch(StartAt = nameof(GetObjectFromBucket))]
            public partial class ProcessItemsProcessor
            {
                [Task(Resource = "arn:aws:states:::aws-sdk:s3:getObject", Next = nameof(TransformItem))]
                [Parameter("Bucket", "bucket")]
                [Parameter("Key", Path = "$.Key")]
                public partial class GetObjectFromBucket;

                [Pass(OutputPath = "$.output", Next = nameof(PublishItem))]
                [Parameter("output",
                           Path = "States.JsonMerge(States.StringToJson($.Body), States.StringToJson('{\"NewField\": \"MyValue\" }'), false)")]
                public partial class TransformItem;

                [Task(Resource = "arn:aws:states:::sns:publish", ResultPath = null, End = true)]
                [Parameter("Message", Path = "$")]
                [Parameter("TopicArn", "topic")]
                public partial class PublishItem;
            }
        }

        [Fail]
        public partial class FailItem;
    }

    [Pass(Next = nameof(End))]
    public partial class Fail;

    [Pass(End = true)]
    public partial class End;
}
