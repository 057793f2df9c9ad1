// Imported by stepgen import from aws-samples/step-functions-workflows-collection/distributed-data-stream-aggregator/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(InitiateVariables), QueryLanguage = QueryLanguage.JsonAta,
              Comment = "Distributed Data Stream Aggregator")]
public partial class DistributedDataStreamAggregator
{
    [Pass(Name = "Initiate variables",
          Assign = """
          {
            "taskId": "{% $states.input.task_id %}",
            "taskSortKey": "{% $states.input.task_sort_key %}",
            "outputFileName": "{% 'accumulate-' & $string($millis()) & '-file.csv' %}"
          }
          """, Next = nameof(GetThirdPartyLocations))]
    public partial class InitiateVariables;

    [Task(Name = "Get Third-party locations", Resource = "arn:aws:states:::aws-sdk:dynamodb:query",
          Arguments = """
          {
            "TableName": "locations",
            "KeyConditionExpression": "task_id = :taskValue",
            "ExpressionAttributeValues": {
              ":taskValue": {
                "S": "{% $states.input.task_id %}"
              }
            }
          }
          """, Next = nameof(IterateContainers))]
    public partial class GetThirdPartyLocations;

    [Map(Name = "Iterate Containers", Assign = """{ "taskId1": "{% $taskId %}" }""", MaxConcurrency = 5,
         Processor = typeof(IterateContainersProcessor), Items = "{% $states.input.Items%}", Mode = "DISTRIBUTED",
         ExecutionType = "STANDARD",
         ItemBatcher = """{ "MaxItemsPerBatch": 1, "BatchInput": { "mapTaskId": "{% $taskId %}" } }""",
         Label = "IterateContainers", Next = nameof(CombinePartFiles))]
    public partial class IterateContainers;

    [Branch(StartAt = nameof(GetLocationSummary))]
    public partial class IterateContainersProcessor
    {
        [HttpTask(Name = "Get location Summary",
                  ApiEndpoint = "{% 'api_endpoint'& $states.input.Items.location_id.S &'/get-summary' %}", Method = "GET",
                  ConnectionArn = "{% 'ConnectionArn' %}", ConnectionField = HttpConnectionField.InvocationConfig,
                  Assign = """
                  {
                    "locationId": "{% $states.input.Items.location_id.S %}",
                    "locationTaskId": "{% $states.input.BatchInput.mapTaskId %}"
                  }
                  """, Output = """
                  {
                    "failed": "{% $states.result.ResponseBody.states.failed %}",
                    "rejected": "{% $states.result.ResponseBody.states.rejected %}"
                  }
                  """, Next = nameof(HasData))]
        [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0, JitterStrategy = "FULL")]
        public partial class GetLocationSummary;

        [Choice(Name = "Has Data", Default = nameof(DoNothing))]
        [When("{% $number($states.input.failed) > 0 or $number($states.input.rejected) > 0 %}",
              Comment = "location has data", Next = nameof(ExtractData))]
        public partial class HasData;

        [Task(Name = "Extract Data", Resource = "arn:aws:states:::states:startExecution.sync:2",
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
              """, Next = nameof(DoNothing))]
        public partial class ExtractData;

        [Pass(Name = "Do Nothing", Output = """{}""", End = true)]
        public partial class DoNothing;
    }

    [Task(Name = "Combine Part Files", Resource = "arn:aws:states:::glue:startJobRun",
          Arguments = """
          {
            "JobName": "{% 'glue_job' %}",
            "Arguments": {
              "--task_id": "{% $taskId %}",
              "--bucket": "{% 's3-bucket-name' %}",
              "--output_file_name": "{% $outputFileName %}"
            }
          }
          """, Output = """{ "Id": "{% $states.result.JobRunId %}" }""", Next = nameof(WaitForTheStatus))]
    public partial class CombinePartFiles;

    [Wait(Name = "Wait for the status", Seconds = 30, Next = nameof(HasJobFinish))]
    public partial class WaitForTheStatus;

    [Task(Name = "Has Job Finish", Resource = "arn:aws:states:::aws-sdk:glue:getJobRun", Next = nameof(HasJobSucceeded))]
    [Parameter("JobName", "{% 'glue_job' %}")]
    [Parameter("RunId", "{% $states.input.Id %}")]
    public partial class HasJobFinish;

    [Choice(Name = "Has Job succeeded", Output = """{ "Id": "{% $states.input.JobRun.Id %}" }""",
            Default = nameof(WaitForTheStatus))]
    [When("{% $states.input.JobRun.JobRunState = \"SUCCEEDED\" %}", Next = nameof(UpdateDynamoDb))]
    [When("{% $states.input.JobRun.JobRunState = \"FAILED\" %}", Next = nameof(JobFailed))]
    public partial class HasJobSucceeded;

    [Task(Name = "Update DynamoDb", Resource = "arn:aws:states:::dynamodb:updateItem",
          Arguments = """
          {
            "TableName": "{% 'task_table' %}",
            "Key": {
              "task_id": {
                "S": "{% $taskId %}"
              },
              "created_at": {
                "S": "{% $taskSortKey %}"
              }
            },
            "UpdateExpression": "SET #CsvUrl = :fileRef",
            "ExpressionAttributeValues": {
              ":fileRef": {
                "S": "{% $outputFileName %}"
              }
            },
            "ExpressionAttributeNames": {
              "#errorCsvUrl": "errorCsvUrl"
            }
          }
          """, Next = nameof(JobSucceeded))]
    public partial class UpdateDynamoDb;

    [Pass(Name = "Job Succeeded", Output = """{ "outputFileName": "{% $outputFileName %}" }""", End = true)]
    public partial class JobSucceeded;

    [Fail(Name = "Job Failed")]
    public partial class JobFailed;
}
