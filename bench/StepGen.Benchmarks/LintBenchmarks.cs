using BenchmarkDotNet.Attributes;

using StepGen.Asl.Compile;
using StepGen.Asl.Graph;
using StepGen.Asl.Import;
using StepGen.Asl.Json;
using StepGen.Asl.Lint;

namespace StepGen.Benchmarks;

/// <summary>
/// What issue 19 adds where users wait: <see cref="Lint"/> is <c>stepgen lint</c>'s work on one definition (read as
/// attributes, compiled with every rule, each problem placed in the text), <see cref="Import"/> the reading alone, and
/// <see cref="Diagram"/> the Mermaid flowchart the generator now draws on every compile of a machine. The definition is
/// the ASL of <see cref="JsonAtaCheckBenchmarks"/>' 12-state JSONata machine (40 expressions) and, for comparison,
/// <see cref="CompileFromAttributes"/> compiles that machine from its attributes as the analyzer does. Results:
/// docs/performance.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class LintBenchmarks
{
    private string _asl = string.Empty;
    private JsonObject _definition = null!;
    private Asl.Source.SourceMachine _machine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _machine = JsonAtaCheckBenchmarks.Machine(plain: false);
        _asl = MachineCompiler.Compile(_machine).Asl;
        _definition = (JsonObject)JsonParser.Parse(_asl).Value!;
        int findings = DefinitionLinter.Lint(_asl, "Orders").Findings.Count;
        if (findings != 0)
        {
            throw new InvalidOperationException($"the benchmark definition has {findings} findings; it should lint clean");
        }
    }

    [Benchmark]
    public LintResult Lint() => DefinitionLinter.Lint(_asl, "Orders");

    [Benchmark]
    public AslImport Import() => AslImporter.Read(_asl, "Orders");

    [Benchmark]
    public string Diagram() => MermaidDiagram.Write(_definition);

    [Benchmark(Baseline = true)]
    public CompiledMachine CompileFromAttributes() => MachineCompiler.Compile(_machine);
}
