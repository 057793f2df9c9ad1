using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/distributed-data-stream-aggregator (parent): reads locations from
/// DynamoDB, fans out with a distributed Map whose items call a third-party API (HTTP task, InvocationConfig
/// connection) and start a child execution, then merges the part files with a Glue job it polls. JSONata.</summary>
[StateMachine(StartAt = nameof(InitiateVariables), Comment = "Distributed Data Stream Aggregator", QueryLanguage = QueryLanguage.JsonAta)]
public partial class DataStreamAggregator
{
    [Pass(Name = "Initiate variables", Next = nameof(GetThirdPartyLocations),
          Assign = """
              {
                "taskId": "{% $states.input.task_id %}",
                "taskSortKey": "{% $states.input.task_sort_key %}",
                "outputFileName": "{% 'accumulate-' & $string($millis()) & '-file.csv' %}"
              }
              """)]
    public partial class InitiateVariables;

    [Task(Name = "Get Third-party locations", Resource = "arn:aws:states:::aws-sdk:dynamodb:query", Next = nameof(IterateContainers),
          Arguments = """
              {
                "TableName": "locations",
                "KeyConditionExpression": "task_id = :taskValue",
                "ExpressionAttributeValues": {
                  ":taskValue": { "S": "{% $states.input.task_id %}" }
                }
              }
              """)]
    public partial class GetThirdPartyLocations;

    [Map(Name = "Iterate Containers", Mode = "DISTRIBUTED", ExecutionType = "STANDARD", Processor = typeof(PerLocation),
         Items = "{% $states.input.Items%}", Label = "IterateContainers", MaxConcurrency = 5,
         ItemBatcher = """{ "MaxItemsPerBatch": 1, "BatchInput": { "mapTaskId": "{% $taskId %}" } }""",
         Assign = """{ "taskId1": "{% $taskId %}" }""", Next = nameof(CombinePartFiles))]
    public partial class IterateContainers;

    [Branch(StartAt = nameof(GetLocationSummary))]
    public partial class PerLocation
    {
        [HttpTask(Name = "Get location Summary",
                  ApiEndpoint = "{% 'api_endpoint'& $states.input.Items.location_id.S &'/get-summary' %}", Method = "GET",
                  ConnectionArn = "{% 'ConnectionArn' %}", ConnectionField = HttpConnectionField.InvocationConfig,
                  Next = nameof(HasData),
                  Output = """
                      {
                        "failed": "{% $states.result.ResponseBody.states.failed %}",
                        "rejected": "{% $states.result.ResponseBody.states.rejected %}"
                      }
                      """,
                  Assign = """
                      {
                        "locationId": "{% $states.input.Items.location_id.S %}",
                        "locationTaskId": "{% $states.input.BatchInput.mapTaskId %}"
                      }
                      """)]
        [Retry("States.ALL", BackoffRate = 2, IntervalSeconds = 1, MaxAttempts = 3, JitterStrategy = "FULL")]
        public partial class GetLocationSummary;

        [Choice(Name = "Has Data", Default = nameof(DoNothing))]
        [When("{% $number($states.input.failed) > 0 or $number($states.input.rejected) > 0 %}", Next = nameof(ExtractData),
              Comment = "location has data")]
        public partial class HasData;

        [Task(Name = "Extract Data", Resource = "arn:aws:states:::states:startExecution.sync:2", Next = nameof(DoNothing),
              Arguments = """
                  {
                    "StateMachineArn": "{% 'child1' %}",
                    "Input": {
                      "locationId": "{% $locationId %}",
                      "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": "{% $states.context.Execution.Id %}",
                      "taskId": "{% $locationTaskId %}",
                      "taskToken": "{% $states.context.Task.Token %}"
                    }
                  }
                  """)]
        public partial class ExtractData;

        [Pass(Name = "Do Nothing", End = true, Output = "{}")]
        public partial class DoNothing;
    }

    [Task(Name = "Combine Part Files", Resource = "arn:aws:states:::glue:startJobRun", Next = nameof(WaitForTheStatus),
          Arguments = """
              {
                "JobName": "{% 'glue_job' %}",
                "Arguments": {
                  "--task_id": "{% $taskId %}",
                  "--bucket": "{% 's3-bucket-name' %}",
                  "--output_file_name": "{% $outputFileName %}"
                }
              }
              """,
          Output = """{ "Id": "{% $states.result.JobRunId %}" }""")]
    public partial class CombinePartFiles;

    [Wait(Name = "Wait for the status", Seconds = 30, Next = nameof(HasJobFinish))]
    public partial class WaitForTheStatus;

    [Task(Name = "Has Job Finish", Resource = "arn:aws:states:::aws-sdk:glue:getJobRun", Next = nameof(HasJobSucceeded),
          Arguments = """{ "JobName": "{% 'glue_job' %}", "RunId": "{% $states.input.Id %}" }""")]
    public partial class HasJobFinish;

    [Choice(Name = "Has Job succeeded", Default = nameof(WaitForTheStatus),
            Output = """{ "Id": "{% $states.input.JobRun.Id %}" }""")]
    [When("{% $states.input.JobRun.JobRunState = \"SUCCEEDED\" %}", Next = nameof(UpdateDynamoDb))]
    [When("{% $states.input.JobRun.JobRunState = \"FAILED\" %}", Next = nameof(JobFailed))]
    public partial class HasJobSucceeded;

    [Task(Name = "Update DynamoDb", Resource = "arn:aws:states:::dynamodb:updateItem", Next = nameof(JobSucceeded),
          Arguments = """
              {
                "TableName": "{% 'task_table' %}",
                "Key": {
                  "task_id": { "S": "{% $taskId %}" },
                  "created_at": { "S": "{% $taskSortKey %}" }
                },
                "UpdateExpression": "SET #CsvUrl = :fileRef",
                "ExpressionAttributeValues": {
                  ":fileRef": { "S": "{% $outputFileName %}" }
                },
                "ExpressionAttributeNames": {
                  "#errorCsvUrl": "errorCsvUrl"
                }
              }
              """)]
    public partial class UpdateDynamoDb;

    [Pass(Name = "Job Succeeded", End = true, Output = """{ "outputFileName": "{% $outputFileName %}" }""")]
    public partial class JobSucceeded;

    [Fail(Name = "Job Failed")]
    public partial class JobFailed;
}
