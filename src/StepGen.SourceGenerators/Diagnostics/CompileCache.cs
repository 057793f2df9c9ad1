using System.Collections.Concurrent;
using StepGen.Asl.Compile;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// The analyzer's memory of machines it has compiled. The IDE re-analyzes on every edit, and most machines are
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
}
