using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
