using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepGen.SourceGenerators;

namespace StepGen.Benchmarks;

/// <summary>
/// Issue 8's measurements after an edit and of the analyzers (plus the floor's and the analyzer driver's own
/// baselines; the cold runs are in <see cref="ColdBenchmarks"/>) on N machines of
/// <see cref="SyntheticSource.StatesPerMachine"/> states. Setup (parsing, first driver runs, guards) happens in
/// GlobalSetup and is never measured.
/// </summary>
/// <remarks>
/// Every measured call starts from <c>Compilation.Clone()</c>: the same syntax trees, fresh symbols and no cached
/// diagnostics, so each iteration does the same work as the first (a reused compilation would answer
/// GetDiagnostics from its cache and hand generators symbols that are already bound). The "after an edit"
/// benchmarks run the edited compilation on a driver that has already run once; drivers are immutable, so that
/// driver's state is the same at every iteration. Clone() itself is a few allocations, well under 1 % of any case.
/// </remarks>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class GeneratorBenchmarks
{
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>N = 50, 200 and 1000, or the sizes in STEPGEN_BENCH_N ("200" or "50,1000") for a quicker partial run.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("STEPGEN_BENCH_N") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse)
            : new[] { 50, 200, 1000 };

    private CSharpCompilation _machines = null!;
    private CSharpCompilation _unrelatedEdit = null!;
    private CSharpCompilation _machineEdit = null!;
    private GeneratorDriver _stepGenWarm = null!;
    private GeneratorDriver _floorWarm = null!;
    private GeneratorDriver _attributeFloorWarm = null!;
    private ImmutableArray<DiagnosticAnalyzer> _noOp;

    [GlobalSetup(Targets = new[] { nameof(StepGenUnrelatedEdit), nameof(StepGenOneMachineEdit), nameof(FloorUnrelatedEdit), nameof(AttributeFloorUnrelatedEdit) })]
    public void SetupEdits()
    {
        _machines = Workload.Machines(N);
        _unrelatedEdit = Workload.EditUnrelated(_machines);
        _machineEdit = Workload.EditOneMachine(_machines, N);
        Workload.GuardIncremental(new StateMachineGenerator(), Workload.TrackedSteps, TrackingNames.Compiled, _machines, N);
        Workload.GuardIncremental(new FloorGenerator(), new[] { FloorGenerator.TrackingName }, null, _machines, N);
        _stepGenWarm = Workload.Driver(new StateMachineGenerator()).RunGenerators(_machines.Clone());
        _floorWarm = Workload.Driver(new FloorGenerator()).RunGenerators(_machines.Clone());
        _attributeFloorWarm = Workload.Driver(new AttributeFloorGenerator()).RunGenerators(_machines.Clone());
    }

    [GlobalSetup(Targets = new[] { nameof(StepGenAnalyzers), nameof(NoOpAnalyzer), nameof(CompilerGetDiagnostics) })]
    public void SetupAnalyzers()
    {
        _machines = Workload.Machines(N);
        _noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());
        Workload.GuardAnalyzers(_machines);
    }

    /// <summary>2. StepGen after an edit to an unrelated file (every step cached).</summary>
    [Benchmark]
    public GeneratorDriver StepGenUnrelatedEdit() => _stepGenWarm.RunGenerators(_unrelatedEdit.Clone());

    /// <summary>3. StepGen after an edit inside one machine.</summary>
    [Benchmark]
    public GeneratorDriver StepGenOneMachineEdit() => _stepGenWarm.RunGenerators(_machineEdit.Clone());

    /// <summary>4. All StepGen analyzers, with the compile the analyzer driver needs (as in the build).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> StepGenAnalyzers() =>
        Workload.WithAnalyzers(_machines.Clone(), Workload.StepGenAnalyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>4'. The same analyzer driver and compile with an analyzer that does nothing: subtract it from 4.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> NoOpAnalyzer() =>
        Workload.WithAnalyzers(_machines.Clone(), _noOp).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>6. The compiler's own GetDiagnostics() for the same source.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> CompilerGetDiagnostics() => _machines.Clone().GetDiagnostics();

    /// <summary>7'. The floor after the same unrelated edit as 2.</summary>
    [Benchmark]
    public GeneratorDriver FloorUnrelatedEdit() => _floorWarm.RunGenerators(_unrelatedEdit.Clone());

    /// <summary>7'''. The attribute floor after the same unrelated edit as 2.</summary>
    [Benchmark]
    public GeneratorDriver AttributeFloorUnrelatedEdit() => _attributeFloorWarm.RunGenerators(_unrelatedEdit.Clone());
}
