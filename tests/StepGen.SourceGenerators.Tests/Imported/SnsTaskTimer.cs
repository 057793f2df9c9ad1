// Imported by stepgen import from aws-samples/step-functions-workflows-collection/sfn-sns-task-timer/statemachine/TaskTimer.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(CalculateTaskExpiry), Comment = "A description of my state machine")]
public partial class SnsTaskTimer
{
    [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """{ "Payload.$": "$", "FunctionName": "${CalculateTimeDiff}" }""",
          Next = nameof(CheckForValidExpiryDate))]
    public partial class CalculateTaskExpiry;

    [Choice(Default = nameof(ValidTaskExpiryDate))]
    [When("$.expirydate <= 0", Next = nameof(InvalidTaskExpiry))]
    public partial class CheckForValidExpiryDate;

    [Task(Resource = "arn:aws:states:::sns:publish", ResultPath = null,
          Parameters = """
          {
            "TopicArn": "${SendNotificationSNSTopic}",
            "Message": {
              "Message": "Valid Task Expiry Date, going to invoke child state machine."
            }
          }
          """, Next = nameof(InvokeTimeboundedChildTasks))]
    public partial class ValidTaskExpiryDate;

    [Task(Resource = "arn:aws:states:::states:startExecution.sync:2",
          Parameters = """
          {
            "StateMachineArn": "${TimeBoundedTasks}",
            "Input": {
              "body.$": "$",
              "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"
            }
          }
          """, TimeoutSecondsPath = "$.expirydate", Next = nameof(SuccessfullChildTaskExecution))]
    [Catch("States.Timeout", Next = nameof(FailedChildTaskExecution))]
    public partial class InvokeTimeboundedChildTasks;

    [Task(Resource = "arn:aws:states:::sns:publish",
          Parameters = """
          {
            "TopicArn": "${SendNotificationSNSTopic}",
            "Message": {
              "Message": "Child Task execution failed."
            }
          }
          """, Next = nameof(SomeRollBackTask))]
    public partial class FailedChildTaskExecution;

    [Task(Resource = "arn:aws:states:::sns:publish",
          Parameters = """
          {
            "TopicArn": "${SendNotificationSNSTopic}",
            "Message": {
              "Message": "Child Tasks executed successfully!"
            }
          }
          """, End = true)]
    public partial class SuccessfullChildTaskExecution;

    [Pass(End = true)]
    public partial class SomeRollBackTask;

    [Task(Resource = "arn:aws:states:::sns:publish",
          Parameters = """
          {
            "TopicArn": "${SendNotificationSNSTopic}",
            "Message": {
              "message": "Expiry Date is older than Current Date"
            }
          }
          """, End = true)]
    public partial class InvalidTaskExpiry;
}
