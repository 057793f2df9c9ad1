using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.SourceGenerators;

namespace StepGen.Benchmarks;

/// <summary>
/// Issue 8's cold runs (items 1, 5 and 7): a new driver on a compilation whose syntax trees it has never seen.
/// </summary>
/// <remarks>
/// Each iteration gets new syntax trees over the same parsed (green) nodes, made in <see cref="Renew"/> outside the
/// measurement, and runs once (InvocationCount 1): a cold build parses its files afresh, so nothing a generator
/// remembers about a syntax node (StepGen's syntax shortcut keeps its answers per node) may carry over from the
/// iteration before, and every generator walks syntax it has not walked. Cloning one compilation, as the edit cases
/// do, would share the trees and let later iterations reuse the first one's work.
/// </remarks>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
[InvocationCount(1)]
public class ColdBenchmarks
{
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => GeneratorBenchmarks.Sizes;

    private CSharpCompilation _machines = null!;
    private CSharpCompilation _json = null!;
    private IIncrementalGenerator _jsonGenerator = null!;
    private CSharpCompilation _fresh = null!;
    private System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> _noOp;

    [GlobalSetup(Targets = new[] { nameof(StepGenCold), nameof(FloorCold), nameof(AttributeFloorCold) })]
    public void SetupCold()
    {
        _machines = Workload.Machines(N);
        Workload.GuardCold(_machines, N);
    }

    [GlobalSetup(Targets = new[] { nameof(JsonGeneratorCold) })]
    public void SetupJson()
    {
        _json = Workload.JsonTypes(N);
        _jsonGenerator = Sdk.LoadJsonGenerator();
        Workload.GuardJson(_jsonGenerator, _json, N);
    }

    [GlobalSetup(Targets = new[] { nameof(StepGenAnalyzersCold), nameof(NoOpAnalyzerCold), nameof(CompilerGetDiagnosticsCold) })]
    public void SetupAnalyzers()
    {
        _machines = Workload.Machines(N);
        _noOp = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new NoOpAnalyzer());
        Workload.GuardAnalyzers(_machines);
    }

    [IterationSetup(Targets = new[] { nameof(StepGenCold), nameof(FloorCold), nameof(AttributeFloorCold), nameof(StepGenAnalyzersCold), nameof(NoOpAnalyzerCold), nameof(CompilerGetDiagnosticsCold) })]
    public void RenewMachines()
    {
        _fresh = Renew(_machines);

        // StepGen keeps compiled machines for the process (the generator and the analyzer share them); a cold run
        // starts without them, as a build's first machine does.
        StepGen.SourceGenerators.Diagnostics.CompileCache.Clear();
    }

    [IterationSetup(Targets = new[] { nameof(JsonGeneratorCold) })]
    public void RenewJson() => _fresh = Renew(_json);

    /// <summary>
    /// The same compilation (references already bound) with new syntax trees over the same parsed nodes, and its
    /// declaration table built: the compiler's own work, which a build does whether or not generators run.
    /// </summary>
    public static CSharpCompilation Renew(CSharpCompilation compilation)
    {
        CSharpCompilation renewed = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree =>
            CSharpSyntaxTree.Create((CSharpSyntaxNode)tree.GetRoot(), (CSharpParseOptions)tree.Options, tree.FilePath, tree.Encoding)));
        _ = renewed.Assembly.TypeNames.Count;
        return renewed;
    }

    /// <summary>1. StepGen cold: a new driver on the compilation.</summary>
    [Benchmark]
    public GeneratorDriver StepGenCold() => Workload.Driver(new StateMachineGenerator()).RunGenerators(_fresh);

    /// <summary>
    /// 4, cold: every StepGen analyzer on new trees with nothing compiled yet (the IDE's first analysis, or a build's
    /// analyzers without the generator before them). <see cref="GeneratorBenchmarks.StepGenAnalyzers"/> is the warm case.
    /// </summary>
    [Benchmark]
    public System.Collections.Immutable.ImmutableArray<Diagnostic> StepGenAnalyzersCold() =>
        Workload.WithAnalyzers(_fresh, Workload.StepGenAnalyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>4', cold: the no-op analyzer on the same new trees, to subtract from <see cref="StepGenAnalyzersCold"/>.</summary>
    [Benchmark]
    public System.Collections.Immutable.ImmutableArray<Diagnostic> NoOpAnalyzerCold() =>
        Workload.WithAnalyzers(_fresh, _noOp).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>6, cold: the compiler's GetDiagnostics() on the same new trees.</summary>
    [Benchmark]
    public System.Collections.Immutable.ImmutableArray<Diagnostic> CompilerGetDiagnosticsCold() => _fresh.GetDiagnostics();

    /// <summary>5. The SDK's System.Text.Json generator, cold, on N types of M properties.</summary>
    [Benchmark]
    public GeneratorDriver JsonGeneratorCold() => Workload.Driver(_jsonGenerator).RunGenerators(_fresh);

    /// <summary>7. The floor, cold: ForAttributeWithMetadataName for [StateMachine] and one constant per machine.</summary>
    [Benchmark]
    public GeneratorDriver FloorCold() => Workload.Driver(new FloorGenerator()).RunGenerators(_fresh);

    /// <summary>7''. Not in the issue: the floor plus binding every attribute argument of the machine and its states.
    /// What any reader of these attributes pays; separates StepGen's own work from Roslyn's attribute binding.</summary>
    [Benchmark]
    public GeneratorDriver AttributeFloorCold() => Workload.Driver(new AttributeFloorGenerator()).RunGenerators(_fresh);
}
