// Imported by stepgen import from aws-samples/step-functions-workflows-collection/sfn-eks-inventory/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ListAccounts), Comment = "Retrieve AWS Inventory")]
public partial class EksInventory
{
    [Task(Resource = "arn:aws:states:::aws-sdk:organizations:listAccounts", Parameters = """{}""",
          Next = nameof(MapAccounts))]
    public partial class ListAccounts;

    [Map(ResultSelector = """{ "Clusters.$": "$[*][*]" }""", ItemsPath = "$.Accounts", MaxConcurrency = 10,
         Processor = typeof(MapAccountsProcessor), Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
         ResultWriter = """
         {
           "Resource": "arn:aws:states:::s3:putObject",
           "Parameters": {
             "Bucket": "${inventoryBucket.bucketName}",
             "Prefix": "data/"
           }
         }
         """, Label = "MapAccounts", End = true)]
    public partial class MapAccounts;

    [Branch(StartAt = nameof(LambdaInvoke))]
    public partial class MapAccountsProcessor
    {
        [Task(Name = "Lambda Invoke", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """{ "Payload.$": "$", "FunctionName": "${pythonFunction.functionName}" }""", End = true)]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class LambdaInvoke;
    }
}
