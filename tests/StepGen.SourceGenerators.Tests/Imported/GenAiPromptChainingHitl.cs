// Imported by stepgen import from aws-samples/aws-stepfunctions-examples/usecases/genai-prompt-chaining-hitl/src/workflow.asl.json at 88855b62216b.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(StartTranscriptionJob), Comment = "A description of my state machine")]
public partial class GenAiPromptChainingHitl
{
    [Task(Resource = "arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob", ResultPath = "$.TranscriptionJob",
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
          """, ResultSelector = """{ "TranscriptionJobName.$": "$.TranscriptionJob.TranscriptionJobName" }""",
          Next = nameof(GetTranscriptionJob))]
    public partial class StartTranscriptionJob;

    [Task(Resource = "arn:aws:states:::aws-sdk:transcribe:getTranscriptionJob", ResultPath = "$.TranscriptionJob",
          ResultSelector = """
          {
            "TranscriptionJobName.$": "$.TranscriptionJob.TranscriptionJobName",
            "Transcript.$": "$.TranscriptionJob.Transcript",
            "TranscriptionJobStatus.$": "$.TranscriptionJob.TranscriptionJobStatus"
          }
          """, Next = nameof(Choice))]
    [Parameter("TranscriptionJobName", Path = "$.TranscriptionJob.TranscriptionJobName")]
    public partial class GetTranscriptionJob;

    [Choice(Default = nameof(Wait))]
    [When("$.TranscriptionJob.TranscriptionJobStatus == 'COMPLETED'", Next = nameof(ReadTranscript))]
    [When("$.TranscriptionJob.TranscriptionJobStatus == 'FAILED'", Next = nameof(Fail))]
    public partial class Choice;

    [Task(Name = "Read Transcript", Resource = "arn:aws:states:::aws-sdk:s3:getObject", ResultPath = "$.S3Content",
          Parameters = """{ "Bucket": "${bucket}", "Key.$": "States.Format('output/{}.json',$.input.key)" }""",
          ResultSelector = """{ "Content.$": "States.StringToJson($.Body)" }""", Next = nameof(Pass))]
    public partial class ReadTranscript;

    [Pass(Next = nameof(Parallel))]
    [Parameter("input", Path = "$.input")]
    [Parameter("TranscriptionJob", Path = "$.TranscriptionJob")]
    [Parameter("Payload", Path = "$.S3Content.Content.results.transcripts[0]")]
    public partial class Pass;

    [Parallel(ResultPath = "$.parallel",
              Branches = new[] { typeof(CreateBedrockPromptBranch), typeof(CallThirdPartyAPIBranch) },
              Next = nameof(WaitForUserFeedback))]
    public partial class Parallel;

    [Branch(StartAt = nameof(CreateBedrockPrompt))]
    public partial class CreateBedrockPromptBranch
    {
        [Pass(Name = "create Bedrock prompt", Next = nameof(BedrockInvokeModel))]
        [Parameter("prompt",
                   Path = "States.Format('Human:You will create a title and description for the provided video transcript. Transcript:\n{}  \n\n Your response should be formatted as a JSONObject as follows. \\{\"title\":\"title\", \"description\":\"description of the video\"\\} Do not add \"here is a generated ..\" Assistant:', $.Payload.transcript)")]
        public partial class CreateBedrockPrompt;

        [Task(Name = "Bedrock InvokeModel", Resource = "arn:aws:states:::bedrock:invokeModel", ResultPath = "$.Bedrock",
              Parameters = """
              {
                "ModelId": "arn:aws:bedrock:${region}::foundation-model/anthropic.claude-v2",
                "Body": {
                  "prompt.$": "$.prompt",
                  "max_tokens_to_sample": 200
                }
              }
              """, ResultSelector = """{ "model_response.$": "$.Body.completion", "model": "anthropic.claude-v2" }""",
              End = true)]
        public partial class BedrockInvokeModel;
    }

    [Branch(StartAt = nameof(CallThirdPartyAPI))]
    public partial class CallThirdPartyAPIBranch
    {
        [HttpTask(Name = "Call third-party API", ApiEndpoint = "${public_inference_endpoint}", Method = "POST",
                  ConnectionArn = "${eb_connection_arn}", ResultPath = "$.publicmodel",
                  ResultSelector = """
                  {
                    "model_response.$": "$.ResponseBody.choices[0].message.content",
                    "model.$": "$.ResponseBody.model"
                  }
                  """, RequestBody = """
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
                  """, End = true)]
        [Header("Content-Type", "application/json")]
        [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0, JitterStrategy = "FULL")]
        public partial class CallThirdPartyAPI;
    }

    [Task(Name = "Wait for user feedback", Resource = "arn:aws:states:::lambda:invoke.waitForTaskToken",
          ResultPath = "$.UserInput",
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
          """, Next = nameof(ChooseTheTitleAndDescription))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class WaitForUserFeedback;

    [Choice(Name = "Choose the title and Description", Default = nameof(GenerateAvatar))]
    [When("$.UserInput.approved == 'no' && $.UserInput.message == 'regenerate'", Next = nameof(ReadTranscript))]
    public partial class ChooseTheTitleAndDescription;

    [Task(Name = "Generate Avatar", Resource = "arn:aws:states:::bedrock:invokeModel", ResultPath = "$.avatar_result",
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
          """, Next = nameof(SendCustomAvatarToUser))]
    public partial class GenerateAvatar;

    [Task(Name = "send custom avatar to user", Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload",
          Parameters = """
          {
            "Payload": {
              "type": "avatar",
              "input.$": "$.input",
              "avatar_uri.$": "$.avatar_result.Body"
            },
            "FunctionName": "${send_response_lambda}"
          }
          """, End = true)]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
           IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0)]
    public partial class SendCustomAvatarToUser;

    [Wait(Seconds = 60, Next = nameof(GetTranscriptionJob))]
    public partial class Wait;

    [Fail]
    public partial class Fail;
}
