// Imported by stepgen import from aws-samples/step-functions-workflows-collection/data-processing/sam/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(IterateS3Objects),
              Comment = "Retrieves objects from S3, processes and stores metadata in DynamoDB")]
public partial class DataProcessingMapInParallel
{
    [Map(ItemsPath = "$.Objects", Iterator = typeof(IterateS3ObjectsProcessor), End = true)]
    [Parameter("ObjectIndex", Path = "$$.Map.Item.Index")]
    [Parameter("ObjectDetails", Path = "$$.Map.Item.Value")]
    public partial class IterateS3Objects;

    [Branch(StartAt = nameof(Parallel))]
    public partial class IterateS3ObjectsProcessor
    {
        [Parallel(Branches = new[] { typeof(GetObjectAttributesBranch), typeof(DetectLabelsBranch) },
                  Next = nameof(DynamoDBPutItem))]
        public partial class Parallel;

        [Branch(StartAt = nameof(GetObjectAttributes))]
        public partial class GetObjectAttributesBranch
        {
            [Task(Resource = "arn:aws:states:::aws-sdk:s3:getObjectAttributes", ResultPath = "$.ObjectMetadata",
                  Parameters = """
                  {
                    "Bucket.$": "$.ObjectDetails.Bucket",
                    "Key.$": "$.ObjectDetails.Key",
                    "ObjectAttributes": [
                      "StorageClass",
                      "ObjectSize"
                    ]
                  }
                  """, End = true)]
            public partial class GetObjectAttributes;
        }

        [Branch(StartAt = nameof(DetectLabels))]
        public partial class DetectLabelsBranch
        {
            [Task(Resource = "arn:aws:states:::aws-sdk:rekognition:detectLabels", ResultPath = "$.Labels",
                  Parameters = """
                  {
                    "Image": {
                      "S3Object": {
                        "Bucket.$": "$.ObjectDetails.Bucket",
                        "Name.$": "$.ObjectDetails.Key"
                      }
                    }
                  }
                  """, End = true)]
            public partial class DetectLabels;
        }

        [Task(Name = "DynamoDB PutItem", Resource = "arn:aws:states:::dynamodb:putItem",
              Parameters = """
              {
                "TableName": "images-data-workflow-pattern-sl",
                "Item": {
                  "id": {
                    "S.$": "$[0].ObjectDetails.Key"
                  },
                  "size": {
                    "N.$": "States.JsonToString($[0].ObjectMetadata.ObjectSize)"
                  },
                  "lastModified": {
                    "S.$": "$[0].ObjectMetadata.LastModified"
                  },
                  "storageClass": {
                    "S.$": "$[0].ObjectMetadata.StorageClass"
                  },
                  "labels": {
                    "S.$": "States.JsonToString($[1].Labels)"
                  }
                }
              }
              """, End = true)]
        public partial class DynamoDBPutItem;
    }
}
