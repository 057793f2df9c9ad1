using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Tests;

/// <summary>Which typed records a machine gets, and the shape of each, read from the generated compilation.</summary>
public class TypedRecordTests
{
    private static Dictionary<string, string> Properties(Compilation output, string type)
    {
        INamedTypeSymbol symbol = output.GetTypeByMetadataName(type) ?? throw new Xunit.Sdk.XunitException("no type " + type);
        return symbol.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && p.Name != "EqualityContract")
            .ToDictionary(
                p => p.GetAttributes().Single(a => a.AttributeClass!.Name == "JsonPropertyNameAttribute").ConstructorArguments[0].Value!.ToString()!,
                p => p.Type.ToDisplayString());
    }

    [Fact]
    public void PassResultAndHttpResult_BecomeRecords_WhenTheProjectAsksForAll()
    {
        (Compilation output, _) = TestCompilation.Generate(ProjectSettings.TypedRecords("All"), Samples.Slack);
        TestCompilation.AssertNoErrors(output);

        Assert.Equal(new Dictionary<string, string> { ["type"] = "string?", ["text"] = "string?" }, Properties(output, "StepGen.Samples.SlackNotification+FirstStepResult"));
        Assert.Equal(
            new Dictionary<string, string> { ["StatusCode"] = "long?", ["StatusText"] = "string?", ["Headers"] = "System.Text.Json.JsonElement?", ["ResponseBody"] = "System.Text.Json.JsonElement?" },
            Properties(output, "StepGen.Samples.SlackNotification+SendNotificationResult"));

        // The only path the machine reads, $.notificationData, is written by FirstStep first: nothing comes from the input.
        Assert.Empty(Properties(output, "StepGen.Samples.SlackNotification+ExecutionInput"));
        Assert.NotNull(output.GetTypeByMetadataName("StepGen.Samples.SlackNotification+JsonContext"));
    }

    [Fact]
    public void ExecutionInput_IsInferredFromReadsAndComparedKinds()
    {
        (Compilation output, _) = TestCompilation.Generate(Samples.Orders);
        TestCompilation.AssertNoErrors(output);
        Assert.Equal(new Dictionary<string, string> { ["order"] = "StepGen.Samples.OrderFulfillment.ExecutionInputOrder?" }, Properties(output, "StepGen.Samples.OrderFulfillment+ExecutionInput"));

        Dictionary<string, string> order = Properties(output, "StepGen.Samples.OrderFulfillment+ExecutionInputOrder");
        Assert.Equal("string?", order["priority"]);      // compared with 'express'
        Assert.Equal("double?", order["total"]);         // compared with > 0
        Assert.Equal("System.Collections.Generic.IReadOnlyList<System.Text.Json.JsonElement>?", order["items"]);   // the Map's ItemsPath
        Assert.Equal("System.Text.Json.JsonElement?", order["customerEmail"]);   // read by a Parallel branch
        Assert.False(order.ContainsKey("reservations"));  // written by ResultPath before it is read
    }

    [Fact]
    public void DeclaredInput_IsNotInferred()
    {
        (Compilation output, _) = TestCompilation.Generate("""
            using StepGen;
            public sealed record OrderInput(string Id);
            [StateMachine(StartAt = nameof(A), Input = typeof(OrderInput))]
            public partial class M
            {
                [Pass(InputPath = "$.id", End = true)] public partial class A;
            }
            """);
        TestCompilation.AssertNoErrors(output);
        Assert.Null(output.GetTypeByMetadataName("M+ExecutionInput"));
    }

    [Fact]
    public void StateNamedLikeARecord_KeepsBothNamesApart()
    {
        (Compilation output, _) = TestCompilation.Generate(ProjectSettings.TypedRecords("All"), """
            using StepGen;
            [StateMachine(StartAt = nameof(ExecutionInput))]
            public partial class M
            {
                [Pass(Result = "{ \"a\": 1 }", End = true)] public partial class ExecutionInput;
            }
            """);
        TestCompilation.AssertNoErrors(output);
        Assert.NotNull(output.GetTypeByMetadataName("M+ExecutionInput2"));
        Assert.NotNull(output.GetTypeByMetadataName("M+ExecutionInputResult"));
    }
}

public class TypedPathTests
{
    [Fact]
    public Task PathToAFieldTheDeclaredInputLacks_IsWarned() => AnalyzerVerifier.VerifyAsync("""
        public sealed record Order(string Id, decimal Total);
        public sealed record OrderInput(Order Order);

        [StateMachine(StartAt = nameof(Route), Input = typeof(OrderInput))]
        public partial class M
        {
            [Choice(Default = nameof(Done))]
            [When({|SG2006:"$.order.totl > 100"|}, Next = nameof(Done))]
            [When("$.order.total > 10", Next = nameof(Done))]
            public partial class Route;

            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public async Task PathToAFieldAPassResultLacks_IsWarnedWithTheClosestName()
    {
        var diagnostics = await TestCompilation.AnalyzeAsync("""
            using StepGen;
            [StateMachine(StartAt = nameof(Make))]
            public partial class M
            {
                [Pass(Result = "{ \"type\": \"INFO\", \"text\": \"hi\" }", ResultPath = "$.note", Next = nameof(Use))]
                public partial class Make;

                [Pass(InputPath = "$.note.txt", End = true)]
                public partial class Use;
            }
            """);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SG2006", diagnostic.Id);
        Assert.Contains("did you mean 'text'?", diagnostic.GetMessage());
    }

    [Fact]
    public async Task InferredOrOpenData_IsNeverFlagged()
    {
        // Nothing declares the input, and a Task's result is unknown: no path can be called wrong.
        var diagnostics = await TestCompilation.AnalyzeAsync("""
            using StepGen;
            [StateMachine(StartAt = nameof(Call))]
            public partial class M
            {
                [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", ResultPath = "$.out", Next = nameof(Route))]
                public partial class Call;

                [Choice(Default = nameof(Done))]
                [When("$.out.anything == 'x' && $.whatever > 1", Next = nameof(Done))]
                public partial class Route;

                [Succeed] public partial class Done;
            }
            """);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ExecutionOutput_IsWhatTheFinalStatesProduce()
    {
        (Compilation output, _) = TestCompilation.Generate("""
            using StepGen;
            [StateMachine(StartAt = nameof(Finish))]
            public partial class M
            {
                [Pass(Result = "{ \"status\": \"done\", \"count\": 3 }", End = true)] public partial class Finish;
            }
            """);
        TestCompilation.AssertNoErrors(output);
        INamedTypeSymbol record = output.GetTypeByMetadataName("M+ExecutionOutput")!;
        Assert.NotNull(record);
        Assert.Equal(new[] { "Count", "Status" }, record.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name != "EqualityContract").Select(p => p.Name).OrderBy(n => n));
    }
}
