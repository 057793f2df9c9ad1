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
    public void PassResultAndHttpResult_BecomeRecords()
    {
        (Compilation output, _) = TestCompilation.Generate(Samples.Slack);
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
        (Compilation output, _) = TestCompilation.Generate("""
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
