// Imported by stepgen import from aws-samples/serverless-patterns/sfn-glue-sam/code/step_functions/statemachine.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(FeatureEngineering), Comment = "ETL")]
public partial class GlueJobSync
{
    [Task(Name = "Feature Engineering", Resource = "arn:aws:states:::glue:startJobRun.sync",
          ResultPath = "$.glue_job_result", Parameters = """{ "JobName": "${FeatureEngineering}" }""", End = true)]
    public partial class FeatureEngineering;
}
