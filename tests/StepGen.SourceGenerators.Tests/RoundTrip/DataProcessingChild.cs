using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/distributed-data-stream-aggregator (child): pages through a
/// third-party API with an HTTP task (InvocationConfig connection), reshapes the rows in an inline Map and
/// returns them to the parent with sfn:sendTaskSuccess. JSONata throughout.</summary>
[StateMachine(StartAt = nameof(InitiateVariables), Comment = "Data Processing Child", QueryLanguage = QueryLanguage.JsonAta)]
public partial class DataProcessingChild
{
    [Pass(Name = "initiate variables", Next = nameof(GetData),
          Assign = """
              {
                "locationId": "{% $states.input.locationId %}",
                "dataType": "{% $states.input.dataType %}",
                "limit": "{% $states.input.limit %}",
                "offset": "{% $states.input.offset %}",
                "childTaskToken": "{% $states.input.childTaskToken %}"
              }
              """)]
    public partial class InitiateVariables;

    [HttpTask(Name = "Get Data", ApiEndpoint = "{% 'api_endpoint'& $locationId &'/get-data' %}", Method = "GET",
              ConnectionArn = "{% 'ConnectionArn' %}", ConnectionField = HttpConnectionField.InvocationConfig,
              Next = nameof(ConvertPageToJsonContent),
              Assign = """
                  {
                    "resultCount": "{% $states.result.ResponseBody.count %}",
                    "nextOffset": "{% $states.result.ResponseBody.count+$number($offset) %}"
                  }
                  """)]
    [QueryParameter("state", "{% $dataType %}")]
    [QueryParameter("limit", "{% $limit %}")]
    [QueryParameter("offset", "{% $offset %}")]
    [Retry("States.ALL", BackoffRate = 2, IntervalSeconds = 1, MaxAttempts = 3, JitterStrategy = "FULL")]
    public partial class GetData;

    [Map(Name = "Convert Page to JSON content", Mode = "INLINE", Processor = typeof(FormatRows),
         Items = "{% $states.input.ResponseBody.results %}", Next = nameof(BuildOutput))]
    public partial class ConvertPageToJsonContent;

    [Branch(StartAt = nameof(FormatRow))]
    public partial class FormatRows
    {
        [Pass(Name = "Format Row", End = true,
              Output = """
                  {
                    "discount_code": "{% $states.input.resourceKey %}",
                    "error_message": "{% $replace($states.input.errors[0].message, '\"', '') %}",
                    "status": "{% $states.input.state %}"
                  }
                  """)]
        public partial class FormatRow;
    }

    [Pass(Name = "output", Next = nameof(SendTaskSuccess),
          Output = """
              {
                "csvContent": "{% $states.input %}",
                "resultCount": "{% $resultCount %}",
                "offset": "{% $nextOffset %}"
              }
              """)]
    public partial class BuildOutput;

    [Task(Resource = "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", End = true,
          Arguments = """{ "Output": "{% $states.input %}", "TaskToken": "{% $childTaskToken %}" }""")]
    public partial class SendTaskSuccess;
}
