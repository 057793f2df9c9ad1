using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Choice, Wait, Parallel, Map, JSONata and reusable HTTP endpoints: each construct's generated ASL is compared as
/// a JSON value with a definition written by hand from the Amazon States Language specification.
/// </summary>
public class StateLanguageTests
{
    private static JsonNode Asl(string source, string machine = "M")
    {
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate("using StepGen;\n" + source);
        Assert.Empty(result.Diagnostics);
        TestCompilation.AssertNoErrors(output);
        return Json.Parse(TestCompilation.Constant(output, machine, "Asl"));
    }

    private static async Task AssertNoDiagnostics(string source)
    {
        var diagnostics = await TestCompilation.AnalyzeAsync("using StepGen;\n" + source);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task Choice_CompilesConditionsIntoRulesInOrder()
    {
        string source = """
            [StateMachine(StartAt = nameof(Route))]
            public partial class M
            {
                [Choice(Default = nameof(Other))]
                [When("$.type == 'ERROR' && $.count >= 3", Next = nameof(Alert))]
                [When("!ispresent($.owner) || $.at < timestamp'2024-01-01T00:00:00Z'", Next = nameof(Other))]
                [When("$.ok != true", Next = nameof(Alert), Comment = "not ok")]
                [When("$.name like 'log-*.txt'", Next = nameof(Other))]
                [When("number($.used) > $.limit", Next = nameof(Alert))]
                public partial class Route;

                [Succeed] public partial class Alert;
                [Succeed] public partial class Other;
            }
            """;
        await AssertNoDiagnostics(source);
        Json.Equal("""
            {
              "Type": "Choice",
              "Choices": [
                {
                  "And": [
                    { "Variable": "$.type", "StringEquals": "ERROR" },
                    { "Variable": "$.count", "NumericGreaterThanEquals": 3 }
                  ],
                  "Next": "Alert"
                },
                {
                  "Or": [
                    { "Variable": "$.owner", "IsPresent": false },
                    { "Variable": "$.at", "TimestampLessThan": "2024-01-01T00:00:00Z" }
                  ],
                  "Next": "Other"
                },
                { "Not": { "Variable": "$.ok", "BooleanEquals": true }, "Comment": "not ok", "Next": "Alert" },
                { "Variable": "$.name", "StringMatches": "log-*.txt", "Next": "Other" },
                { "Variable": "$.used", "NumericGreaterThanPath": "$.limit", "Next": "Alert" }
              ],
              "Default": "Other"
            }
            """, Asl(source)["States"]!["Route"]!.ToJsonString());
    }

    [Fact]
    public Task Choice_BadCondition_IsFlaggedAtTheColumn() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Route))]
        public partial class M
        {
            [Choice(Default = nameof(Done))]
            [When("$.count {|SG2005:=|} 3", Next = nameof(Done))]
            public partial class Route;
            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task Choice_WithoutRules_IsAnError_AndWithoutDefault_AWarning_of_its_own() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Empty))]
        public partial class M
        {
            [{|SG1008:Choice|}(Default = nameof(NoDefault))] public partial class Empty;

            [{|#0:Choice|}]
            [When("$.x == 1", Next = nameof(Done))]
            public partial class NoDefault;

            [Succeed] public partial class Done;
        }
        """, Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("SG1018").WithLocation(0));

    [Fact]
    public void Wait_EmitsItsOneDuration()
    {
        JsonNode asl = Asl("""
            [StateMachine(StartAt = nameof(A))]
            public partial class M
            {
                [Wait(Seconds = 10, Next = nameof(B))] public partial class A;
                [Wait(Timestamp = "2026-01-01T00:00:00Z", Next = nameof(C))] public partial class B;
                [Wait(SecondsPath = "$.delay", Next = nameof(D))] public partial class C;
                [Wait(TimestampPath = "$.until", End = true)] public partial class D;
            }
            """);
        Json.Equal("""
            {
              "A": { "Type": "Wait", "Seconds": 10, "Next": "B" },
              "B": { "Type": "Wait", "Timestamp": "2026-01-01T00:00:00Z", "Next": "C" },
              "C": { "Type": "Wait", "SecondsPath": "$.delay", "Next": "D" },
              "D": { "Type": "Wait", "TimestampPath": "$.until", "End": true }
            }
            """, asl["States"]!.ToJsonString());
    }

    [Fact]
    public void Parallel_EmitsEachBranchAsANestedMachine()
    {
        JsonNode asl = Asl("""
            [StateMachine(StartAt = nameof(Both))]
            public partial class M
            {
                [Parallel(Branches = new[] { typeof(Left), typeof(Right) }, ResultPath = "$.results", End = true)]
                [Catch("States.ALL", Next = nameof(Failed))]
                public partial class Both;

                [Fail(Error = "Failed")] public partial class Failed;

                [Branch(StartAt = nameof(L1))]
                public partial class Left
                {
                    [Pass(Next = nameof(L2))] public partial class L1;
                    [Succeed] public partial class L2;
                }

                [Branch(StartAt = nameof(R1), Comment = "right side")]
                public partial class Right
                {
                    [Pass(Result = "42", End = true)] public partial class R1;
                }
            }
            """);
        Json.Equal("""
            {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "L1", "States": { "L1": { "Type": "Pass", "Next": "L2" }, "L2": { "Type": "Succeed" } } },
                { "Comment": "right side", "StartAt": "R1", "States": { "R1": { "Type": "Pass", "Result": 42, "End": true } } }
              ],
              "ResultPath": "$.results",
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Failed" } ],
              "End": true
            }
            """, asl["States"]!["Both"]!.ToJsonString());
    }

    [Fact]
    public void BranchStates_GetTheirNameConstants()
    {
        (Compilation output, _) = TestCompilation.Generate("""
            using StepGen;
            [StateMachine(StartAt = nameof(Both))]
            public partial class M
            {
                [Parallel(Branches = new[] { typeof(Left) }, End = true)] public partial class Both;

                [Branch(StartAt = nameof(Inner))]
                public partial class Left
                {
                    [Succeed(Name = "Inner state")] public partial class Inner;
                }
            }
            """);
        TestCompilation.AssertNoErrors(output);
        Assert.Equal("Inner state", TestCompilation.Constant(output, "M+Left+Inner", "Name"));
    }

    [Fact]
    public Task Branch_TransitionOutOfItsScope_IsFlagged() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Both))]
        public partial class M
        {
            [Parallel(Branches = new[] { typeof(Left) }, Next = nameof(After))] public partial class Both;
            [Succeed] public partial class After;

            [Branch(StartAt = nameof(L1))]
            public partial class Left
            {
                [Pass(Next = {|SG1004:"After"|})] public partial class L1;
            }
        }
        """);

    [Fact]
    public Task Branch_ThatContainsItself_IsACycle() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(Outer))]
        public partial class M
        {
            [Parallel(Branches = new[] { typeof(Loop) }, End = true)] public partial class Outer;

            [Branch(StartAt = nameof(Again))]
            public partial class Loop
            {
                [Parallel(Branches = new[] { {|SG1013:typeof(Loop)|} }, End = true)] public partial class Again;
            }
        }
        """);

    [Fact]
    public void Map_InlineAndDistributed()
    {
        JsonNode asl = Asl("""
            [StateMachine(StartAt = nameof(EachOrder))]
            public partial class M
            {
                [Map(ItemsPath = "$.orders", MaxConcurrency = 5, Processor = typeof(OneOrder), ResultPath = "$.done", Next = nameof(Files),
                     ItemSelector = "{ \"order.$\": \"$$.Map.Item.Value\", \"index.$\": \"$$.Map.Item.Index\" }")]
                public partial class EachOrder;

                [Map(Mode = "DISTRIBUTED", ExecutionType = "EXPRESS", Processor = typeof(OneFile), ToleratedFailurePercentage = 5, Label = "files", End = true,
                     ItemReader = "{ \"Resource\": \"arn:aws:states:::s3:listObjectsV2\", \"Parameters\": { \"Bucket\": \"in\" } }",
                     ItemBatcher = "{ \"MaxItemsPerBatch\": 10 }",
                     ResultWriter = "{ \"Resource\": \"arn:aws:states:::s3:putObject\", \"Parameters\": { \"Bucket\": \"out\", \"Prefix\": \"runs\" } }")]
                public partial class Files;

                [Branch(StartAt = nameof(Handle))]
                public partial class OneOrder { [Pass(End = true)] public partial class Handle; }

                [Branch(StartAt = nameof(Read))]
                public partial class OneFile { [Succeed] public partial class Read; }
            }
            """);
        Json.Equal("""
            {
              "Type": "Map",
              "ItemsPath": "$.orders",
              "ItemSelector": { "order.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index" },
              "MaxConcurrency": 5,
              "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } },
              "ResultPath": "$.done",
              "Next": "Files"
            }
            """, asl["States"]!["EachOrder"]!.ToJsonString());
        Json.Equal("""
            {
              "Type": "Map",
              "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "in" } },
              "ItemBatcher": { "MaxItemsPerBatch": 10 },
              "ToleratedFailurePercentage": 5,
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "Read",
                "States": { "Read": { "Type": "Succeed" } }
              },
              "ResultWriter": { "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "out", "Prefix": "runs" } },
              "Label": "files",
              "End": true
            }
            """, asl["States"]!["Files"]!.ToJsonString());
    }

    [Fact]
    public void JsonAta_MachineUsesArgumentsOutputAndConditions()
    {
        JsonNode asl = Asl("""
            [StateMachine(StartAt = nameof(Call), QueryLanguage = QueryLanguage.JsonAta)]
            public partial class M
            {
                [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(Route),
                      Arguments = "{ \"FunctionName\": \"${Fn}\", \"Payload\": \"{% $states.input %}\" }",
                      Output = "{% $states.result.Payload %}", Assign = "{ \"attempt\": 1 }")]
                public partial class Call;

                [Choice(Default = nameof(Done))]
                [When("$states.input.ok", Next = nameof(Done))]
                [When("{% $attempt > 2 %}", Next = nameof(Done), Output = "{ \"gaveUp\": true }")]
                public partial class Route;

                [Succeed] public partial class Done;
            }
            """);
        Json.Equal("""
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": { "FunctionName": "${Fn}", "Payload": "{% $states.input %}" },
                  "Output": "{% $states.result.Payload %}",
                  "Assign": { "attempt": 1 },
                  "Next": "Route"
                },
                "Route": {
                  "Type": "Choice",
                  "Choices": [
                    { "Condition": "{% $states.input.ok %}", "Next": "Done" },
                    { "Condition": "{% $attempt > 2 %}", "Output": { "gaveUp": true }, "Next": "Done" }
                  ],
                  "Default": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """, asl.ToJsonString());
    }

    [Fact]
    public Task JsonAta_RefusesJsonPathFields() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class M
        {
            [Pass(ResultPath = {|SG1015:"$.x"|}, Next = nameof(B))] public partial class A;
            [Pass(QueryLanguage = QueryLanguage.JsonPath, Output = {|SG1015:"{ }"|}, End = true)] public partial class B;
        }
        """);

    [Fact]
    public void HttpEndpoint_SuppliesUrlMethodAndConnection()
    {
        JsonNode asl = Asl("""
            [HttpEndpoint("https://tickets.example.com/api/v1/tickets", Method = "POST", ConnectionArn = "${TicketsConnectionArn}")]
            public record CreateTicket(string Subject, int Priority)
            {
                [System.Text.Json.Serialization.JsonPropertyName("desc")] public string? Description { get; init; }
            }

            [StateMachine(StartAt = nameof(Open))]
            public partial class M
            {
                [HttpTask(Endpoint = typeof(CreateTicket), End = true)]
                [Body("subject", "Pipeline failed")]
                [Body("priority", 2)]
                [Body("desc", Path = "$.error.Cause")]
                public partial class Open;
            }
            """);
        Json.Equal("""
            {
              "ApiEndpoint": "https://tickets.example.com/api/v1/tickets",
              "Method": "POST",
              "Authentication": { "ConnectionArn": "${TicketsConnectionArn}" },
              "RequestBody": { "subject": "Pipeline failed", "priority": 2, "desc.$": "$.error.Cause" }
            }
            """, asl["States"]!["Open"]!["Parameters"]!.ToJsonString());
    }

    [Fact]
    public Task HttpEndpoint_BodyFieldsAreCheckedAgainstTheType() => AnalyzerVerifier.VerifyAsync("""
        [HttpEndpoint("https://tickets.example.com/api/v1/tickets", Method = "POST", ConnectionArn = "${C}")]
        public record CreateTicket(string Subject, int Priority);

        [StateMachine(StartAt = nameof(Open))]
        public partial class M
        {
            [HttpTask(Endpoint = {|SG3006:typeof(CreateTicket)|}, End = true)]
            [Body({|SG3006:"subjct"|}, "Pipeline failed")]
            public partial class Open;
        }
        """);

    [Fact]
    public Task IntrinsicMistakes_AreFlaggedInsideTheString() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(End = true)]
            [Parameter("greeting", Path = "States.Format({|SG2004:'Hello {} and {}'|}, $.name)")]
            [Parameter("id", Path = "{|SG2004:States.UUId|}()")]
            public partial class A;
        }
        """);

    [Fact]
    public async Task ContextFieldsUsedOutsideTheirPlace_AreWarnedAtTheField()
    {
        // $$.Map.Item outside an ItemSelector and $$.Task.Token outside a callback task's payload find nothing at run time.
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(Notify))]
            public partial class M
            {
                [Task(Resource = "arn:aws:states:::sqs:sendMessage", Next = nameof(Wait))]
                [Parameter("QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q")]
                [Parameter("MessageBody", Path = "$$.Task.Token")]
                public partial class Notify;

                [Task(Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken", HeartbeatSeconds = 60, Next = nameof(Items))]
                [Parameter("QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q")]
                [Parameter("MessageBody", Path = "$$.Task.Token")]
                public partial class Wait;

                [Map(ItemsPath = "$.items", Processor = typeof(Each), End = true,
                     ItemSelector = "{ \"i.$\": \"$$.Map.Item.Index\" }")]
                public partial class Items;

                [Branch(StartAt = nameof(Use))]
                public partial class Each
                {
                    [Pass(End = true, Parameters = "{ \"v.$\": \"$$.Map.Item.Value\" }")] public partial class Use;
                }
            }
            """;
        var diagnostics = (await TestCompilation.AnalyzeAsync(source)).Where(d => d.Id != "SG4005").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("SG2003", d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        int token = source.IndexOf("$$.Task.Token", StringComparison.Ordinal) + 3;
        Assert.Equal(token, diagnostics[0].Location.SourceSpan.Start);
        Assert.Equal("Task", source.Substring(token, diagnostics[0].Location.SourceSpan.Length));
        Assert.Contains(".waitForTaskToken", diagnostics[0].GetMessage());

        int item = source.IndexOf("$$.Map.Item.Value", StringComparison.Ordinal) + 3;
        Assert.Equal(item, diagnostics[1].Location.SourceSpan.Start);
        Assert.Equal("Map", source.Substring(item, diagnostics[1].Location.SourceSpan.Length));
        Assert.Contains("ItemSelector", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task ContextObjectTypo_IsWarnedAtTheField()
    {
        // Markup cannot hold "$$" (it marks a caret), so the span is checked by hand.
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(A))]
            public partial class M
            {
                [Pass(End = true)]
                [Parameter("who", Path = "$$.Execution.Nme")]
                public partial class A;
            }
            """;
        Diagnostic diagnostic = Assert.Single(await TestCompilation.AnalyzeAsync(source));
        Assert.Equal("SG2003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Nme", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains("Name", diagnostic.GetMessage());
    }

    [Fact]
    public async Task SameBranchTwice_IsADuplicateNameNotACompileError()
    {
        string source = """
            using StepGen;
            [StateMachine(StartAt = nameof(Both))]
            public partial class M
            {
                [Parallel(Branches = new[] { typeof(P), typeof(P) }, End = true)] public partial class Both;

                [Branch(StartAt = nameof(Only))]
                public partial class P { [Succeed] public partial class Only; }
            }
            """;
        (Compilation output, _) = TestCompilation.Generate(source);
        TestCompilation.AssertNoErrors(output);
        Assert.Contains(await TestCompilation.AnalyzeAsync(source), d => d.Id == "SG1006");
    }

    [Fact]
    public Task PathMistakeInsideJsonText_IsFlaggedAtTheCharacter() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(Parameters = "{ \"x.$\": \"$.a{|SG2001:[|}\" }", End = true)] public partial class A;
        }
        """);

    [Fact]
    public Task PathMistakeInsideRawJson_IsFlaggedAtTheCharacter() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(End = true, Parameters = """
                {
                  "ok.$": "$.order.id",
                  "items.$": "$.order.items[*]",
                  "total.$": "$.order.total{|SG2001:.|}"
                }
                """)]
            public partial class A;
        }
        """");

    [Fact]
    public Task PathWithJsonEscapes_IsFlaggedOnItsWholeJsonString() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Pass(Parameters = "{ \"x.$\": {|SG2001:\"\\u0024.a[\"|} }", End = true)] public partial class A;
        }
        """);

    [Fact]
    public Task DollarKeyInJsonAtaArguments_IsFlaggedOnTheKey() => AnalyzerVerifier.VerifyAsync("""
        [StateMachine(StartAt = nameof(A), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class M
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true,
                  Arguments = "{ \"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:f\", \"{|SG1015:Payload.$|}\": \"$.x\" }")]
            public partial class A;
        }
        """);
}
