using System;
using System.Collections.Concurrent;
using System.Threading;
using StepGen.Asl.Compile;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// The memory of machines compiled in this process, shared by the generator and the analyzer: in a build both run
/// in the same compiler process on equal models, so the analyzer finds what the generator compiled. It is also the
/// analyzer's memory across edits. The IDE re-analyzes on every edit, and most machines are
/// unchanged by it; compiling is a pure function of the equatable <see cref="SourceMachine"/>, so an equal model
/// gets the earlier result.
/// </summary>
/// <remarks>
/// Holds only values (no compilation, symbol or syntax) in two generations: the current one, held strongly, takes at
/// most <see cref="GenerationSize"/> machines; when it is full it becomes the previous generation, held only weakly
/// (the garbage collector may take it at any time), and a new current one starts. A machine found in the previous
/// generation moves into the current one. So the compiler server and the IDE, which keep StepGen loaded for hours,
/// hold at most one generation of results for sure, and a miss costs one compile.
/// </remarks>
internal static class CompileCache
{
    /// <summary>
    /// Machines per generation: a build of a project with this many machines or fewer finds every one the generator
    /// compiled; the IDE shares the cache between all the projects it has open.
    /// </summary>
    internal const int GenerationSize = 1024;

    private static ConcurrentDictionary<SourceMachine, CompiledMachine> current = new();

    private static WeakReference<ConcurrentDictionary<SourceMachine, CompiledMachine>>? previous;

    public static CompiledMachine GetOrCompile(SourceMachine source)
    {
        ConcurrentDictionary<SourceMachine, CompiledMachine> generation = Volatile.Read(ref current);
        if (generation.TryGetValue(source, out CompiledMachine? known))
        {
            return known;
        }

        if (Volatile.Read(ref previous) is { } weak && weak.TryGetTarget(out ConcurrentDictionary<SourceMachine, CompiledMachine>? older)
            && older.TryGetValue(source, out known))
        {
            Add(source, known);
            return known;
        }

        CompiledMachine compiled = MachineCompiler.Compile(source);
        Add(source, compiled);
        return compiled;
    }

    /// <summary>How many machines the current generation holds (for the tests).</summary>
    internal static int CurrentCount => Volatile.Read(ref current).Count;

    /// <summary>Forgets everything (the benchmarks' cold runs start from an empty cache).</summary>
    internal static void Clear()
    {
        Volatile.Write(ref previous, null);
        Volatile.Write(ref current, new ConcurrentDictionary<SourceMachine, CompiledMachine>());
    }

    private static void Add(SourceMachine source, CompiledMachine compiled)
    {
        ConcurrentDictionary<SourceMachine, CompiledMachine> generation = Volatile.Read(ref current);
        if (generation.Count >= GenerationSize)
        {
            // Two threads may both start a generation; one of them wins and the other's entry is compiled again later.
            var fresh = new ConcurrentDictionary<SourceMachine, CompiledMachine>();
            if (Interlocked.CompareExchange(ref current, fresh, generation) == generation)
            {
                Volatile.Write(ref previous, new WeakReference<ConcurrentDictionary<SourceMachine, CompiledMachine>>(generation));
            }

            generation = Volatile.Read(ref current);
        }

        generation.TryAdd(source, compiled);
    }
}
