using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/wait-for-callback: sends a task token on SQS, waits for the
/// callback, and notifies success or failure on SNS.</summary>
[StateMachine(StartAt = nameof(StartTaskAndWaitForCallback),
              Comment = "An example of the Amazon States Language for starting a task and waiting for a callback.")]
public partial class WaitForCallback
{
    [Task(Name = "Start Task And Wait For Callback", Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Next = nameof(NotifySuccess),
          Parameters = """
              {
                "QueueUrl": "${SQSQueue}",
                "MessageBody": {
                  "MessageTitle": "Task started by Step Functions. Waiting for callback with task token.",
                  "TaskToken.$": "$$.Task.Token"
                }
              }
              """)]
    [Catch("States.ALL", Next = nameof(NotifyFailure))]
    public partial class StartTaskAndWaitForCallback;

    [Task(Name = "Notify Success", Resource = "arn:aws:states:::sns:publish", End = true)]
    [Parameter("Message", "Callback received. Task started by Step Functions succeeded.")]
    [Parameter("TopicArn", "${topicArn}")]
    public partial class NotifySuccess;

    [Task(Name = "Notify Failure", Resource = "arn:aws:states:::sns:publish", End = true)]
    [Parameter("Message", "Task started by Step Functions failed.")]
    [Parameter("TopicArn", "${topicArn}")]
    public partial class NotifyFailure;
}
