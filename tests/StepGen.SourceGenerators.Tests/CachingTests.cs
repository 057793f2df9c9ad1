using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Reading;

namespace StepGen.SourceGenerators.Tests;

public class CachingTests
{
    private static readonly string[] TrackedSteps = { TrackingNames.Machines, TrackingNames.Valid, TrackingNames.Compiled };

    [Fact]
    public void AddingUnrelatedFile_LeavesEveryStepCached()
    {
        CSharpCompilation first = TestCompilation.From(Samples.All);
        GeneratorDriver driver = TestCompilation.CreateDriver(track: true).RunGenerators(first);
        CSharpCompilation second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { public int X => 42; }", TestCompilation.ParseOptions));
        driver = driver.RunGenerators(second);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        foreach (string step in TrackedSteps)
        {
            Assert.True(run.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            Assert.All(run.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingAnUnrelatedFile_LeavesEveryStepCached()
    {
        SyntaxTree unrelated = CSharpSyntaxTree.ParseText("public class Unrelated { public int X => 1; }", TestCompilation.ParseOptions);
        CSharpCompilation first = TestCompilation.From(Samples.All).AddSyntaxTrees(unrelated);
        GeneratorDriver driver = TestCompilation.CreateDriver(track: true).RunGenerators(first);
        CSharpCompilation second = first.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText("public class Unrelated { public int X => 2; public int Y => 3; }", TestCompilation.ParseOptions));
        driver = driver.RunGenerators(second);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        foreach (string step in TrackedSteps)
        {
            Assert.All(run.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }
    }

    [Theory]
    [InlineData("namespace Shop { public sealed class WaitAttribute : System.Attribute { public int Seconds { get; set; } public bool End { get; set; } } }")]
    [InlineData("namespace Shop { public static class Names { } public sealed class Wait : System.Attribute { public int Seconds { get; set; } public bool End { get; set; } } }")]
    public void AnEditElsewhereThatRebindsAnAttribute_ChangesTheOutputAtOnce(string shadowing)
    {
        // The machine's file is untouched, so its syntax nodes are the same objects; what [Wait] binds to is not. The
        // generator must not reuse what it read from syntax before: its output must be what a fresh run gives.
        const string machine = """
            using StepGen;

            namespace Shop;

            [StateMachine(StartAt = nameof(Pause))]
            public partial class M
            {
                [Wait(Seconds = 5, End = true)]
                public partial class Pause;
            }
            """;
        SyntaxTree other = CSharpSyntaxTree.ParseText("namespace Shop { public static class Names { } }", TestCompilation.ParseOptions, path: "Other.cs");
        CSharpCompilation first = TestCompilation.From(machine).AddSyntaxTrees(other);
        GeneratorDriver driver = TestCompilation.CreateDriver();
        Assert.Contains("\"Seconds\": 5", Asl(ref driver, first));

        CSharpCompilation second = first.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText(shadowing, TestCompilation.ParseOptions, path: "Other.cs"));
        string incremental = Asl(ref driver, second);
        GeneratorDriver freshDriver = TestCompilation.CreateDriver();
        Assert.Equal(Asl(ref freshDriver, second), incremental);
        Assert.DoesNotContain("\"Seconds\"", incremental);

        // And back: the first compilation's facts again, so an earlier reading may be reused, and must be right.
        CSharpCompilation third = second.ReplaceSyntaxTree(second.SyntaxTrees.Single(t => t.FilePath == "Other.cs"), CSharpSyntaxTree.ParseText("namespace Shop { public static class Names { } }", TestCompilation.ParseOptions, path: "Other.cs"));
        Assert.Contains("\"Seconds\": 5", Asl(ref driver, third));
    }

    [Fact]
    public void InABuild_TheAnalyzerReadsTheModelTheGeneratorCompiled()
    {
        // The compile cache is keyed by the model: the analyzer, reading the compilation that includes the generated
        // code, must build a model equal to the generator's so that it finds the machine already compiled.
        CSharpCompilation input = TestCompilation.From(Samples.All);
        TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        Assert.True(output.SyntaxTrees.Count() > input.SyntaxTrees.Count(), "nothing was generated");
        int machines = 0;
        foreach (INamedTypeSymbol machine in Machines(input))
        {
            INamedTypeSymbol inOutput = output.GetTypeByMetadataName(machine.ToDisplayString())!;
            Assert.True(inOutput.DeclaringSyntaxReferences.Length > 1, $"{machine.Name} has no generated declaration");
            SourceMachine generator = MachineReader.Read(machine, map: null, CancellationToken.None, SyntaxShortcut.For(input));
            SourceMachine analyzer = MachineReader.Read(inOutput, map: null, CancellationToken.None, SyntaxShortcut.For(output));
            Assert.Equal(generator, analyzer);
            machines++;
        }

        Assert.True(machines >= 4, $"only {machines} machines in the samples");
    }

    private static IEnumerable<INamedTypeSymbol> Machines(Compilation compilation) =>
        compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                .Select(node => compilation.GetSemanticModel(tree).GetDeclaredSymbol(node)))
            .OfType<INamedTypeSymbol>()
            .Where(type => type.GetAttributes().Any(a => a.AttributeClass?.Name == "StateMachineAttribute"))
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);

    /// <summary>Runs the driver on the compilation and returns the machine's generated Asl constant.</summary>
    private static string Asl(ref GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return TestCompilation.Constant(output, "Shop.M", "Asl");
    }

    [Fact]
    public void EditingOneMachine_RecompilesOnlyThatMachine()
    {
        string[] sources = Samples.All;
        CSharpCompilation first = TestCompilation.From(sources);
        GeneratorDriver driver = TestCompilation.CreateDriver(track: true).RunGenerators(first);

        SyntaxTree slack = first.SyntaxTrees.First();
        string edited = slack.ToString().Replace("Message from Step Functions", "Edited message");
        CSharpCompilation second = first.ReplaceSyntaxTree(slack, CSharpSyntaxTree.ParseText(edited, TestCompilation.ParseOptions, path: slack.FilePath));
        driver = driver.RunGenerators(second);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        var reasons = run.TrackedSteps[TrackingNames.Compiled].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(Samples.All.Length - 1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void PipelineModels_HoldNoRoslynObjects()
    {
        GeneratorDriver driver = TestCompilation.CreateDriver(track: true).RunGenerators(TestCompilation.From(Samples.All));
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        foreach (string step in TrackedSteps)
        {
            foreach (var output in run.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }
    }

    /// <summary>Walks the object graph: a cached model must not keep a compilation, a symbol or syntax alive.</summary>
    private static void AssertNoRoslynObjects(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or Location or SyntaxTree, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable enumerable)
        {
            int i = 0;
            foreach (object? item in enumerable)
            {
                AssertNoRoslynObjects(item, seen, $"{path}[{i++}]");
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), seen, $"{path}.{field.Name}");
        }
    }
}
