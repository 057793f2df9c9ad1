// Imported by stepgen import from aws-samples/step-functions-workflows-collection/scatter-gather/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(GetQuotes), TimeoutSeconds = 300)]
public partial class ScatterGather
{
    [Map(Name = "Get quotes", ResultPath = "$",
         ResultSelector = """{ "requestId.$": "States.UUID()", "quotes.$": "$" }""", ItemsPath = "$.quoteProviders",
         Iterator = typeof(GetQuotesProcessor), Next = nameof(SaveQuotesToDynamoDB))]
    [Parameter("requestDescription", Path = "$.requestDescription")]
    [Parameter("quoteProvider", Path = "$$.Map.Item.Value")]
    public partial class GetQuotes;

    [Branch(StartAt = nameof(GetQuote))]
    public partial class GetQuotesProcessor
    {
        [Task(Name = "Get quote", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
              Parameters = """
              {
                "FunctionName.$": "$.quoteProvider",
                "Payload": {
                  "requestDescription.$": "$.requestDescription"
                }
              }
              """, End = true)]
        [Catch("States.ALL", Next = nameof(ErrorHandler))]
        public partial class GetQuote;

        [Pass(End = true)]
        [Parameter("quote", Path = "$")]
        public partial class ErrorHandler;
    }

    [Task(Name = "Save quotes to DynamoDB", Resource = "arn:aws:states:::dynamodb:putItem",
          Parameters = """
          {
            "Item": {
              "requestId": {
                "S.$": "$.requestId"
              },
              "quotes": {
                "S.$": "States.JsonToString($.quotes)"
              }
            },
            "TableName": "ScatterGatherStack-Quotes4DCFF1CF-M5K0TUIFX7XN"
          }
          """, End = true)]
    public partial class SaveQuotesToDynamoDB;
}
