using StepGen.Tool.Sources;

namespace StepGen.Tool.Tests.Sources;

public sealed class CloudFormationSourceTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static FoundDefinition Single(SourceReadResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Definitions);
    }

    [Fact]
    public void SAM_YAML_Definition_is_converted_with_intrinsics_as_placeholders_and_literal_substitutions_applied()
    {
        const string template = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Greeter:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
              GreetingMachine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Name: greeting-flow
                  DefinitionSubstitutions:
                    Salutation: Howdy
                    Attempts: 3
                    TopicArn: !Ref AlertTopic
                  Definition:
                    Comment: Says ${Salutation}
                    StartAt: Greet
                    States:
                      Greet:
                        Type: Task
                        Resource: !GetAtt Greeter.Arn
                        Retry:
                          - ErrorEquals: [States.ALL]
                            MaxAttempts: 2
                        Next: Tell
                      Tell:
                        Type: Task
                        Resource: arn:aws:states:::sns:publish
                        Parameters:
                          TopicArn: ${TopicArn}
                          Message: !Sub "hello from ${AWS::Region}"
                        End: true
            """;
        string path = _tree.Write("sam/template.yaml", template);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal(path, found.File);
        Assert.Equal("GreetingMachine", found.Name);
        Assert.Equal("greeting-flow", found.MachineName);
        SourceAssert.JsonEqual("""
            {"Comment": "Says Howdy", "StartAt": "Greet", "States": {
              "Greet": {"Type": "Task", "Resource": "${Greeter_Arn}", "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], "Next": "Tell"},
              "Tell": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                       "Parameters": {"TopicArn": "${TopicArn}", "Message": "hello from ${AWS__Region}"}, "End": true}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(template, "Tell:"), SourceAssert.MappedPosition(found, "\"Tell\":{", 1));
        Assert.Equal(SourceAssert.PositionIn(template, "MaxAttempts"), SourceAssert.MappedPosition(found, "MaxAttempts"));
        Assert.Equal(SourceAssert.PositionIn(template, "2\n", occurrence: 1), SourceAssert.MappedPosition(found, "\"MaxAttempts\":2", 14));
        Assert.Equal(SourceAssert.PositionIn(template, "Greeter.Arn"), SourceAssert.MappedPosition(found, "${Greeter_Arn}"));
        Assert.Equal(SourceAssert.PositionIn(template, "${Salutation}"), SourceAssert.MappedPosition(found, "Howdy"));
        Assert.Equal(SourceAssert.PositionIn(template, "from ${AWS::Region}"), SourceAssert.MappedPosition(found, "from ${AWS__Region}"));
    }

    [Fact]
    public void CloudFormation_YAML_DefinitionString_Sub_of_a_block_scalar_maps_each_line()
    {
        const string template = """
            Resources:
              Orders:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  StateMachineName: !Sub "${AWS::StackName}-orders"
                  DefinitionSubstitutions:
                    QueueUrl: https://sqs.example/queue
                  DefinitionString: !Sub
                    - |-
                      {
                        "StartAt": "Charge",
                        "States": {
                          "Charge": {"Type": "Task", "Resource": "${ChargeArn}", "Next": "Queue"},
                          "Queue": {"Type": "Task", "Resource": "arn:${AWS::Partition}:states:::sqs:sendMessage",
                                    "Parameters": {"QueueUrl": "${!QueueUrl}", "MessageBody.$": "$"}, "End": true}
                        }
                      }
                    - ChargeArn: !GetAtt [ChargeFunction, Arn]
            """;
        string path = _tree.Write("cfn.yaml", template);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("Orders", found.Name);
        Assert.Null(found.MachineName);
        SourceAssert.JsonEqual("""
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "${ChargeArn}", "Next": "Queue"},
              "Queue": {"Type": "Task", "Resource": "arn:${AWS__Partition}:states:::sqs:sendMessage",
                        "Parameters": {"QueueUrl": "https://sqs.example/queue", "MessageBody.$": "$"}, "End": true}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(template, "\"Queue\": {"), SourceAssert.MappedPosition(found, "\"Queue\": {"));
        Assert.Equal(SourceAssert.PositionIn(template, "MessageBody"), SourceAssert.MappedPosition(found, "MessageBody"));
        Assert.Equal(SourceAssert.PositionIn(template, "${ChargeArn}"), SourceAssert.MappedPosition(found, "${ChargeArn}"));
        Assert.Equal(SourceAssert.PositionIn(template, "${!QueueUrl}"), SourceAssert.MappedPosition(found, "https://sqs"));
    }

    [Fact]
    public void CloudFormation_JSON_DefinitionString_maps_through_the_escapes()
    {
        const string template = """
            {
              "Resources": {
                "Tidy": {
                  "Type": "AWS::StepFunctions::StateMachine",
                  "Properties": {
                    "StateMachineName": "tidy-up",
                    "DefinitionString": "{\n  \"StartAt\": \"Sweep\",\n  \"States\": {\"Sweep\": {\"Type\": \"Wait\", \"Seconds\": ${Pause}, \"End\": true}}\n}",
                    "DefinitionSubstitutions": {"Pause": 45}
                  }
                }
              }
            }
            """;
        string path = _tree.Write("tidy.template", template);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("tidy-up", found.MachineName);
        SourceAssert.JsonEqual("""{"StartAt": "Sweep", "States": {"Sweep": {"Type": "Wait", "Seconds": 45, "End": true}}}""", found.Text);
        // "Wait" sits behind escaped quotes in the template: its W is found through the escapes.
        Assert.Equal(SourceAssert.PositionIn(template, "Wait"), SourceAssert.MappedPosition(found, "Wait"));
        Assert.Equal(SourceAssert.PositionIn(template, "${Pause}"), SourceAssert.MappedPosition(found, "45"));
        Assert.Equal(SourceAssert.PositionIn(template, "\\\"Sweep\\\": {", 2), SourceAssert.MappedPosition(found, "Sweep\": {"));
    }

    [Fact]
    public void CDK_style_Fn_Join_makes_placeholders_of_Ref_and_GetAtt()
    {
        const string template = """
            {
             "Resources": {
              "FlowRole1A2B3C": {"Type": "AWS::IAM::Role"},
              "Flow4D5E6F": {
               "Type": "AWS::StepFunctions::StateMachine",
               "Properties": {
                "DefinitionString": {
                 "Fn::Join": [
                  "",
                  [
                   "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\"arn:",
                   {"Ref": "AWS::Partition"},
                   ":states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"",
                   {"Fn::GetAtt": ["WorkerFnAB12", "Arn"]},
                   "\",\"Payload.$\":\"$\"},\"Next\":\"Pick\"},\"Pick\":{\"Type\":\"Pass\",\"Result\":\"",
                   {"Fn::ImportValue": "shared-PickerName"},
                   "\",\"End\":true}}}"
                  ]
                 ]
                },
                "RoleArn": {"Fn::GetAtt": ["FlowRole1A2B3C", "Arn"]}
               }
              }
             }
            }
            """;
        string path = _tree.Write("cdk.out/MyStack.template.json", template);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("Flow4D5E6F", found.Name);
        SourceAssert.JsonEqual("""
            {"StartAt": "Work", "States": {
              "Work": {"Type": "Task", "Resource": "arn:${AWS__Partition}:states:::lambda:invoke",
                       "Parameters": {"FunctionName": "${WorkerFnAB12_Arn}", "Payload.$": "$"}, "Next": "Pick"},
              "Pick": {"Type": "Pass", "Result": "${ImportValue_shared_PickerName}", "End": true}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(template, "Payload.$"), SourceAssert.MappedPosition(found, "Payload.$"));
        Assert.Equal(SourceAssert.PositionIn(template, "\"WorkerFnAB12\""), SourceAssert.MappedPosition(found, "${WorkerFnAB12_Arn}"));
        Assert.Equal(SourceAssert.PositionIn(template, "{\"Fn::ImportValue\""), SourceAssert.MappedPosition(found, "${ImportValue"));
    }

    [Fact]
    public void DefinitionUri_reads_the_file_next_to_the_template_with_substitutions()
    {
        const string asl = """
            {
              "StartAt": "Store",
              "States": {
                "Store": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "${TableName}", "Item": {"id": {"S.$": "$.id"}}}, "Next": "Notify"},
                "Notify": {"Type": "Task", "Resource": "${NotifierArn}", "End": true}
              }
            }
            """;
        const string template = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              StoreMachine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: ./statemachine/store.asl.json
                  DefinitionSubstitutions:
                    TableName: items-table
                    NotifierArn: !GetAtt Notifier.Arn
            """;
        _tree.Write("app/statemachine/store.asl.json", asl);
        string path = _tree.Write("app/template.yml", template);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal(Path.Combine(_tree.PathOf("app"), "statemachine", "store.asl.json"), found.File);
        Assert.Equal("StoreMachine", found.Name);
        SourceAssert.JsonEqual(asl.Replace("${TableName}", "items-table", StringComparison.Ordinal), found.Text);
        Assert.Equal(SourceAssert.PositionIn(asl, "Notify\": {"), SourceAssert.MappedPosition(found, "Notify\": {"));
        Assert.Equal(SourceAssert.PositionIn(asl, "${TableName}"), SourceAssert.MappedPosition(found, "items-table"));
        Assert.Equal(SourceAssert.PositionIn(asl, "${NotifierArn}"), SourceAssert.MappedPosition(found, "${NotifierArn}"));
    }

    [Fact]
    public void DefinitionUri_may_name_a_YAML_definition()
    {
        const string asl = "StartAt: Hold\nStates:\n  Hold:\n    Type: Wait\n    Seconds: ${Delay}\n    End: true\n";
        _tree.Write("flow.yaml", asl);
        string path = _tree.Write("template.yaml", "Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: flow.yaml\n      DefinitionSubstitutions: {Delay: 5}\n");

        FoundDefinition found = Single(DefinitionSources.Read(path));

        // The substitution applies inside the string; a number as text stays a string in YAML's "${Delay}".
        SourceAssert.JsonEqual("""{"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": "5", "End": true}}}""", found.Text);
        Assert.Equal(SourceAssert.PositionIn(asl, "Wait"), SourceAssert.MappedPosition(found, "Wait"));
    }

    [Fact]
    public void Fn_Sub_with_variables_and_other_intrinsics_in_a_Definition_object()
    {
        const string template = """
            Resources:
              M:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  Definition:
                    StartAt: A
                    States:
                      A:
                        Type: Task
                        Resource: !Sub
                          - "arn:aws:lambda:${Region}:${AWS::AccountId}:function:${Fn}"
                          - Region: eu-west-1
                            Fn: !If [IsProd, !Ref ProdFnName, dev-fn]
                        TimeoutSeconds: !If [IsProd, 30, 60]
                        End: true
            """;
        string path = _tree.Write("t.yaml", template);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        SourceAssert.JsonEqual("""
            {"StartAt": "A", "States": {"A": {"Type": "Task",
              "Resource": "arn:aws:lambda:eu-west-1:${AWS__AccountId}:function:${Fn}",
              "TimeoutSeconds": "${If_IsProd_30}", "End": true}}}
            """, found.Text);
    }

    [Fact]
    public void A_missing_DefinitionUri_file_is_an_error_at_the_DefinitionUri_value()
    {
        const string template = "Resources:\n  Lost:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: machines/lost.asl.json\n";
        string path = _tree.Write("template.yaml", template);

        SourceReadResult result = DefinitionSources.Read(path);

        Assert.Empty(result.Definitions);
        SourceError error = Assert.Single(result.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(SourceAssert.PositionIn(template, "machines/lost"), error.Position);
        Assert.Contains("machines/lost.asl.json, which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_a_state_machine_named_explicitly_is_an_error()
    {
        string path = _tree.Write("bucket.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n");
        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);
        Assert.Contains("holds no state machine", error.Message, StringComparison.Ordinal);
        Assert.Contains("AWS::StepFunctions::StateMachine", error.Message, StringComparison.Ordinal);
        Assert.Equal(new FilePosition(1, 1), error.Position);
    }

    [Fact]
    public void Definitions_in_S3_and_computed_definitions_are_reported()
    {
        const string template = """
            Resources:
              InS3:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionS3Location: {Bucket: b, Key: k}
              FromParameter:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString: !Ref DefinitionText
              SamS3:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key.json
            """;
        string path = _tree.Write("t.yaml", template);

        SourceReadResult result = DefinitionSources.Read(path);

        Assert.Empty(result.Definitions);
        Assert.Collection(result.Errors,
            e => Assert.Contains("DefinitionS3Location", e.Message, StringComparison.Ordinal),
            e =>
            {
                Assert.Contains("DefinitionString of FromParameter is Ref", e.Message, StringComparison.Ordinal);
                Assert.Equal(SourceAssert.PositionIn(template, "!Ref DefinitionText"), e.Position);
            },
            e => Assert.Contains("s3://bucket/key.json", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bad.json", "{\n  \"Resources\": {\n    \"A\": 1,\n  }\n}\n", "not JSON: trailing comma", 4, 3)]
    [InlineData("bad.yaml", "Resources:\n  A: [1, 2\n", "not YAML: a flow collection", 2, 6)]
    [InlineData("bad.template", "{\"a\": }", "not JSON or YAML", 1, 7)]
    public void A_file_that_is_not_JSON_or_YAML_says_where_parsing_stopped(string name, string text, string message, int line, int column)
    {
        string path = _tree.Write(name, text);
        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(new FilePosition(line, column), error.Position);
    }
}
