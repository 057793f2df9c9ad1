// Imported by stepgen import from aws-samples/serverless-patterns/stepfunctions-fargate-lambda/statemachine.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(FormatInput), Comment = "A description of my state machine")]
public partial class FargateLambdaCallback
{
    [Pass(Name = "Format input", Next = nameof(CheckType))]
    [Parameter("bucket", Path = "$.detail.bucket.name")]
    [Parameter("key", Path = "$.detail.object.key")]
    [Parameter("type", Path = "States.ArrayGetItem(States.StringSplit($.detail.object.key, '/'),0)")]
    public partial class FormatInput;

    [Choice(Name = "Check Type", Default = nameof(Fail))]
    [When("$.type like 'videos'", Next = nameof(ECSRunTask))]
    [When("$.type like 'images'", Next = nameof(LambdaInvoke))]
    public partial class CheckType;

    [Fail]
    public partial class Fail;

    [Task(Name = "ECS RunTask", Resource = "arn:aws:states:::ecs:runTask.waitForTaskToken",
          Parameters = """
          {
            "LaunchType": "FARGATE",
            "Cluster": "${Cluster}",
            "TaskDefinition": "${TaskDefinition}",
            "Overrides": {
              "ContainerOverrides": [
                {
                  "Name": "StepFunctionFargateTask1",
                  "Environment": [
                    {
                      "Name": "TASK_TOKEN",
                      "Value.$": "$$.Task.Token"
                    }
                  ]
                }
              ]
            },
            "NetworkConfiguration": {
              "AwsvpcConfiguration": {
                "Subnets": [
                  "${Subnet1}",
                  "${Subnet2}"
                ],
                "SecurityGroups": [
                  "${SecurityGroup}"
                ]
              }
            }
          }
          """, TimeoutSeconds = 60, End = true)]
    public partial class ECSRunTask;

    [Task(Name = "Lambda Invoke", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """{ "Payload.$": "$", "FunctionName": "${LambdaFunction}" }""", End = true)]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
    public partial class LambdaInvoke;
}
