// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/sam/app-s3-athena-dataprocessing/statemachines/execute_athena_query.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(confirm_service_name))]
public partial class ExecuteAthenaQuery
{
    [Choice(Default = nameof(default_service_name))]
    [When("ispresent($.service_name) && isstring($.service_name)", Next = nameof(handle_input))]
    public partial class confirm_service_name;

    [Pass(Next = nameof(handle_input))]
    [Parameter("service_name", "Step Functions")]
    public partial class default_service_name;

    [Pass(Comment = "Take the input to the state_machine",
          Parameters = """{ "service_name.$": "$.service_name", "query_text": "${GetCurrentCommittedOpportunities}" }""",
          Next = nameof(get_athena_query))]
    public partial class handle_input;

    [Pass(Comment = "Get the query that needs to be run", ResultPath = "$.stateoutput.get_athena_query",
          Parameters = """
          {
            "query_text.$": "States.Format($.query_text,$.service_name)",
            "database": "${DatabaseName}"
          }
          """, Next = nameof(start_athena_query))]
    public partial class get_athena_query;

    [Task(Resource = "arn:aws:states:::athena:startQueryExecution", Comment = "Start the athena query",
          ResultPath = "$.stateoutput.start_athena_query",
          Parameters = """
          {
            "QueryString.$": "$.stateoutput.get_athena_query.query_text",
            "QueryExecutionContext": {
              "Database.$": "$.stateoutput.get_athena_query.database"
            },
            "ResultConfiguration": {
              "OutputLocation": "s3://${AthenaResultsBucket}"
            }
          }
          """, TimeoutSeconds = 60, Next = nameof(wait_to_query))]
    [Retry("States.ALL", IntervalSeconds = 2, MaxAttempts = 5, BackoffRate = 1.5)]
    public partial class start_athena_query;

    [Wait(Comment = "Wait around a bit", Seconds = 2, Next = nameof(get_athena_execution_status))]
    public partial class wait_to_query;

    [Task(Resource = "arn:aws:states:::athena:getQueryExecution", Comment = "Get the status of the execution",
          ResultPath = "$.stateoutput.get_athena_execution_status", TimeoutSeconds = 60, Next = nameof(is_query_finished))]
    [Parameter("QueryExecutionId", Path = "$.stateoutput.start_athena_query.QueryExecutionId")]
    [Retry("States.ALL", IntervalSeconds = 2, MaxAttempts = 5, BackoffRate = 1.5)]
    public partial class get_athena_execution_status;

    [Choice(Comment = "Decide what to do based on the result of the query", Default = nameof(get_query_results))]
    [When("$.stateoutput.get_athena_execution_status.QueryExecution.Status.State == 'RUNNING'",
          Next = nameof(wait_to_query))]
    public partial class is_query_finished;

    [Task(Resource = "arn:aws:states:::athena:getQueryResults", Comment = "Get the results of the query",
          ResultPath = "$.stateoutput.get_query_results", Next = nameof(prepare_output_success))]
    [Parameter("QueryExecutionId", Path = "$.stateoutput.start_athena_query.QueryExecutionId")]
    [Retry("States.ALL", IntervalSeconds = 2, MaxAttempts = 5, BackoffRate = 1.5)]
    public partial class get_query_results;

    [Pass(Comment = "Prepare output to return to the caller", End = true)]
    [Parameter("QueryExecutionId", Path = "$.stateoutput.start_athena_query.QueryExecutionId")]
    [Parameter("QueryResults", Path = "$.stateoutput.get_query_results.ResultSet.Rows")]
    public partial class prepare_output_success;
}
