using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.Asl.Shapes;
using StepGen.SourceGenerators.Records;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// What a user's build compiles because of StepGen (issue 15): the size of the generated C# of a fixed machine, pinned
/// so that growth is a reviewed change; the JSON contracts shared once per assembly; which records a project gets.
/// </summary>
public sealed class GeneratedCodeCostTests
{
    /// <summary>The machine of the build benchmark, from the one file the benchmark script also reads.</summary>
    private static readonly string TenStates = File.ReadAllText(Path.Combine(StepGen.Package.Tests.Infrastructure.RepositoryLayout.Root, "bench", "build-cost", "machine.cs.txt"))
        .Replace("__CLASS__", "Machine0007", StringComparison.Ordinal)
        .Replace("__N__", "7", StringComparison.Ordinal);

    /// <summary>
    /// The generated C# of <see cref="TenStates"/>, in bytes (UTF-8), with the default records (the Execution set):
    /// issue 15's budget for a machine of this shape.
    /// </summary>
    private const int Budget = 15 * 1024;

    /// <summary>The same with every record (<c>StepGenTypedRecords=All</c>): pinned a little above what it writes today.</summary>
    private const int BudgetWithAllRecords = 30 * 1024;

    /// <summary>
    /// The same without records: the constants, the state names and nothing else. 9 KB until the Mermaid constant
    /// (issue 19) added about 1.3 KB here: one string literal, which the compiler stores and does not bind, unlike a
    /// record's properties.
    /// </summary>
    private const int BudgetWithoutRecords = 10 * 1024;

    [Fact]
    public void A_ten_state_machine_stays_within_its_generated_size_budget()
    {
        int execution = MachineBytes(Generate(null));
        int all = MachineBytes(Generate("All"));
        int none = MachineBytes(Generate("None"));

        Assert.True(execution <= Budget, $"the 10-state machine generates {execution} bytes with the default records; the budget is {Budget}");
        Assert.True(all <= BudgetWithAllRecords, $"the 10-state machine generates {all} bytes with every record; the budget is {BudgetWithAllRecords}");
        Assert.True(none <= BudgetWithoutRecords, $"the 10-state machine generates {none} bytes without records; the budget is {BudgetWithoutRecords}");
        Assert.True(none < execution && execution < all, $"None {none} < Execution {execution} < All {all} bytes");
    }

    [Fact]
    public void The_default_records_are_the_execution_input_and_output_and_All_adds_every_state_result()
    {
        (Compilation execution, GeneratorDriverRunResult executionRun) = Generate(null);
        (Compilation all, _) = Generate("All");
        (Compilation none, GeneratorDriverRunResult noneRun) = Generate("None");
        TestCompilation.AssertNoErrors(execution);
        TestCompilation.AssertNoErrors(all);
        TestCompilation.AssertNoErrors(none);

        foreach (string record in new[] { "ExecutionInput", "ExecutionOutput", "JsonContext" })
        {
            Assert.NotNull(execution.GetTypeByMetadataName("BuildCost.Machine0007+" + record));
            Assert.NotNull(all.GetTypeByMetadataName("BuildCost.Machine0007+" + record));
            Assert.Null(none.GetTypeByMetadataName("BuildCost.Machine0007+" + record));
        }

        // A Pass Result (the JSON in the attribute) and an HTTP result without a declared Response: All only.
        foreach (string record in new[] { "PrepareResult", "DoneResult", "CreateOrderResult" })
        {
            Assert.Null(execution.GetTypeByMetadataName("BuildCost.Machine0007+" + record));
            Assert.NotNull(all.GetTypeByMetadataName("BuildCost.Machine0007+" + record));
        }

        Assert.Contains(executionRun.GeneratedTrees, t => t.FilePath.EndsWith(SharedJsonContracts.HintName, StringComparison.Ordinal));
        Assert.DoesNotContain(noneRun.GeneratedTrees, t => t.FilePath.EndsWith(SharedJsonContracts.HintName, StringComparison.Ordinal));

        Assert.Equal(TestCompilation.Constant(all, "BuildCost.Machine0007", "Asl"), TestCompilation.Constant(none, "BuildCost.Machine0007", "Asl"));
        Assert.Equal(TestCompilation.Constant(all, "BuildCost.Machine0007", "IamPolicy"), TestCompilation.Constant(none, "BuildCost.Machine0007", "IamPolicy"));
        Assert.Equal(TestCompilation.Constant(all, "BuildCost.Machine0007", "Asl"), TestCompilation.Constant(execution, "BuildCost.Machine0007", "Asl"));
    }

    [Fact]
    public void An_http_result_typed_by_a_declared_Response_is_in_the_default_set()
    {
        (Compilation output, _) = TestCompilation.Generate(TypedEndpoint);
        TestCompilation.AssertNoErrors(output);
        INamedTypeSymbol? result = output.GetTypeByMetadataName("BuildCost.Typed+FetchResult");
        Assert.NotNull(result);
        Assert.Equal("BuildCost.Order?", result.GetMembers("ResponseBody").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.NotNull(output.GetTypeByMetadataName("BuildCost.Typed+ExecutionInput"));
    }

    [Theory]
    [InlineData("false", TypedRecordSet.None)]
    [InlineData(" FALSE ", TypedRecordSet.None)]
    [InlineData("none", TypedRecordSet.None)]
    [InlineData("true", TypedRecordSet.Execution)]
    [InlineData("Execution", TypedRecordSet.Execution)]
    [InlineData("all", TypedRecordSet.All)]
    [InlineData(" All\n", TypedRecordSet.All)]
    [InlineData("", TypedRecordSet.Execution)]
    [InlineData("Everything", TypedRecordSet.Execution)]
    [InlineData(null, TypedRecordSet.Execution)]
    public void The_records_setting_names_a_set_and_anything_else_keeps_the_default(string? value, TypedRecordSet expected)
    {
        var properties = new Dictionary<string, string>();
        if (value is not null)
        {
            properties["StepGenTypedRecords"] = value;
        }

        Assert.Equal(expected, StateMachineGenerator.Execute.ReadTypedRecords(new ProjectSettings(properties).GlobalOptions));
    }

    [Fact]
    public void Many_machines_share_one_copy_of_the_contracts()
    {
        (Compilation output, GeneratorDriverRunResult run) = TestCompilation.Generate(Samples.All);
        TestCompilation.AssertNoErrors(output);

        Assert.Single(run.GeneratedTrees, t => t.FilePath.EndsWith(SharedJsonContracts.HintName, StringComparison.Ordinal));
        foreach (SyntaxTree machine in run.GeneratedTrees.Where(t => t.FilePath.EndsWith(".StepGen.g.cs", StringComparison.Ordinal)))
        {
            string text = machine.ToString();
            Assert.DoesNotContain("JsonMetadataServices", text, StringComparison.Ordinal);
            Assert.DoesNotContain("FromRuntimeConverter", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Http_results_without_a_response_type_share_one_contract_and_typed_ones_keep_their_own()
    {
        (Compilation output, GeneratorDriverRunResult run) = TestCompilation.Generate(ProjectSettings.TypedRecords("All"), TenStates, TypedEndpoint);
        TestCompilation.AssertNoErrors(output);
        string machine = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Machine0007.StepGen.g.cs", StringComparison.Ordinal)).ToString();
        foreach (string state in new[] { "CreateOrder", "Notify", "Archive" })
        {
            Assert.Contains($"public sealed partial record {state}Result : {SharedJsonContracts.HttpResultInterface}", machine, StringComparison.Ordinal);
            Assert.Contains($"JsonContracts.HttpResult<{state}Result>(options)", machine, StringComparison.Ordinal);
        }

        string typed = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Typed.StepGen.g.cs", StringComparison.Ordinal)).ToString();
        Assert.DoesNotContain(SharedJsonContracts.HttpResultInterface, typed, StringComparison.Ordinal);
        Assert.Contains("global::BuildCost.Order? ResponseBody", typed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_that_sees_another_ones_internals_gets_no_second_copy_of_the_contracts()
    {
        // A test project with its own machines that references a workflow project which grants it its internals: both
        // have StepGen.Generated.JsonContracts, and [Embedded] keeps the referenced one out of sight (no CS0436).
        CSharpCompilation workflows = TestCompilation.From(Samples.PlainGet, "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer.Tests\")]")
            .WithAssemblyName("Consumer");
        TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(workflows, out Compilation builtWorkflows, out _);
        TestCompilation.AssertNoErrors(builtWorkflows);
        MetadataReference reference = EmitReference(builtWorkflows);

        CSharpCompilation tests = TestCompilation.From(Samples.Slack, "class UsesWorkflows { object M() => new StepGen.Samples.PlainGet.ExecutionInput(); }")
            .WithAssemblyName("Consumer.Tests")
            .AddReferences(reference);
        TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(tests, out Compilation builtTests, out _);

        ImmutableArray<Diagnostic> diagnostics = builtTests.GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS0436" or "CS0433");
    }

    private static MetadataReference EmitReference(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>A machine whose HTTP task's endpoint declares its Response type.</summary>
    private const string TypedEndpoint = """
        using StepGen;

        namespace BuildCost;

        public sealed record Order(string Id);

        [HttpEndpoint("https://api.example.com/v1/orders", Method = "GET", ConnectionArn = "${OrdersConnectionArn}", Response = typeof(Order))]
        public sealed record GetOrder;

        [StateMachine(StartAt = nameof(Fetch))]
        public partial class Typed
        {
            [HttpTask(Endpoint = typeof(GetOrder), End = true)]
            public partial class Fetch;
        }
        """;

    /// <summary>The machine with StepGenTypedRecords set to <paramref name="records"/>, or not set when null.</summary>
    private static (Compilation Output, GeneratorDriverRunResult Run) Generate(string? records) =>
        records is null ? TestCompilation.Generate(TenStates) : TestCompilation.Generate(ProjectSettings.TypedRecords(records), TenStates);

    private static int MachineBytes((Compilation Output, GeneratorDriverRunResult Run) generated) =>
        System.Text.Encoding.UTF8.GetByteCount(generated.Run.GeneratedTrees.Single(t => t.FilePath.EndsWith(".StepGen.g.cs", StringComparison.Ordinal)).ToString());
}
