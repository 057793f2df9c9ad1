// Imported by stepgen import from aws-samples/serverless-patterns/sfn-ecs-sam/src/statemachine/sfn-ecs-datapipeline.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ParallelECSTasks),
              Comment = "State Definition for a Step Function - ECS task invocation workflow")]
public partial class EcsDataPipeline
{
    [Map(Name = "Parallel ECS Tasks",
         Comment = "A Map state is used to invoke multiple ecs tasks in parallel items in an array input.",
         ResultPath = "$.results", ItemsPath = "$.bucketArray", MaxConcurrency = 0,
         Iterator = typeof(ParallelECSTasksProcessor), Next = nameof(ReviewResults))]
    [Catch("custom error", ResultPath = "$.failureOutput", Next = nameof(ReviewResults))]
    public partial class ParallelECSTasks;

    [Branch(StartAt = nameof(InvokeECSTask))]
    public partial class ParallelECSTasksProcessor
    {
        [Task(Name = "Invoke ECS Task", Resource = "arn:aws:states:::ecs:runTask.waitForTaskToken",
              Parameters = """
              {
                "LaunchType": "FARGATE",
                "Cluster": "${ECSClusterARN}",
                "TaskDefinition": "${ECSTaskDefinitionARN}",
                "Overrides": {
                  "ContainerOverrides": [
                    {
                      "Name": "${ECSTaskName}",
                      "Environment": [
                        {
                          "Name": "TASK_TOKEN",
                          "Value.$": "$$.Task.Token"
                        },
                        {
                          "Name": "S3_BUCKET",
                          "Value.$": "$"
                        }
                      ]
                    }
                  ]
                },
                "NetworkConfiguration": {
                  "AwsvpcConfiguration": {
                    "Subnets": [
                      "${ECSVpcSubnet}"
                    ],
                    "AssignPublicIp": "ENABLED"
                  }
                }
              }
              """, End = true)]
        public partial class InvokeECSTask;
    }

    [Pass(Name = "Review Results", End = true)]
    public partial class ReviewResults;
}
