// Imported by stepgen import from aws-samples/step-functions-workflows-collection/sfn-rekognition-video-catalog-workflow/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ContentModerationMap), Comment = "Rekognition Video Analysis State Machine")]
public partial class RekognitionVideoCatalog
{
    [Map(Name = "Content Moderation Map", MaxConcurrency = 10, Processor = typeof(ContentModerationMapProcessor),
         Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
         ItemReader = """
         {
           "Parameters": {
             "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}"
           },
           "Resource": "arn:aws:states:::s3:listObjectsV2"
         }
         """, Label = "ContentModerationMap", Next = nameof(SegmentDetectionMap))]
    public partial class ContentModerationMap;

    [Branch(StartAt = nameof(StartContentModeration))]
    public partial class ContentModerationMapProcessor
    {
        [Choice(Default = nameof(Pass))]
        [When("ispresent($.Results.ModerationLabels[0])", Next = nameof(WriteRekognitionContentModerationResultsToFile))]
        public partial class Choice;

        [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:getContentModeration", ResultPath = "$.Results",
              Next = nameof(UpdateContentModerationJobStatus))]
        [Parameter("JobId", Path = "$.Rekognition.JobId")]
        [Parameter("MaxResults", 1000)]
        public partial class GetContentModeration;

        [Pass(End = true)]
        public partial class Pass;

        [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:startContentModeration", ResultPath = "$.Rekognition",
              Parameters = """
              {
                "MinConfidence": 95,
                "NotificationChannel": {
                  "RoleArn": "arn:aws:iam::{ACCOUNT-NUMBER}:role/rekognition-service-sns-role",
                  "SnsTopicArn": "arn:aws:sns:{REGION}:{ACCOUNT-NUMBER}:SfnRekognitionVideoCatalogWorkflowStack-rekognitionNotificationstopic5A634F86-H287ejWtZ07P"
                },
                "Video": {
                  "S3Object": {
                    "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}",
                    "Name.$": "$.Key"
                  }
                }
              }
              """, Next = nameof(WaitForContentModerationCallback))]
        public partial class StartContentModeration;

        [Task(Name = "Update ContentModeration Job status", Resource = "arn:aws:states:::dynamodb:updateItem",
              ResultPath = "$.DynamoDBResult",
              Parameters = """
              {
                "ExpressionAttributeValues": {
                  ":processingStatus": {
                    "S.$": "$.Results.JobStatus"
                  }
                },
                "Key": {
                  "jobid": {
                    "S.$": "$.Rekognition.JobId"
                  },
                  "video-name": {
                    "S.$": "$.Key"
                  }
                },
                "TableName": "rekognition-job-tracker",
                "UpdateExpression": "SET processingStatus = :processingStatus"
              }
              """, Next = nameof(Choice))]
        public partial class UpdateContentModerationJobStatus;

        [Task(Name = "Wait for ContentModeration Callback",
              Resource = "arn:aws:states:::aws-sdk:dynamodb:putItem.waitForTaskToken", ResultPath = "$.DynamoDBResult",
              Parameters = """
              {
                "Item": {
                  "Key": {
                    "S.$": "$.Key"
                  },
                  "jobName": {
                    "S": "Content Moderation"
                  },
                  "jobid": {
                    "S.$": "$.Rekognition.JobId"
                  },
                  "processingStatus": {
                    "S": "processing"
                  },
                  "taskToken": {
                    "S.$": "$$.Task.Token"
                  },
                  "video-name": {
                    "S.$": "$.Key"
                  }
                },
                "TableName": "rekognition-job-tracker"
              }
              """, Next = nameof(GetContentModeration))]
        public partial class WaitForContentModerationCallback;

        [Task(Name = "Write Rekognition Content Moderation Results to file", Resource = "arn:aws:states:::lambda:invoke",
              OutputPath = "$.Payload",
              Parameters = """
              {
                "FunctionName": "arn:aws:lambda:{REGION}:{ACCOUNT-NUMBER}:function:SfnRekognitionVideoCatalo-writecontentmoderateddat-ET30IBBDb64b",
                "Payload": {
                  "Key.$": "$.Key",
                  "Results.$": "$.Results",
                  "executionId.$": "$$.Execution.Name",
                  "prefix": "content"
                }
              }
              """, Next = nameof(Pass))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class WriteRekognitionContentModerationResultsToFile;
    }

    [Task(Name = "Create/Update VideoContentCatalog", Resource = "arn:aws:states:::aws-sdk:glue:startCrawler",
          Next = nameof(MoveProccessedFiles))]
    [Parameter("Name", "video_content_data_crawler")]
    public partial class CreateUpdateVideoContentCatalog;

    [Map(Name = "Label Detection Map", MaxConcurrency = 10, Processor = typeof(LabelDetectionMapProcessor),
         Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
         ItemReader = """
         {
           "Parameters": {
             "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}"
           },
           "ReaderConfig": {},
           "Resource": "arn:aws:states:::s3:listObjectsV2"
         }
         """, Label = "LabelDetectionMap", Next = nameof(CreateUpdateVideoContentCatalog))]
    public partial class LabelDetectionMap;

    [Branch(StartAt = nameof(StartLabelDetection))]
    public partial class LabelDetectionMapProcessor
    {
        [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:getLabelDetection", ResultPath = "$.Results",
              Next = nameof(UpdateLabelDetectionStatus))]
        [Parameter("AggregateBy", "SEGMENTS")]
        [Parameter("JobId", Path = "$.Rekognition.JobId")]
        [Parameter("MaxResults", 1000)]
        [Parameter("SortBy", "NAME")]
        public partial class GetLabelDetection;

        [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:startLabelDetection", ResultPath = "$.Rekognition",
              Parameters = """
              {
                "MinConfidence": 95,
                "NotificationChannel": {
                  "RoleArn": "arn:aws:iam::{ACCOUNT-NUMBER}:role/rekognition-service-sns-role",
                  "SnsTopicArn": "arn:aws:sns:{REGION}:{ACCOUNT-NUMBER}:SfnRekognitionVideoCatalogWorkflowStack-rekognitionNotificationstopic5A634F86-H287ejWtZ07P"
                },
                "Video": {
                  "S3Object": {
                    "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}",
                    "Name.$": "$.Key"
                  }
                }
              }
              """, Next = nameof(WaitForLabelDetectionCallback))]
        public partial class StartLabelDetection;

        [Task(Name = "Update Label Detection Status", Resource = "arn:aws:states:::dynamodb:updateItem",
              ResultPath = "$.DynamoDBResult",
              Parameters = """
              {
                "ExpressionAttributeValues": {
                  ":processingStatus": {
                    "S.$": "$.Results.JobStatus"
                  }
                },
                "Key": {
                  "jobid": {
                    "S.$": "$.Rekognition.JobId"
                  },
                  "video-name": {
                    "S.$": "$.Key"
                  }
                },
                "TableName": "rekognition-job-tracker",
                "UpdateExpression": "SET processingStatus = :processingStatus"
              }
              """, Next = nameof(WriteRekognitionLabelDetectionResultsToFile))]
        public partial class UpdateLabelDetectionStatus;

        [Task(Name = "Wait for LabelDetection Callback",
              Resource = "arn:aws:states:::aws-sdk:dynamodb:putItem.waitForTaskToken", ResultPath = "$.DynamoDBResult",
              Parameters = """
              {
                "Item": {
                  "Key": {
                    "S.$": "$.Key"
                  },
                  "jobName": {
                    "S": "Label Detection"
                  },
                  "jobid": {
                    "S.$": "$.Rekognition.JobId"
                  },
                  "processingStatus": {
                    "S": "processing"
                  },
                  "taskToken": {
                    "S.$": "$$.Task.Token"
                  },
                  "video-name": {
                    "S.$": "$.Key"
                  }
                },
                "TableName": "rekognition-job-tracker"
              }
              """, Next = nameof(GetLabelDetection))]
        public partial class WaitForLabelDetectionCallback;

        [Task(Name = "Write Rekognition Label Detection Results to File", Resource = "arn:aws:states:::lambda:invoke",
              OutputPath = "$.Payload",
              Parameters = """
              {
                "FunctionName": "arn:aws:lambda:{REGION}:{ACCOUNT-NUMBER}:function:SfnRekognitionVideoCatalogW-writelabeldataA5C834F5-EQEl6JfPKjtk",
                "Payload": {
                  "Key.$": "$.Key",
                  "Results.$": "$.Results",
                  "executionId.$": "$$.Execution.Name",
                  "prefix": "labels"
                }
              }
              """, End = true)]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class WriteRekognitionLabelDetectionResultsToFile;
    }

    [Map(Name = "Move Proccessed Files", MaxConcurrency = 1000, Processor = typeof(MoveProccessedFilesProcessor),
         Mode = "DISTRIBUTED", ExecutionType = "EXPRESS",
         ItemReader = """
         {
           "Parameters": {
             "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}"
           },
           "Resource": "arn:aws:states:::s3:listObjectsV2"
         }
         """, ItemBatcher = """{ "MaxItemsPerBatch": 10 }""", Label = "MoveProccessedFiles", End = true)]
    public partial class MoveProccessedFiles;

    [Branch(StartAt = nameof(MoveProcessedFiles))]
    public partial class MoveProccessedFilesProcessor
    {
        [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """
              {
                "FunctionName": "arn:aws:lambda:{REGION}:{ACCOUNT-NUMBER}:function:SfnRekognitionVideoCatalo-moveprocessedfiles4AF94D-emKXaTIvaC92",
                "Payload": {
                  "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}",
                  "Items.$": "$.Items",
                  "executionId.$": "$$.Execution.Name"
                }
              }
              """, End = true)]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class MoveProcessedFiles;
    }

    [Map(Name = "Segment Detection Map", MaxConcurrency = 10, Processor = typeof(SegmentDetectionMapProcessor),
         Mode = "DISTRIBUTED", ExecutionType = "STANDARD",
         ItemReader = """
         {
           "Parameters": {
             "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}"
           },
           "Resource": "arn:aws:states:::s3:listObjectsV2"
         }
         """, Label = "SegmentDetectionMap", Next = nameof(LabelDetectionMap))]
    public partial class SegmentDetectionMap;

    [Branch(StartAt = nameof(StartSegmentDetection))]
    public partial class SegmentDetectionMapProcessor
    {
        [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:getSegmentDetection", ResultPath = "$.Results",
              Next = nameof(UpdateSegmentDetectionStatus))]
        [Parameter("JobId", Path = "$.Rekognition.JobId")]
        [Parameter("MaxResults", 1000)]
        public partial class GetSegmentDetection;

        [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:startSegmentDetection", ResultPath = "$.Rekognition",
              Parameters = """
              {
                "Filters": {
                  "ShotFilter": {
                    "MinSegmentConfidence": 95
                  },
                  "TechnicalCueFilter": {
                    "BlackFrame": {
                      "MaxPixelThreshold": 0.2,
                      "MinCoveragePercentage": 99
                    },
                    "MinSegmentConfidence": 95
                  }
                },
                "NotificationChannel": {
                  "RoleArn": "arn:aws:iam::{ACCOUNT-NUMBER}:role/rekognition-service-sns-role",
                  "SnsTopicArn": "arn:aws:sns:{REGION}:{ACCOUNT-NUMBER}:SfnRekognitionVideoCatalogWorkflowStack-rekognitionNotificationstopic5A634F86-H287ejWtZ07P"
                },
                "SegmentTypes": [
                  "SHOT",
                  "TECHNICAL_CUE"
                ],
                "Video": {
                  "S3Object": {
                    "Bucket": "videos-for-processing-{ACCOUNT-NUMBER}-{REGION}",
                    "Name.$": "$.Key"
                  }
                }
              }
              """, Next = nameof(WaitForSegmentDetectionCallback))]
        public partial class StartSegmentDetection;

        [Task(Name = "Update Segment Detection Status", Resource = "arn:aws:states:::dynamodb:updateItem",
              ResultPath = "$.DynamoDBResult",
              Parameters = """
              {
                "ExpressionAttributeValues": {
                  ":processingStatus": {
                    "S.$": "$.Results.JobStatus"
                  }
                },
                "Key": {
                  "jobid": {
                    "S.$": "$.Rekognition.JobId"
                  },
                  "video-name": {
                    "S.$": "$.Key"
                  }
                },
                "TableName": "rekognition-job-tracker",
                "UpdateExpression": "SET processingStatus = :processingStatus"
              }
              """, Next = nameof(WriteRekognitionSegmetResultsToFile))]
        public partial class UpdateSegmentDetectionStatus;

        [Task(Name = "Wait for SegmentDetection Callback",
              Resource = "arn:aws:states:::aws-sdk:dynamodb:putItem.waitForTaskToken", ResultPath = "$.DynamoDBResult",
              Parameters = """
              {
                "Item": {
                  "Key": {
                    "S.$": "$.Key"
                  },
                  "jobName": {
                    "S": "Segment Detection"
                  },
                  "jobid": {
                    "S.$": "$.Rekognition.JobId"
                  },
                  "processingStatus": {
                    "S": "processing"
                  },
                  "taskToken": {
                    "S.$": "$$.Task.Token"
                  },
                  "video-name": {
                    "S.$": "$.Key"
                  }
                },
                "TableName": "rekognition-job-tracker"
              }
              """, Next = nameof(GetSegmentDetection))]
        public partial class WaitForSegmentDetectionCallback;

        [Task(Name = "Write Rekognition Segmet Results to File", Resource = "arn:aws:states:::lambda:invoke",
              OutputPath = "$.Payload",
              Parameters = """
              {
                "FunctionName": "arn:aws:lambda:{REGION}:{ACCOUNT-NUMBER}:function:SfnRekognitionVideoCatalo-writesegmentdata81110913-m8N3Gpg2MqRv",
                "Payload": {
                  "Key.$": "$.Key",
                  "Results.$": "$.Results",
                  "executionId.$": "$$.Execution.Name",
                  "prefix": "segments"
                }
              }
              """, End = true)]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        public partial class WriteRekognitionSegmetResultsToFile;
    }
}
