// Imported by stepgen import from aws-samples/serverless-patterns/eventbridge-stepfunction-lambda-getfunctionstatus/statemachine/definition.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ListFunctions), QueryLanguage = QueryLanguage.JsonAta,
              Comment = "A description of my state machine")]
public partial class LambdaGetFunctionStatusJsonata
{
    [Task(Resource = "arn:aws:states:::aws-sdk:lambda:listFunctions",
          Output = """
          {
            "ListFunctions_output": "{% $states.result%}",
            "Function_ARN_List_existing": {
              "lambda_arn_list_combined": "{% $states.input.Function_ARN_List_existing.lambda_arn_list_combined%}"
            }
          }
          """, Next = nameof(LambdaInvokeCombineData))]
    [Parameter("Marker", "{% $states.input.NextMarker%}")]
    public partial class ListFunctions;

    [Task(Name = "Lambda Invoke - Combine data", Resource = "arn:aws:states:::lambda:invoke",
          Output = "{% $states.result.Payload %}", Next = nameof(CheckNextMarker))]
    [Parameter("FunctionName", "${LambdaFunctionArn}")]
    [Parameter("Payload", "{% $states.input %}")]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0, JitterStrategy = "FULL")]
    public partial class LambdaInvokeCombineData;

    [Choice(Name = "Check NextMarker", Default = nameof(MapLoopFunctions))]
    [When("{% $states.input.NextMarkercheck = 'true' %}", Output = "{% $states.input%}", Next = nameof(ListFunctions))]
    public partial class CheckNextMarker;

    [Map(Name = "Map - Loop Functions", MaxConcurrency = 40, Processor = typeof(MapLoopFunctionsProcessor),
         Items = "{% $states.input.Function_ARN_List_existing.lambda_arn_list_combined %}", Mode = "INLINE",
         Next = nameof(FilterInactiveFunctions))]
    public partial class MapLoopFunctions;

    [Branch(StartAt = nameof(GetFunction))]
    public partial class MapLoopFunctionsProcessor
    {
        [Task(Resource = "arn:aws:states:::aws-sdk:lambda:getFunction", Next = nameof(CheckFunctionStatus))]
        [Parameter("FunctionName", "{% $states.input.ARN %}")]
        public partial class GetFunction;

        [Choice(Name = "Check Function Status",
                Output = """
                {
                  "FunctionConfig": {
                    "ARN": "{% $states.input.Configuration.FunctionArn %}",
                    "State": "{% $states.input.Configuration.State %}"
                  }
                }
                """, Default = nameof(Pass))]
        [When("{% $states.input.Configuration.State = 'Inactive' %}",
              Output = """
              {
                "FunctionConfig": {
                  "ARN": "{% $states.input.Configuration.FunctionArn %}",
                  "State": "{% $states.input.Configuration.State %}",
                  "StateReason": "{% $states.input.Configuration.StateReason %}",
                  "StateReasonCode": "{% $states.input.Configuration.StateReasonCode %}",
                  "LastModified": "{% $states.input.Configuration.LastModified %}"
                }
              }
              """, Next = nameof(Inactive))]
        public partial class CheckFunctionStatus;

        [Pass(End = true)]
        public partial class Pass;

        [Pass(End = true)]
        public partial class Inactive;
    }

    [Pass(Name = "Filter Inactive Functions",
          Output = """
          {
            "Inactive_Functions": "{% $states.input.FunctionConfig[State='Inactive'] ?  $states.input.FunctionConfig[State='Inactive'] : false %}"
          }
          """, Next = nameof(Choice))]
    public partial class FilterInactiveFunctions;

    [Choice(Default = nameof(InactiveFunctionPassState))]
    [When("{% $states.input.Inactive_Functions = false %}",
          Output = """{ "Inactive_Functions": " No Inactive Functions" }""", Next = nameof(NoInactivceFunction))]
    public partial class Choice;

    [Pass(Name = "Inactive function pass state", Next = nameof(SNSPublish))]
    public partial class InactiveFunctionPassState;

    [Pass(Name = "No Inactivce Function", Next = nameof(SNSPublish))]
    public partial class NoInactivceFunction;

    [Task(Name = "SNS Publish", Resource = "arn:aws:states:::sns:publish", End = true)]
    [Parameter("TopicArn", "${TopicARN}")]
    [Parameter("Message", "{% $states.input.Inactive_Functions %}")]
    [Parameter("Subject", "Inactive Lambda functions list | ${region} | Account - ${accountID}")]
    public partial class SNSPublish;
}
