using StepGen;

namespace StepGen.RoundTrip;

/// <summary>aws-stepfunctions-examples/usecases/genai-prompt-chaining-hitl: transcribes a video, asks Bedrock and a
/// third-party model (HTTP task) in parallel for a title and description, waits for a human to choose, then
/// generates an avatar with Bedrock.</summary>
[StateMachine(StartAt = nameof(StartTranscriptionJob), Comment = "A description of my state machine")]
public partial class GenAiPromptChaining
{
    [Task(Resource = "arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob", Next = nameof(GetTranscriptionJob),
          ResultPath = "$.TranscriptionJob",
          Parameters = """
              {
                "Media": {
                  "MediaFileUri.$": "States.Format('s3://${bucket}/{}',$.input.key)"
                },
                "TranscriptionJobName.$": "States.Format('${TranscriptionJob}_{}',$$.Execution.Name)",
                "OutputBucketName": "${bucket}",
                "OutputKey.$": "States.Format('output/{}.json',$.input.key)",
                "LanguageCode": "en-US"
              }
              """,
          ResultSelector = """{ "TranscriptionJobName.$": "$.TranscriptionJob.TranscriptionJobName" }""")]
    public partial class StartTranscriptionJob;

    [Task(Resource = "arn:aws:states:::aws-sdk:transcribe:getTranscriptionJob", Next = nameof(Choice),
          ResultPath = "$.TranscriptionJob",
          Parameters = """{ "TranscriptionJobName.$": "$.TranscriptionJob.TranscriptionJobName" }""",
          ResultSelector = """
              {
                "TranscriptionJobName.$": "$.TranscriptionJob.TranscriptionJobName",
                "Transcript.$": "$.TranscriptionJob.Transcript",
                "TranscriptionJobStatus.$": "$.TranscriptionJob.TranscriptionJobStatus"
              }
              """)]
    public partial class GetTranscriptionJob;

    [Choice(Default = nameof(Wait))]
    [When("$.TranscriptionJob.TranscriptionJobStatus == 'COMPLETED'", Next = nameof(ReadTranscript))]
    [When("$.TranscriptionJob.TranscriptionJobStatus == 'FAILED'", Next = nameof(Fail))]
    public partial class Choice;

    [Task(Name = "Read Transcript", Resource = "arn:aws:states:::aws-sdk:s3:getObject", Next = nameof(Pass),
          ResultPath = "$.S3Content",
          Parameters = """{ "Bucket": "${bucket}", "Key.$": "States.Format('output/{}.json',$.input.key)" }""",
          ResultSelector = """{ "Content.$": "States.StringToJson($.Body)" }""")]
    public partial class ReadTranscript;

    [Pass(Next = nameof(Parallel),
          Parameters = """
              {
                "input.$": "$.input",
                "TranscriptionJob.$": "$.TranscriptionJob",
                "Payload.$": "$.S3Content.Content.results.transcripts[0]"
              }
              """)]
    public partial class Pass;

    [Parallel(Branches = new[] { typeof(BedrockBranch), typeof(ThirdPartyBranch) }, ResultPath = "$.parallel",
              Next = nameof(WaitForUserFeedback))]
    public partial class Parallel;

    [Branch(StartAt = nameof(CreateBedrockPrompt))]
    public partial class BedrockBranch
    {
        [Pass(Name = "create Bedrock prompt", Next = nameof(BedrockInvokeModel),
              Parameters = """
                  {
                    "prompt.$": "States.Format('Human:You will create a title and description for the provided video transcript. Transcript:\n{}  \n\n Your response should be formatted as a JSONObject as follows. \\{\"title\":\"title\", \"description\":\"description of the video\"\\} Do not add \"here is a generated ..\" Assistant:', $.Payload.transcript)"
                  }
                  """)]
        public partial class CreateBedrockPrompt;

        [Task(Name = "Bedrock InvokeModel", Resource = "arn:aws:states:::bedrock:invokeModel", End = true,
              ResultPath = "$.Bedrock",
              Parameters = """
                  {
                    "ModelId": "arn:aws:bedrock:${region}::foundation-model/anthropic.claude-v2",
                    "Body": {
                      "prompt.$": "$.prompt",
                      "max_tokens_to_sample": 200
                    }
                  }
                  """,
              ResultSelector = """{ "model_response.$": "$.Body.completion", "model": "anthropic.claude-v2" }""")]
        public partial class BedrockInvokeModel;
    }

    [Branch(StartAt = nameof(CallThirdPartyApi))]
    public partial class ThirdPartyBranch
    {
        [HttpTask(Name = "Call third-party API", ApiEndpoint = "${public_inference_endpoint}", Method = "POST",
                  ConnectionArn = "${eb_connection_arn}", End = true, ResultPath = "$.publicmodel",
                  RequestBody = """
                      {
                        "model": "gpt-3.5-turbo",
                        "messages": [
                          {
                            "role": "system",
                            "content": "You will create a title and description for the provided video transcript. Your response should be formatted as a JSONObject. "
                          },
                          {
                            "role": "user",
                            "content.$": "$.Payload.transcript"
                          }
                        ]
                      }
                      """,
                  ResultSelector = """
                      {
                        "model_response.$": "$.ResponseBody.choices[0].message.content",
                        "model.$": "$.ResponseBody.model"
                      }
                      """)]
        [Header("Content-Type", "application/json")]
        [Retry("States.ALL", BackoffRate = 2, IntervalSeconds = 1, MaxAttempts = 3, JitterStrategy = "FULL")]
        public partial class CallThirdPartyApi;
    }

    [Task(Name = "Wait for user feedback", Resource = "arn:aws:states:::lambda:invoke.waitForTaskToken",
          Next = nameof(ChooseTheTitleAndDescription), ResultPath = "$.UserInput",
          Parameters = """
              {
                "FunctionName": "${send_response_lambda}",
                "Payload": {
                  "type": "message",
                  "input.$": "$.input",
                  "response_payload.$": "$.parallel",
                  "taskToken.$": "$$.Task.Token"
                }
              }
              """)]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2)]
    public partial class WaitForUserFeedback;

    [Choice(Name = "Choose the title and Description", Default = nameof(GenerateAvatar))]
    [When("$.UserInput.approved == 'no' && $.UserInput.message == 'regenerate'", Next = nameof(ReadTranscript))]
    public partial class ChooseTheTitleAndDescription;

    [Task(Name = "Generate Avatar", Resource = "arn:aws:states:::bedrock:invokeModel", Next = nameof(SendCustomAvatarToUser),
          ResultPath = "$.avatar_result",
          Parameters = """
              {
                "ModelId": "arn:aws:bedrock:${region}::foundation-model/stability.stable-diffusion-xl-v0",
                "Body": {
                  "text_prompts": [
                    {
                      "text.$": "States.Format('Generate an avatar of size 300x300 pixel for the video based on the title: {}', $.UserInput.message.title)"
                    }
                  ]
                },
                "Output": {
                  "S3Uri.$": "States.Format('s3://${bucket}/avatar/{}.png', $.input.key)"
                },
                "Accept": "image/png"
              }
              """)]
    public partial class GenerateAvatar;

    [Task(Name = "send custom avatar to user", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload", End = true,
          Parameters = """
              {
                "Payload": {
                  "type": "avatar",
                  "input.$": "$.input",
                  "avatar_uri.$": "$.avatar_result.Body"
                },
                "FunctionName": "${send_response_lambda}"
              }
              """)]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2)]
    public partial class SendCustomAvatarToUser;

    [Wait(Seconds = 60, Next = nameof(GetTranscriptionJob))]
    public partial class Wait;

    [Fail]
    public partial class Fail;
}
