using System.Collections.Concurrent;
using StepGen.Asl.Compile;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// The memory of machines compiled in this process, shared by the generator and the analyzer: in a build both run
/// in the same compiler process on equal models, so the analyzer finds what the generator compiled. It is also the
/// analyzer's memory across edits. The IDE re-analyzes on every edit, and most machines are
/// unchanged by it; compiling is a pure function of the equatable <see cref="SourceMachine"/>, so an equal model
/// gets the earlier result. Holds only values (no compilation, symbol or syntax), and is bounded: when full it
/// starts over, which costs one recompile per machine.
/// </summary>
internal static class CompileCache
{
    private const int Capacity = 2048;

    private static readonly ConcurrentDictionary<SourceMachine, CompiledMachine> Compiled = new();

    public static CompiledMachine GetOrCompile(SourceMachine source)
    {
        if (Compiled.TryGetValue(source, out CompiledMachine? known))
        {
            return known;
        }

        CompiledMachine compiled = MachineCompiler.Compile(source);
        if (Compiled.Count >= Capacity)
        {
            Compiled.Clear();
        }

        Compiled.TryAdd(source, compiled);
        return compiled;
    }

    /// <summary>Forgets everything (the benchmarks' cold runs start from an empty cache).</summary>
    internal static void Clear() => Compiled.Clear();
}
