// Imported by stepgen import from aws-samples/step-functions-workflows-collection/synchronous-job/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(SubmitBatchJob),
              Comment = "An example of the Amazon States Language for notification on an AWS Batch job completion",
              TimeoutSeconds = 3600)]
public partial class SynchronousJob
{
    [Task(Name = "Submit Batch Job", Resource = "arn:aws:states:::batch:submitJob.sync",
          Parameters = """
          {
            "JobName": "BatchJobNotification",
            "JobQueue": "${jobQueueArn}",
            "JobDefinition": "${jobDefinitionArn}"
          }
          """, Next = nameof(NotifySuccess))]
    [Retry("States.ALL", IntervalSeconds = 30, MaxAttempts = 2, BackoffRate = 1.5)]
    [Catch("States.ALL", Next = nameof(NotifyFailure))]
    public partial class SubmitBatchJob;

    [Task(Name = "Notify Success", Resource = "arn:aws:states:::sns:publish",
          Parameters = """
          {
            "Message": "Batch job submitted through Step Functions succeeded",
            "TopicArn": "${TopicArn}"
          }
          """, End = true)]
    public partial class NotifySuccess;

    [Task(Name = "Notify Failure", Resource = "arn:aws:states:::sns:publish",
          Parameters = """{ "Message": "Batch job submitted through Step Functions failed", "TopicArn": "${TopicArn}" }""",
          End = true)]
    public partial class NotifyFailure;
}
