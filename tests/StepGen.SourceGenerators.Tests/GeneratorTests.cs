using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Tests;

public class GeneratorTests
{
    [Fact]
    public void SlackNotification_GeneratesTheWriteUpsAsl()
    {
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(Samples.Slack);
        TestCompilation.AssertNoErrors(output);
        Assert.Empty(result.Diagnostics);

        // The definition of the first write-up, written from the ASL spec and the HTTP task documentation.
        Json.Equal("""
            {
              "Comment": "Send a slack notification via sf",
              "StartAt": "FirstStep",
              "States": {
                "FirstStep": {
                  "Type": "Pass",
                  "Result": { "type": "INFO", "text": "Message from Step Functions" },
                  "ResultPath": "$.notificationData",
                  "Next": "SendNotification"
                },
                "SendNotification": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {
                    "ApiEndpoint": "https://hooks.slack.com/triggers/11111111/2222222222/33333333333",
                    "Method": "POST",
                    "Authentication": { "ConnectionArn": "${SlackConnectionArn}" },
                    "RequestBody": {
                      "text.$": "$.notificationData.text",
                      "type.$": "$.notificationData.type"
                    }
                  },
                  "Next": "LastStep"
                },
                "LastStep": { "Type": "Succeed" }
              }
            }
            """, TestCompilation.Constant(output, "StepGen.Samples.SlackNotification", "Asl"));
        Assert.Equal("SlackNotification", TestCompilation.Constant(output, "StepGen.Samples.SlackNotification", "Name"));
        Assert.Equal("SendNotification", TestCompilation.Constant(output, "StepGen.Samples.SlackNotification+SendNotification", "Name"));
    }

    [Fact]
    public void SlackNotification_PolicyAllowsOnlyThePostToTheWebhookAndTheConnection()
    {
        (Compilation output, _) = TestCompilation.Generate(Samples.Slack);
        Json.Equal("""
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "InvokeHttpEndpoint1",
                  "Effect": "Allow",
                  "Action": ["states:InvokeHTTPEndpoint"],
                  "Resource": ["arn:aws:states:*:*:stateMachine:SlackNotification"],
                  "Condition": {
                    "StringEquals": {
                      "states:HTTPMethod": ["POST"],
                      "states:HTTPEndpoint": "https://hooks.slack.com/triggers/11111111/2222222222/33333333333"
                    }
                  }
                },
                {
                  "Sid": "RetrieveConnectionCredentials",
                  "Effect": "Allow",
                  "Action": ["events:RetrieveConnectionCredentials"],
                  "Resource": ["${SlackConnectionArn}"]
                },
                {
                  "Sid": "ReadConnectionSecrets",
                  "Effect": "Allow",
                  "Action": ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"],
                  "Resource": ["${SlackConnectionSecretArn}"]
                }
              ]
            }
            """, TestCompilation.Constant(output, "StepGen.Samples.SlackNotification", "IamPolicy"));
    }

    [Fact]
    public void Substitutions_ListEveryPlaceholderOnce()
    {
        (Compilation output, _) = TestCompilation.Generate(Samples.Pipeline, "namespace Probe { public static class P { public static System.Collections.Generic.IReadOnlyList<string> S => StepGen.Samples.NightlyDataPipeline.Substitutions; } }");
        TestCompilation.AssertNoErrors(output);
        string generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(".StepGen.g.cs", StringComparison.Ordinal)).ToString();
        // SupportConnectionSecretArn is the policy's: the connection's secret, which the deploy template knows beside it.
        foreach (string name in new[] { "ExtractFunctionArn", "LoadFunctionArn", "SupportConnectionArn", "SupportConnectionSecretArn", "TransformFunctionArn" })
        {
            Assert.Contains($"\"{name}\",", generated);
        }

        int start = generated.IndexOf("Substitutions { get; }", StringComparison.Ordinal);
        Assert.Equal(5, generated.Substring(start).Split("Arn\",").Length - 1);
    }

    [Fact]
    public void NightlyPipeline_CatchesIntoTheTicketAndFailsWithTheOverriddenName()
    {
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(Samples.Pipeline);
        TestCompilation.AssertNoErrors(output);
        JsonNode asl = Json.Parse(TestCompilation.Constant(output, "StepGen.Samples.NightlyDataPipeline", "Asl"));

        Assert.Equal("ExtractData", (string?)asl["StartAt"]);
        Assert.Equal(7200, (int)asl["TimeoutSeconds"]!);
        JsonObject states = asl["States"]!.AsObject();
        Assert.Equal(new[] { "ExtractData", "TransformData", "LoadData", "PipelineSucceeded", "CreateSupportTicket", "Data Pipeline Failed!" }, states.Select(s => s.Key));

        Json.Equal("""
            {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "${ExtractFunctionArn}", "Payload.$": "$" },
              "OutputPath": "$.Payload",
              "Retry": [
                {
                  "ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
                  "IntervalSeconds": 2,
                  "MaxAttempts": 6,
                  "BackoffRate": 2
                }
              ],
              "Catch": [
                { "ErrorEquals": ["States.ALL"], "ResultPath": "$.Payload.error", "Next": "CreateSupportTicket" }
              ],
              "Next": "TransformData"
            }
            """, states["ExtractData"]!.ToJsonString());

        Json.Equal("""
            {
              "Type": "Task",
              "Resource": "arn:aws:states:::http:invoke",
              "Parameters": {
                "ApiEndpoint": "https://support.example.com/api/v1/support/tickets",
                "Method": "POST",
                "Authentication": { "ConnectionArn": "${SupportConnectionArn}" },
                "Headers": { "Content-Type": "application/json" },
                "QueryParameters": { "sentAutoResponder": "false" },
                "RequestBody": {
                  "subject": "Nightly data pipeline failed",
                  "priority": 2,
                  "tags": ["data-pipeline", "nightly"],
                  "description.$": "States.Format('The nightly pipeline failed: {}', $.Payload.error.Cause)"
                }
              },
              "Next": "Data Pipeline Failed!"
            }
            """, states["CreateSupportTicket"]!.ToJsonString());

        Json.Equal("""
            { "Type": "Fail", "Error": "DataPipelineFailed", "Cause": "A step of the nightly data pipeline failed; a support ticket was opened." }
            """, states["Data Pipeline Failed!"]!.ToJsonString());
        Assert.Equal("Data Pipeline Failed!", TestCompilation.Constant(output, "StepGen.Samples.NightlyDataPipeline+DataPipelineFailed", "Name"));
    }

    [Fact]
    public void NightlyPipeline_PolicyScopesLambdaAndTheTicketPost()
    {
        (Compilation output, _) = TestCompilation.Generate(Samples.Pipeline);
        JsonNode policy = Json.Parse(TestCompilation.Constant(output, "StepGen.Samples.NightlyDataPipeline", "IamPolicy"));
        JsonArray statements = policy["Statement"]!.AsArray();

        JsonNode lambda = statements.Single(s => (string?)s!["Sid"] == "InvokeLambdaFunctions")!;
        Json.Equal("""["lambda:InvokeFunction"]""", lambda["Action"]!.ToJsonString());
        Json.Equal("""
            ["${ExtractFunctionArn}", "${ExtractFunctionArn}:*", "${LoadFunctionArn}", "${LoadFunctionArn}:*", "${TransformFunctionArn}", "${TransformFunctionArn}:*"]
            """, lambda["Resource"]!.ToJsonString());

        JsonNode http = statements.Single(s => (string?)s!["Sid"] == "InvokeHttpEndpoint1")!;
        Json.Equal("""
            { "StringEquals": { "states:HTTPMethod": ["POST"], "states:HTTPEndpoint": "https://support.example.com/api/v1/support/tickets" } }
            """, http["Condition"]!.ToJsonString());
        PolicyAssert.LeastPrivilege(policy);
    }

    [Fact]
    public void EveryUserString_IsEscapedSoItRoundTrips()
    {
        string nasty = "quote \" backslash \\ tab \t newline \n nul \0 bell \a del \u007f nel \u0085 ls \u2028 é 日本 😀 end";
        string csharp = nasty.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\0", "\\0").Replace("\a", "\\a")
            .Replace("\u007f", "\\u007f").Replace("\u0085", "\\u0085").Replace("\u2028", "\\u2028");
        string source = $$"""
            using StepGen;
            [StateMachine(StartAt = nameof(A), Comment = "{{csharp}}")]
            public partial class M
            {
                [Pass(Comment = "{{csharp}}", End = true)]
                [Parameter("{{csharp}}", "{{csharp}}")]
                public partial class A;
            }
            """;
        (Compilation output, _) = TestCompilation.Generate(source);
        TestCompilation.AssertNoErrors(output);
        JsonNode asl = Json.Parse(TestCompilation.Constant(output, "M", "Asl"));
        Assert.Equal(nasty, (string?)asl["Comment"]);
        Assert.Equal(nasty, (string?)asl["States"]!["A"]!["Comment"]);
        Assert.Equal(nasty, (string?)asl["States"]!["A"]!["Parameters"]![nasty]);
    }

    [Fact]
    public void MachineInNamespaceAndContainingClass_GetsItsMembers()
    {
        string source = """
            using StepGen;
            namespace Company.Flows
            {
                public static partial class Outer
                {
                    [StateMachine(StartAt = nameof(Only), Name = "renamed-machine")]
                    public partial class Inner
                    {
                        [Succeed(Name = "All done")] public partial class Only;
                    }
                }
            }
            """;
        (Compilation output, _) = TestCompilation.Generate(source);
        TestCompilation.AssertNoErrors(output);
        Assert.Equal("renamed-machine", TestCompilation.Constant(output, "Company.Flows.Outer+Inner", "Name"));
        Assert.Equal("All done", TestCompilation.Constant(output, "Company.Flows.Outer+Inner+Only", "Name"));
        Assert.Equal("All done", (string?)Json.Parse(TestCompilation.Constant(output, "Company.Flows.Outer+Inner", "Asl"))["StartAt"]);
    }

    [Theory]
    [InlineData("""[StateMachine(Comment = "no start")] public partial class M { [Succeed] public partial class A; }""")]
    [InlineData("""[StateMachine(StartAt = nameof(A))] public partial class M { [Pass(Result = "{ \"a\": 1,, }", End = true)] public partial class A; }""")]
    [InlineData("""[StateMachine(StartAt = nameof(A))] public partial class M { [Pass(Next = "Finsh")] public partial class A; }""")]
    [InlineData("""[StateMachine(StartAt = "Nowhere")] public partial class M { }""")]
    public void DefinitionWithErrors_StillGeneratesMembersThatCompile(string machine)
    {
        string source = "using StepGen;\n" + machine + "\npublic static class Reader { public static string Read() => M.Asl + M.IamPolicy + M.Mermaid + M.Name + M.Substitutions.Count; }";
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(source);
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        TestCompilation.AssertNoErrors(output);
        Json.Parse(TestCompilation.Constant(output, "M", "Asl"));
        Assert.StartsWith("flowchart TD\n", TestCompilation.Constant(output, "M", "Mermaid"), StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_IsTheDiagramOfTheGeneratedAsl_ForEverySample()
    {
        (Compilation output, _) = TestCompilation.Generate(Samples.All);
        foreach (string type in new[] { "SlackNotification", "PlainGet", "NightlyDataPipeline", "OrderFulfillment" })
        {
            string asl = TestCompilation.Constant(output, "StepGen.Samples." + type, "Asl");
            var definition = (StepGen.Asl.Json.JsonObject)StepGen.Asl.Json.JsonParser.Parse(asl).Value!;

            // The constant survives the trip through a C# literal exactly: same text as drawing the ASL here.
            Assert.Equal(StepGen.Asl.Graph.MermaidDiagram.Write(definition), TestCompilation.Constant(output, "StepGen.Samples." + type, "Mermaid"));
        }
    }

    [Fact]
    public void Readme_ShowsTheOrderFulfillmentDiagramAsStepGenGeneratesIt()
    {
        string readme = File.ReadAllText(Path.Combine(StepGen.Package.Tests.Infrastructure.RepositoryLayout.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        System.Text.RegularExpressions.Match block = System.Text.RegularExpressions.Regex.Match(readme, "```mermaid\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(block.Success, "the README has no ```mermaid block");

        (Compilation output, _) = TestCompilation.Generate(Samples.All);
        Assert.Equal(TestCompilation.Constant(output, "StepGen.Samples.OrderFulfillment", "Mermaid"), block.Groups[1].Value);
    }

    [Fact]
    public void StateClassNamedMermaid_KeepsItsNameConstant_AndTheMachineGoesWithoutTheDiagram()
    {
        // Mermaid came after the first release: a machine that already had a state class of that name must still build.
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(Mermaid))]
            public partial class M { [Succeed] public partial class Mermaid; }
            public static class Reader { public static string Read() => M.Mermaid.Name + M.Asl; }
            """;
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(source);
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        TestCompilation.AssertNoErrors(output);
        Assert.Equal("Mermaid", TestCompilation.Constant(output, "M+Mermaid", "Name"));
        Assert.Empty(output.GetTypeByMetadataName("M")!.GetMembers("Mermaid").Where(m => m is IFieldSymbol));
    }

    [Fact]
    public void NonPartialMachine_GeneratesNothingAndDoesNotBreakTheBuild()
    {
        string source = "using StepGen; [StateMachine(StartAt = nameof(A))] public class M { [Succeed] public partial class A; }";
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(source);
        // Only what every compilation gets: the definition of Microsoft.CodeAnalysis.EmbeddedAttribute.
        Assert.All(result.GeneratedTrees, tree => Assert.EndsWith("EmbeddedAttribute.cs", tree.FilePath, StringComparison.Ordinal));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS0260");
    }

    [Fact]
    public void LargeDefinition_CompilesAsOneConstant()
    {
        // 30,000 JSON lines: a '+' chain of that length would nest 30,000 expressions deep in the compiler.
        string result = "{" + string.Join(",", Enumerable.Range(0, 30000).Select(i => $"\\\"k{i}\\\": {i}")) + "}";
        (Compilation output, GeneratorDriverRunResult run) = TestCompilation.Generate(
            $$"""using StepGen; [StateMachine(StartAt = "A")] public partial class M { [Pass(Result = "{{result}}", End = true)] public partial class A; }""");
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        TestCompilation.AssertNoErrors(output);
        JsonNode asl = Json.Parse(TestCompilation.Constant(output, "M", "Asl"));
        Assert.Equal(29999, (int)asl["States"]!["A"]!["Result"]!["k29999"]!);

        // A Result that large is not worth a record: it stays a JsonElement.
        Assert.Null(output.GetTypeByMetadataName("M+AResult"));
    }

    [Fact]
    public void Output_IsDeterministic()
    {
        string first = TestCompilation.Generate(Samples.Pipeline).Result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".StepGen.g.cs", StringComparison.Ordinal)).ToString();
        string second = TestCompilation.Generate(Samples.Pipeline).Result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".StepGen.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
    }
}
