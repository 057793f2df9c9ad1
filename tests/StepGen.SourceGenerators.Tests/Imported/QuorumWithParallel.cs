// Imported by stepgen import from aws-samples/step-functions-workflows-collection/quorum-with-parallel-pattern/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(LogExecutionInDynamoDB),
              Comment = "A state machine that demonstrates how to achieve quorum pattern with a paralel workflow")]
public partial class QuorumWithParallel
{
    [Task(Name = "Log execution in DynamoDB", Resource = "arn:aws:states:::dynamodb:putItem",
          Parameters = """
          {
            "TableName": "${DDBTable}",
            "Item": {
              "id.$": "$$.Execution.Id",
              "timeout_occurred": {
                "BOOL": "false"
              },
              "successful_processes": {
                "L": []
              },
              "failed_processes": {
                "L": []
              }
            }
          }
          """, Next = nameof(WaitForAtLeastQuorumNumberProcessesComplete))]
    public partial class LogExecutionInDynamoDB;

    [Parallel(Name = "Wait for at least \"quorum\" number processes complete",
              Branches = new[] { typeof(MockProcess1Branch), typeof(MockProcess2Branch), typeof(MockProcess3Branch), typeof(TimeoutWaitBranch) },
              Next = nameof(NextStepWhenQuorumIsMet))]
    [Parameter("uuid", Path = "States.UUID()")]
    [Catch("States.QuorumMet", Comment = "Quorum Met", Next = nameof(NextStepWhenQuorumIsMet))]
    [Catch("States.RanOutOfTime", Comment = "Ran out of Time", Next = nameof(NextStepIfProcessRanOutOfTime))]
    public partial class WaitForAtLeastQuorumNumberProcessesComplete;

    [Branch(StartAt = nameof(MockProcess1))]
    public partial class MockProcess1Branch
    {
        [Task(Name = "Mock Process 1", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Next = nameof(UpdateProcess1Success))]
        [Parameter("Payload", Path = "$")]
        [Parameter("FunctionName", "arn:aws:lambda:us-east-1:625787456381:function:${LambdaFunctionName}:$LATEST")]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        [Catch("States.ALL", ResultPath = "$.error", Next = nameof(UpdateProcess1Failure))]
        public partial class MockProcess1;

        [Task(Name = "Update Process1 Failure", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET failed_processes = list_append(failed_processes, :proc)",
                "ExpressionAttributeValues": {
                  ":proc": {
                    "L": [
                      "Process1"
                    ]
                  }
                }
              }
              """, Next = nameof(GetProcessCompletionStatuses1))]
        public partial class UpdateProcess1Failure;

        [Task(Name = "Update Process1 Success", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET successful_processes = list_append(successful_processes, :proc)",
                "ExpressionAttributeValues": {
                  ":proc": {
                    "L": [
                      "Process1"
                    ]
                  }
                }
              }
              """, Next = nameof(GetProcessCompletionStatuses1))]
        public partial class UpdateProcess1Success;

        [Task(Name = "Get Process Completion Statuses1", Resource = "arn:aws:states:::dynamodb:getItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "ConsistentRead": true
              }
              """, Next = nameof(CountProcesses1))]
        public partial class GetProcessCompletionStatuses1;

        [Pass(Name = "Count Processes 1", Next = nameof(CheckIfQuorumMet1))]
        [Parameter("completed_processes_count", Path = "States.ArrayLength($.Item.successful_processes.L)")]
        public partial class CountProcesses1;

        [Choice(Name = "Check If Quorum Met 1", Default = nameof(WaitForOtherProcessesToCompleteOrForTimeOut1))]
        [When("number($.completed_processes_count) >= $$.Execution.Input.quorum", Next = nameof(QuorumMetDummyFailure1))]
        public partial class CheckIfQuorumMet1;

        [Pass(Name = "Wait For Other Processes to Complete or For Time out 1", End = true)]
        public partial class WaitForOtherProcessesToCompleteOrForTimeOut1;

        [Fail(Name = "Quorum Met (DummyFailure) - 1", Comment = "This is actually a success criterion.",
              Error = "States.QuorumMet")]
        public partial class QuorumMetDummyFailure1;
    }

    [Branch(StartAt = nameof(MockProcess2))]
    public partial class MockProcess2Branch
    {
        [Task(Name = "Mock Process 2", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Next = nameof(UpdateProcess2Success))]
        [Parameter("Payload", Path = "$")]
        [Parameter("FunctionName", "arn:aws:lambda:us-east-1:625787456381:function:${LambdaFunctionName}:$LATEST")]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        [Catch("States.ALL", ResultPath = "$.error", Next = nameof(UpdateProcess2Failure))]
        public partial class MockProcess2;

        [Task(Name = "Update Process2 Failure", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET failed_processes = list_append(failed_processes, :proc)",
                "ExpressionAttributeValues": {
                  ":proc": {
                    "L": [
                      "Process2"
                    ]
                  }
                }
              }
              """, Next = nameof(GetProcessCompletionStatuses2))]
        public partial class UpdateProcess2Failure;

        [Task(Name = "Update Process2 Success", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET successful_processes = list_append(successful_processes, :proc)",
                "ExpressionAttributeValues": {
                  ":proc": {
                    "L": [
                      "Process2"
                    ]
                  }
                }
              }
              """, Next = nameof(GetProcessCompletionStatuses2))]
        public partial class UpdateProcess2Success;

        [Task(Name = "Get Process Completion Statuses2", Resource = "arn:aws:states:::dynamodb:getItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "ConsistentRead": true
              }
              """, Next = nameof(CountProcesses2))]
        public partial class GetProcessCompletionStatuses2;

        [Pass(Name = "Count Processes 2", Next = nameof(CheckIfQuorumMet2))]
        [Parameter("completed_processes_count", Path = "States.ArrayLength($.Item.successful_processes.L)")]
        public partial class CountProcesses2;

        [Choice(Name = "Check If Quorum Met 2", Default = nameof(WaitForOtherProcessesToCompleteOrForTimeOut2))]
        [When("number($.completed_processes_count) >= $$.Execution.Input.quorum", Next = nameof(QuorumMetDummyFailure2))]
        public partial class CheckIfQuorumMet2;

        [Pass(Name = "Wait For Other Processes to Complete or For Time out 2", End = true)]
        public partial class WaitForOtherProcessesToCompleteOrForTimeOut2;

        [Fail(Name = "Quorum Met (DummyFailure) - 2", Comment = "This is actually a success criterion.",
              Error = "States.QuorumMet")]
        public partial class QuorumMetDummyFailure2;
    }

    [Branch(StartAt = nameof(MockProcess3))]
    public partial class MockProcess3Branch
    {
        [Task(Name = "Mock Process 3", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Next = nameof(UpdateProcess3Success))]
        [Parameter("Payload", Path = "$")]
        [Parameter("FunctionName", "arn:aws:lambda:us-east-1:625787456381:function:${LambdaFunctionName}:$LATEST")]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2.0)]
        [Catch("States.ALL", ResultPath = "$.error", Next = nameof(UpdateProcess3Failure))]
        public partial class MockProcess3;

        [Task(Name = "Update Process3 Failure", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET failed_processes = list_append(failed_processes, :proc)",
                "ExpressionAttributeValues": {
                  ":proc": {
                    "L": [
                      "Process3"
                    ]
                  }
                }
              }
              """, Next = nameof(GetProcessCompletionStatuses3))]
        public partial class UpdateProcess3Failure;

        [Task(Name = "Update Process3 Success", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET successful_processes = list_append(successful_processes, :proc)",
                "ExpressionAttributeValues": {
                  ":proc": {
                    "L": [
                      "Process3"
                    ]
                  }
                }
              }
              """, Next = nameof(GetProcessCompletionStatuses3))]
        public partial class UpdateProcess3Success;

        [Task(Name = "Get Process Completion Statuses3", Resource = "arn:aws:states:::dynamodb:getItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "ConsistentRead": true
              }
              """, Next = nameof(CountProcesses3))]
        public partial class GetProcessCompletionStatuses3;

        [Pass(Name = "Count Processes 3", Next = nameof(CheckIfQuorumMet3))]
        [Parameter("completed_processes_count", Path = "States.ArrayLength($.Item.successful_processes.L)")]
        public partial class CountProcesses3;

        [Choice(Name = "Check If Quorum Met 3", Default = nameof(WaitForOtherProcessesToCompleteOrForTimeOut3))]
        [When("number($.completed_processes_count) >= $$.Execution.Input.quorum", Next = nameof(QuorumMetDummyFailure3))]
        public partial class CheckIfQuorumMet3;

        [Pass(Name = "Wait For Other Processes to Complete or For Time out 3", End = true)]
        public partial class WaitForOtherProcessesToCompleteOrForTimeOut3;

        [Fail(Name = "Quorum Met (DummyFailure) - 3", Comment = "This is actually a success criterion.",
              Error = "States.QuorumMet")]
        public partial class QuorumMetDummyFailure3;
    }

    [Branch(StartAt = nameof(TimeoutWait))]
    public partial class TimeoutWaitBranch
    {
        [Wait(Seconds = 5, Next = nameof(UpdateProcessRanOutOfTime))]
        public partial class TimeoutWait;

        [Task(Name = "Update Process Ran out of time", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${DDBTable}",
                "Key": {
                  "id": {
                    "S.$": "$$.Execution.Id"
                  }
                },
                "UpdateExpression": "SET timeout_occurred = :var",
                "ExpressionAttributeValues": {
                  ":var": {
                    "BOOL": true
                  }
                }
              }
              """, Next = nameof(RanOutOfTime))]
        public partial class UpdateProcessRanOutOfTime;

        [Fail(Name = "Ran out of Time", Error = "States.RanOutOfTime")]
        public partial class RanOutOfTime;
    }

    [Pass(Name = "Next Step When Quorum is met", Next = nameof(UpdateRanOutOfTimeToFalseIfNeeded))]
    public partial class NextStepWhenQuorumIsMet;

    [Task(Name = "Update \"Ran Out of time\" to False (if needed)", Resource = "arn:aws:states:::dynamodb:updateItem",
          Comment = "There are race conditions when processes finish just at the time of timeout. To ensure the DynamoDB item does not hold contradictory information that Quorum has been met, but that time out has occurred, we are setting the timeout to False, when quorum is met. This step updates the timeout field to false, if it is set to true and number of processes successfully completed meets quorum",
          Parameters = """
          {
            "TableName": "${DDBTable}",
            "Key": {
              "id": {
                "S.$": "$$.Execution.Id"
              }
            },
            "UpdateExpression": "SET timeout_occurred = :false_value",
            "ConditionExpression": "(timeout_occurred = :true_value) and (size(successful_processes) >= :quorum_value)",
            "ExpressionAttributeValues": {
              ":false_value": {
                "BOOL": false
              },
              ":true_value": {
                "BOOL": true
              },
              ":quorum_value": {
                "N.$": "States.Format('{}',$$.Execution.Input.quorum)"
              }
            }
          }
          """, Next = nameof(GetProcessCompletionStatus))]
    [Catch("DynamoDB.ConditionalCheckFailedException",
           Comment = "This is the usual scenario. There are race conditions when the timeout could be set to true, but processes might have completed. Hence this update is in place.",
           Next = nameof(GetProcessCompletionStatus))]
    public partial class UpdateRanOutOfTimeToFalseIfNeeded;

    [Task(Name = "Get Process Completion Status", Resource = "arn:aws:states:::dynamodb:getItem",
          Parameters = """
          {
            "TableName": "${DDBTable}",
            "Key": {
              "id": {
                "S.$": "$$.Execution.Id"
              }
            },
            "ConsistentRead": true
          }
          """, End = true)]
    public partial class GetProcessCompletionStatus;

    [Pass(Name = "Next Step if Process Ran out of time", Next = nameof(UpdateRanOutOfTimeToFalseIfNeeded))]
    public partial class NextStepIfProcessRanOutOfTime;
}
