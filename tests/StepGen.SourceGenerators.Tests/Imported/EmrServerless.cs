// Imported by stepgen import from aws-samples/step-functions-workflows-collection/step-functions-emr-serverless-cdk/typescript/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(StartState))]
public partial class EmrServerless
{
    [Pass(Next = nameof(StartJobEMR))]
    public partial class StartState;

    [Task(Name = "start-job-EMR", Resource = "arn:aws:states:::aws-sdk:emrserverless:startJobRun",
          ResultPath = "$.Job.Input",
          Parameters = """
          {
            "ApplicationId": "00fato59nr6jd10p",
            "ClientToken.$": "States.UUID()",
            "ExecutionRoleArn": "arn:aws:iam::556369392635:role/StepFunctionsEMRServerlessStack-emrRole4931764A-8YOBIOX00A7",
            "JobDriver": {
              "SparkSubmit": {
                "EntryPoint": "s3://stepfunctionsemrserverlessstack-bucket43879c71-enxb5kcrhkel/emr_scripts/spark_main.py",
                "EntryPointArguments": [
                  "s3://stepfunctionsemrserverlessstack-bucket43879c71-enxb5kcrhkel/input_data/BTCGBP.csv",
                  "s3://stepfunctionsemrserverlessstack-bucket43879c71-enxb5kcrhkel/output"
                ],
                "SparkSubmitParameters": "--conf spark.hadoop.hive.metastore.client.factory.class=com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory"
              }
            }
          }
          """, Next = nameof(GetStatusEMR))]
    public partial class StartJobEMR;

    [Task(Name = "get-status-EMR", Resource = "arn:aws:states:::aws-sdk:emrserverless:getJobRun",
          ResultPath = "$.Job.Status", Next = nameof(CheckJobSuccess))]
    [Parameter("ApplicationId", "00fato59nr6jd10p")]
    [Parameter("JobRunId", Path = "$.Job.Input.JobRunId")]
    public partial class GetStatusEMR;

    [Wait(Seconds = 20, Next = nameof(GetStatusEMR))]
    public partial class wait;

    [Choice(Name = "check-job-success", Default = nameof(CheckJobFailure))]
    [When("""
          {
            "And": [
              {
                "Variable": "$.Job.Status",
                "IsPresent": true
              },
              {
                "Or": [
                  {
                    "Variable": "$.Job.Status.JobRun.State",
                    "StringEquals": "SUCCESS"
                  }
                ]
              }
            ]
          }
          """, Next = nameof(complete))]
    public partial class CheckJobSuccess;

    [Choice(Name = "check-job-failure", Default = nameof(wait))]
    [When("ispresent($.Job.Status) && ($.Job.Status.JobRun.State == 'CANCELLED' || $.Job.Status.JobRun.State == 'FAILED')",
          Next = nameof(failed))]
    public partial class CheckJobFailure;

    [Fail]
    public partial class failed;

    [Succeed]
    public partial class complete;
}
