// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-dataquality-using-lambda/statemachine/dataquality.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(CopyInputFile), Comment = "A description of my state machine")]
public partial class DataQuality
{
    [Task(Name = "Copy input file", Resource = "arn:aws:states:::lambda:invoke",
          Parameters = """
          {
            "FunctionName": "${CopyInputFileFunctionArn}",
            "Payload": {
              "INPUT_PATH": "${input_path}",
              "OUTPUT_BUCKET": "${MyScriptBucketName}"
            }
          }
          """, Next = nameof(DataQualityUsingLambda))]
    public partial class CopyInputFile;

    [Task(Name = "Data quality using Lambda", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """
          {
            "FunctionName": "${DeequOnLambdaFunctionArn}",
            "Payload": {
              "INPUT_PATH": "${input_path}",
              "OUTPUT_PATH": "${output_path}"
            }
          }
          """, Next = nameof(ListDataQualityResults))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class DataQualityUsingLambda;

    [Task(Name = "List Data Quality Results", Resource = "arn:aws:states:::aws-sdk:s3:listObjectsV2", ResultPath = "$",
          Parameters = """{ "Bucket": "${MyScriptBucketName}", "Prefix": "OUTPUT/verification-results/part" }""",
          Next = nameof(ParseDataQualityResults))]
    public partial class ListDataQualityResults;

    [Map(Name = "Parse Data Quality Results", ResultPath = "$.QualityResults",
         ItemSelector = """
         {
           "check_status.$": "$$.Map.Item.Value.check_status",
           "constraint.$": "$$.Map.Item.Value.constraint",
           "constraint_status.$": "$$.Map.Item.Value.constraint_status",
           "constraint_message.$": "$$.Map.Item.Value.constraint_message"
         }
         """, MaxConcurrency = 1000, Processor = typeof(ParseDataQualityResultsProcessor), Mode = "DISTRIBUTED",
         ExecutionType = "STANDARD",
         ItemReader = """
         {
           "Resource": "arn:aws:states:::s3:getObject",
           "ReaderConfig": {
             "InputType": "CSV",
             "CSVHeaderLocation": "GIVEN",
             "CSVHeaders": [
               "check",
               "check_level",
               "check_status",
               "constraint",
               "constraint_status",
               "constraint_message"
             ]
           },
           "Parameters": {
             "Bucket.$": "$.Name",
             "Key.$": "$.Contents[0].Key"
           }
         }
         """, Label = "Map", Next = nameof(FilterFailures))]
    public partial class ParseDataQualityResults;

    [Branch(StartAt = nameof(Pass))]
    public partial class ParseDataQualityResultsProcessor
    {
        [Pass(End = true)]
        public partial class Pass;
    }

    [Pass(InputPath = "$..QualityResults[?(@.constraint_status==Failure)]", ResultPath = "$.QualityResults",
          Next = nameof(CheckDataQualityResults))]
    public partial class FilterFailures;

    [Choice(Name = "Check Data Quality Results", Default = nameof(AggregateData))]
    [When("ispresent($.QualityResults[0]['check_status']) && $.QualityResults[0]['check_status'] == 'Error'",
          Comment = "Pass", Next = nameof(SendFailureMessage))]
    public partial class CheckDataQualityResults;

    [Task(Name = "Send Failure Message", Resource = "arn:aws:states:::sns:publish", ResultPath = null,
          Parameters = """
          {
            "Message.$": "States.Format('Data Quality results failed. Here are the contraints that failed {}. For details, please see the OUTPUT folder of the S3 bucket {}.',$..constraint,$.Name)",
            "TopicArn": "${DataQualityUsingLambdaTopicArn}"
          }
          """, Next = nameof(FailState))]
    public partial class SendFailureMessage;

    [Fail(ErrorPath = "States.Format('Data Quality check failed for the input file')",
          CausePath = "States.Format('Data Quality Results {}', $.QualityResults)")]
    public partial class FailState;

    [Task(Name = "Aggregate Data", Resource = "arn:aws:states:::lambda:invoke", ResultPath = null,
          Parameters = """
          {
            "FunctionName": "${AggregateFunctionArn}",
            "Payload": {
              "good_file_key": "input/",
              "bucket_name": "${MyScriptBucketName}"
            }
          }
          """, Next = nameof(SendSuccessMessage))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class AggregateData;

    [Task(Name = "Send Success Message", Resource = "arn:aws:states:::sns:publish",
          Parameters = """
          {
            "Message.$": "States.Format('Data Quality results are good. You can view the aggregated data of the input file in the S3 bucket {} under OUTPUT folder',$.Name)",
            "TopicArn": "${DataQualityUsingLambdaTopicArn}"
          }
          """, End = true)]
    public partial class SendSuccessMessage;
}
