// Imported by stepgen import from aws-samples/step-functions-workflows-collection/emit-and-wait/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(EmitPHASE1), Comment = "A description of my state machine")]
public partial class EmitAndWait
{
    [Pass(Next = nameof(EmitTIMEDOUT))]
    public partial class TIMEOUT;

    [Task(Name = "Emit - TIMEDOUT", Resource = "arn:aws:states:::events:putEvents", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "Message": "The workflow has reached timedout",
                  "TaskToken.$": "$$.Task.Token"
                },
                "DetailType": "timeout",
                "EventBusName": "Default",
                "Source": "emitAndWait"
              }
            ]
          }
          """, HeartbeatSeconds = 300, End = true)]
    public partial class EmitTIMEDOUT;

    [Task(Name = "Emit - PHASE 1", Resource = "arn:aws:states:::events:putEvents.waitForTaskToken", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "Message": "The workflow has reached Phase 2",
                  "TaskToken.$": "$$.Task.Token"
                },
                "DetailType": "Phase",
                "EventBusName": "Default",
                "Source": "emitAndWait"
              }
            ]
          }
          """, HeartbeatSeconds = 300, Next = nameof(EmitPHASE2))]
    [Catch("States.Timeout", ResultPath = "$.comment", Comment = "Customer timed out", Next = nameof(TIMEOUT))]
    public partial class EmitPHASE1;

    [Task(Name = "Emit - PHASE 2", Resource = "arn:aws:states:::events:putEvents.waitForTaskToken", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "Message": "The workflow has reached Phase 2",
                  "TaskToken.$": "$$.Task.Token"
                },
                "DetailType": "Phase",
                "EventBusName": "Default",
                "Source": "emitAndWait"
              }
            ]
          }
          """, HeartbeatSeconds = 300, Next = nameof(EmitPHASE3))]
    [Catch("States.Timeout", ResultPath = "$.comment", Comment = "Customer timed out", Next = nameof(TIMEOUT))]
    public partial class EmitPHASE2;

    [Task(Name = "Emit - PHASE 3", Resource = "arn:aws:states:::events:putEvents.waitForTaskToken", ResultPath = null,
          Parameters = """
          {
            "Entries": [
              {
                "Detail": {
                  "Message": "The workflow has reached Phase 3",
                  "TaskToken.$": "$$.Task.Token"
                },
                "DetailType": "Phase",
                "EventBusName": "Default",
                "Source": "emitAndWait"
              }
            ]
          }
          """, HeartbeatSeconds = 300, End = true)]
    [Catch("States.Timeout", ResultPath = "$.comment", Comment = "Customer timed out", Next = nameof(TIMEOUT))]
    public partial class EmitPHASE3;
}
