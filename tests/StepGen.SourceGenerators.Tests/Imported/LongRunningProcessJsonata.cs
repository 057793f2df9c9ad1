// Imported by stepgen import from aws-samples/serverless-patterns/cdk-custom-resource-with-wait-condition/lib/sfn/long-running-process.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(CustomResourceManagementPlaceholder), QueryLanguage = QueryLanguage.JsonAta,
              Comment = "This is a demo Step Function immitating a long running process for managing a custom resource.")]
public partial class LongRunningProcessJsonata
{
    [Wait(Name = "Custom Resource Management Placeholder",
          Comment = "This wait task simulates some business logic applying changes to the environment.", Seconds = 10,
          Next = nameof(SendCompletionSignal))]
    public partial class CustomResourceManagementPlaceholder;

    [Task(Name = "Send Completion Signal", Resource = "arn:aws:states:::lambda:invoke",
          Arguments = """
          {
            "FunctionName": "${SendCompletionSignalLambdaArn}",
            "Payload": {
              "waitConditionHandle": "{% $states.input.WaitConditionHandle %}",
              "status": "SUCCESS",
              "reason": "Configuration Complete",
              "uniqueId": "ID1234",
              "data": "Application has completed configuration."
            }
          }
          """, Output = "{% $states.result.Payload %}", End = true)]
    public partial class SendCompletionSignal;
}
