// Imported by stepgen import from aws-samples/step-functions-workflows-collection/step-functions-lambda-version-cleanup/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ListFunctionNames), Comment = "A description of my state machine", TimeoutSeconds = 300)]
public partial class LambdaVersionCleanup
{
    [Task(Name = "List function names", Resource = "arn:aws:states:::aws-sdk:lambda:listFunctions", Parameters = """{}""",
          Next = nameof(IterateFunctions))]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class ListFunctionNames;

    [Map(Name = "Iterate Functions", ResultPath = null, ItemsPath = "$.Functions",
         ItemSelector = """{ "lambda_function_name.$": "$$.Map.Item.Value.FunctionName" }""", MaxConcurrency = 1,
         Processor = typeof(IterateFunctionsProcessor), Mode = "INLINE", Next = nameof(MoreFunctionsToProcess))]
    public partial class IterateFunctions;

    [Branch(StartAt = nameof(FilterTheFunctions))]
    public partial class IterateFunctionsProcessor
    {
        [Choice(Name = "Filter the functions", Default = nameof(Skip))]
        [When("$.lambda_function_name like '${filter_prefix}*'", Next = nameof(GetArrayOfAllVersions))]
        public partial class FilterTheFunctions;

        [Pass(End = true)]
        public partial class Skip;

        [Task(Name = "Get array of all versions", Resource = "arn:aws:states:::aws-sdk:lambda:listVersionsByFunction",
              ResultPath = "$.data", ResultSelector = """{ "version.$": "$.Versions[*].Version" }""",
              Next = nameof(RemoveLATESTVersion))]
        [Parameter("FunctionName", Path = "$.lambda_function_name")]
        [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
        public partial class GetArrayOfAllVersions;

        [Task(Name = "Remove $LATEST version", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.payload",
              Parameters = """{ "Payload.$": "$", "FunctionName": "${sort_functions_fn_name}" }""",
              ResultSelector = """{ "payload.$": "States.StringToJson($.Payload.body)" }""",
              Next = nameof(CheckNumberOfVersions))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
               IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
        public partial class RemoveLATESTVersion;

        [Choice(Name = "Check number of versions", Default = nameof(NothingToDo))]
        [When("$.count > 3", Next = nameof(DeleteOldestVersion))]
        public partial class CheckNumberOfVersions;

        [Pass(Name = "Nothing to do", End = true)]
        public partial class NothingToDo;

        [Task(Name = "Delete oldest version", Resource = "arn:aws:states:::aws-sdk:lambda:deleteFunction",
              ResultPath = null, Next = nameof(RemoveDeletedVersionAndDecrementVersionCount))]
        [Parameter("FunctionName", Path = "States.Format('{}:{}', $.lambda_function_name, $.sorted_versions[0])")]
        [Catch("Lambda.ResourceConflictException", ResultPath = "$.error",
               Next = nameof(RemoveDeletedVersionAndDecrementVersionCount))]
        public partial class DeleteOldestVersion;

        [Pass(Name = "Remove deleted version and decrement version count", Next = nameof(CheckNumberOfVersions))]
        [Parameter("lambda_function_name", Path = "$.lambda_function_name")]
        [Parameter("sorted_versions", Path = "$.sorted_versions[1:]")]
        [Parameter("count", Path = "States.MathAdd($.count, -1)")]
        public partial class RemoveDeletedVersionAndDecrementVersionCount;
    }

    [Choice(Name = "More functions to process?", Default = nameof(Success))]
    [When("ispresent($.NextMarker)", Next = nameof(ListMoreFunctionNames))]
    public partial class MoreFunctionsToProcess;

    [Task(Name = "List more function names", Resource = "arn:aws:states:::aws-sdk:lambda:listFunctions",
          Next = nameof(IterateFunctions))]
    [Parameter("Marker", Path = "$.NextMarker")]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class ListMoreFunctionNames;

    [Succeed]
    public partial class Success;
}
