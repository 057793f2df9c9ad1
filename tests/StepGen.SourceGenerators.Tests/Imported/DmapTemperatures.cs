// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/demo-distributed-map-data-processing/statemachines/dmap-temperatures.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(DistributedMap), Comment = "Distributed map to find temperature stats by month")]
public partial class DmapTemperatures
{
    [Map(MaxConcurrency = 3000, Processor = typeof(DistributedMapProcessor), Mode = "DISTRIBUTED",
         ExecutionType = "EXPRESS",
         ItemReader = """
         {
           "Resource": "arn:aws:states:::s3:listObjectsV2",
           "Parameters": {
             "Bucket": "${InputBucket}"
           }
         }
         """, ItemBatcher = """{ "BatchInput": {}, "MaxItemsPerBatch": 500 }""",
         ResultWriter = """
         {
           "Resource": "arn:aws:states:::s3:putObject",
           "Parameters": {
             "Bucket": "${ResultsBucket}",
             "Prefix": "results"
           }
         }
         """, ToleratedFailurePercentage = 5.0, Label = "DistributedMap", Next = nameof(Reducer))]
    public partial class DistributedMap;

    [Branch(StartAt = nameof(LambdaInvoke))]
    public partial class DistributedMapProcessor
    {
        [Task(Name = "Lambda Invoke", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """{ "Payload.$": "$", "FunctionName": "${DistributedMapTestFunctionName}" }""", End = true)]
        [Retry("Lambda.TooManyRequestsException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class LambdaInvoke;
    }

    [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """{ "Payload.$": "$", "FunctionName": "${ReducerFunctionName}" }""", End = true)]
    [Retry("Lambda.TooManyRequestsException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
    public partial class Reducer;
}
