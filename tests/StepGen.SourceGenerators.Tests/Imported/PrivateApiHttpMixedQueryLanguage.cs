// Imported by stepgen import from aws-samples/sample-private-integrations-aws-stepfunctions-eventbridge/lib/workflows/private-api.asl.json at 21ee85c1d7cd.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ProcessData),
              Comment = "Workflow for processing data with Bedrock and classifying reviews")]
public partial class PrivateApiHttpMixedQueryLanguage
{
    [Map(ItemsPath = "$.items", MaxConcurrency = 100, Processor = typeof(ProcessDataProcessor), Mode = "DISTRIBUTED",
         ExecutionType = "STANDARD", End = true)]
    public partial class ProcessData;

    [Branch(StartAt = nameof(InvokeBedrockAPI))]
    public partial class ProcessDataProcessor
    {
        [Task(Resource = "arn:aws:states:::bedrock:invokeModel",
              Parameters = """
              {
                "ModelId": "amazon.nova-micro-v1:0",
                "ContentType": "application/json",
                "Body": {
                  "messages": [
                    {
                      "role": "user",
                      "content": [
                        {
                          "text.$": "$.reviewText"
                        }
                      ]
                    }
                  ],
                  "inferenceConfig": {
                    "max_new_tokens": 300,
                    "top_p": 0.9,
                    "top_k": 20,
                    "temperature": 1.0
                  },
                  "system": [
                    {
                      "text": "Act as a reviewer. When the user provides you with a reviewText, please analyze and provide a single word answer - fake or real"
                    }
                  ]
                }
              }
              """, Next = nameof(ClassifyReview))]
        public partial class InvokeBedrockAPI;

        [Choice(Default = nameof(CallHTTPEndpoint))]
        [When("$.Body.output.message.content[0].text like '*fake*'", Next = nameof(PublishToEventBridge))]
        [When("$.Body.output.message.content[0].text like '*real*'", Next = nameof(CallHTTPEndpoint))]
        public partial class ClassifyReview;

        [Task(Resource = "arn:aws:states:::events:putEvents",
              Parameters = """
              {
                "Entries": [
                  {
                    "Source": "review.analyzer",
                    "DetailType": "Fake Review findings",
                    "Detail": {
                      "originalInput.$": "$$.Execution.Input",
                      "analysis.$": "$.Body.output.message.content[0].text"
                    },
                    "EventBusName": "${EventBusName}"
                  }
                ]
              }
              """, End = true)]
        public partial class PublishToEventBridge;

        [HttpTask(QueryLanguage = QueryLanguage.JsonAta, ApiEndpoint = "${EndpointUrl}", Method = "GET",
                  ConnectionArn = "${ConnectionArn}", ConnectionField = HttpConnectionField.InvocationConfig, End = true)]
        [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0, JitterStrategy = "FULL")]
        public partial class CallHTTPEndpoint;
    }
}
