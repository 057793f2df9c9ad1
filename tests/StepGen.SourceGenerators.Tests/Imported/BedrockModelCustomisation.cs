// Imported by stepgen import from aws-samples/step-functions-workflows-collection/stepfunctions-bedrock-model-customisation-sam/statemachine/bedrock-model-customisation.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(CreateCustomCohereCommandLightModel), Comment = "A description of my state machine")]
public partial class BedrockModelCustomisation
{
    [Task(Resource = "arn:aws:states:::bedrock:createModelCustomizationJob",
          Parameters = """
          {
            "BaseModelIdentifier.$": "$.BaseModelIdentifier",
            "CustomModelName.$": "$.CustomModelName",
            "JobName.$": "$.JobName",
            "CustomizationType": "FINE_TUNING",
            "HyperParameters": {
              "epochCount": "1",
              "batchSize": "8",
              "learningRate": "0.00001"
            },
            "OutputDataConfig": {
              "S3Uri.$": "$.OutputDataConfigS3Uri"
            },
            "RoleArn.$": "$.RoleArn",
            "TrainingDataConfig": {
              "S3Uri.$": "$.TrainingDataConfigS3Uri"
            }
          }
          """, Next = nameof(WaitForNextIteration))]
    public partial class CreateCustomCohereCommandLightModel;

    [Wait(Name = "Wait for next iteration", Seconds = 300, Next = nameof(GetModelCustomizationJob))]
    public partial class WaitForNextIteration;

    [Task(Resource = "arn:aws:states:::aws-sdk:bedrock:getModelCustomizationJob", Next = nameof(JobComplete))]
    [Parameter("JobIdentifier", Path = "$.JobArn")]
    public partial class GetModelCustomizationJob;

    [Choice(Name = "Job Complete?", Default = nameof(WaitForNextIteration))]
    [When("$.Status == 'Failed'", Next = nameof(Fail))]
    [When("$.Status == 'Completed'", Next = nameof(CreateProvisionedModelThroughput))]
    public partial class JobComplete;

    [Task(Resource = "arn:aws:states:::aws-sdk:bedrock:createProvisionedModelThroughput", End = true)]
    [Parameter("ModelId", Path = "$.OutputModelArn")]
    [Parameter("ModelUnits", 1)]
    [Parameter("ProvisionedModelName", Path = "$.OutputModelName")]
    public partial class CreateProvisionedModelThroughput;

    [Fail(ErrorPath = "$.Status", CausePath = "$.FailureMessage")]
    public partial class Fail;
}
