// Imported by stepgen import from aws-samples/step-functions-workflows-collection/manage-emr-job-cdk/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(CreateAnEMRCluster),
              Comment = "An example of the Amazon States Language for running jobs on Amazon EMR")]
public partial class ManageEmrJob
{
    [Task(Name = "Create an EMR cluster", Resource = "arn:${Partition}:states:::elasticmapreduce:createCluster.sync",
          ResultPath = "$.cluster",
          Parameters = """
          {
            "Name": "ExampleCluster",
            "VisibleToAllUsers": true,
            "ReleaseLabel": "emr-5.26.0",
            "Applications": [
              {
                "Name": "Hive"
              }
            ],
            "ServiceRole": "${emrServiceRole}",
            "JobFlowRole": "${emrEc2InstanceProfile}",
            "LogUri": "s3://${emrS3LogBucket}/logs/",
            "Instances": {
              "KeepJobFlowAliveWhenNoSteps": true,
              "InstanceFleets": [
                {
                  "Name": "MyMasterFleet",
                  "InstanceFleetType": "MASTER",
                  "TargetOnDemandCapacity": 1,
                  "InstanceTypeConfigs": [
                    {
                      "InstanceType": "m5.xlarge"
                    }
                  ]
                },
                {
                  "Name": "MyCoreFleet",
                  "InstanceFleetType": "CORE",
                  "TargetOnDemandCapacity": 1,
                  "InstanceTypeConfigs": [
                    {
                      "InstanceType": "m5.xlarge"
                    }
                  ]
                }
              ]
            }
          }
          """, Next = nameof(RunFirstStep))]
    public partial class CreateAnEMRCluster;

    [Task(Name = "Run first step", Resource = "arn:${Partition}:states:::elasticmapreduce:addStep.sync",
          ResultPath = "$.firstStep",
          Parameters = """
          {
            "ClusterId.$": "$.cluster.ClusterId",
            "Step": {
              "Name": "My first EMR step",
              "ActionOnFailure": "CONTINUE",
              "HadoopJarStep": {
                "Jar": "command-runner.jar",
                "Args": [
                  "${commandArguments1}",
                  "${commandArguments2}",
                  "${commandArguments3}"
                ]
              }
            }
          }
          """, Next = nameof(RunSecondStep))]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class RunFirstStep;

    [Task(Name = "Run second step", Resource = "arn:${Partition}:states:::elasticmapreduce:addStep.sync",
          ResultPath = "$.secondStep",
          Parameters = """
          {
            "ClusterId.$": "$.cluster.ClusterId",
            "Step": {
              "Name": "My second EMR step",
              "ActionOnFailure": "CONTINUE",
              "HadoopJarStep": {
                "Jar": "command-runner.jar",
                "Args": [
                  "${commandArguments1}",
                  "${commandArguments2}",
                  "${commandArguments3}"
                ]
              }
            }
          }
          """, Next = nameof(TerminateCluster))]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class RunSecondStep;

    [Task(Name = "Terminate Cluster", Resource = "arn:${Partition}:states:::elasticmapreduce:terminateCluster",
          End = true)]
    [Parameter("ClusterId", Path = "$.cluster.ClusterId")]
    public partial class TerminateCluster;
}
