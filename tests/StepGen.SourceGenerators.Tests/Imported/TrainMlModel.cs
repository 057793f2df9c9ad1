// Imported by stepgen import from aws-samples/step-functions-workflows-collection/train-ml-model/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(GenerateDataset),
              Comment = "Using Amazon States Language for a step function to generate data, train ML model & perform batch transformation.")]
public partial class TrainMlModel
{
    [Task(Name = "Generate dataset", Resource = "${DataGenerationJobArn}", Next = nameof(TrainModelXGBoost))]
    public partial class GenerateDataset;

    [Task(Name = "Train model (XGBoost)", Resource = "arn:${partition}:states:::sagemaker:createTrainingJob.sync",
          Parameters = """
          {
            "AlgorithmSpecification": {
              "TrainingImage": "${regionalTrainingImage}",
              "TrainingInputMode": "File"
            },
            "OutputDataConfig": {
              "S3OutputPath": "s3://${trainmlmodelbucket}/models"
            },
            "StoppingCondition": {
              "MaxRuntimeInSeconds": 86400
            },
            "ResourceConfig": {
              "InstanceCount": 1,
              "InstanceType": "ml.m5.xlarge",
              "VolumeSizeInGB": 30
            },
            "RoleArn": "${SagemakerAPIExecutionRole}",
            "InputDataConfig": [
              {
                "DataSource": {
                  "S3DataSource": {
                    "S3DataDistributionType": "ShardedByS3Key",
                    "S3DataType": "S3Prefix",
                    "S3Uri": "s3://${trainmlmodelbucket}/csv/train.csv"
                  }
                },
                "ChannelName": "train",
                "ContentType": "text/csv"
              }
            ],
            "HyperParameters": {
              "objective": "reg:logistic",
              "eval_metric": "rmse",
              "num_round": "5"
            },
            "TrainingJobName.$": "$$.Execution.Name"
          }
          """, Next = nameof(SaveModel))]
    public partial class TrainModelXGBoost;

    [Task(Name = "Save Model", Resource = "arn:${partition}:states:::sagemaker:createModel",
          Parameters = """
          {
            "PrimaryContainer": {
              "Image": "${regionalTrainingImage}",
              "Environment": {},
              "ModelDataUrl.$": "$.ModelArtifacts.S3ModelArtifacts"
            },
            "ExecutionRoleArn": "${SagemakerAPIExecutionRole}",
            "ModelName.$": "$.TrainingJobName"
          }
          """, Next = nameof(BatchTransform))]
    public partial class SaveModel;

    [Task(Name = "Batch transform", Resource = "arn:${partition}:states:::sagemaker:createTransformJob.sync",
          Parameters = """
          {
            "ModelName.$": "$$.Execution.Name",
            "TransformInput": {
              "CompressionType": "None",
              "ContentType": "text/csv",
              "DataSource": {
                "S3DataSource": {
                  "S3DataType": "S3Prefix",
                  "S3Uri": "s3://${trainmlmodelbucket}/csv/test.csv"
                }
              }
            },
            "TransformOutput": {
              "S3OutputPath": "s3://${trainmlmodelbucket}/output"
            },
            "TransformResources": {
              "InstanceCount": 1,
              "InstanceType": "ml.m5.xlarge"
            },
            "TransformJobName.$": "$$.Execution.Name"
          }
          """, End = true)]
    public partial class BatchTransform;
}
