using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.Asl.Compile;
using StepGen.Asl.Source;
using StepGen.SourceGenerators;

namespace StepGen.Benchmarks;

/// <summary>
/// <c>--breakdown [N]</c>: where a cold StepGen run spends its time and allocations, per phase, on a fresh
/// compilation: binding the attributes (what any reader pays), StepGen's reader on top, the ASL/IAM compile.
/// One pass after a warm-up pass; a profile aid, not a measurement.
/// </summary>
internal static class Breakdown
{
    public static void Print(int n)
    {
        // MachineReader is internal to the generator assembly; the benchmark calls it the way the generator does.
        Assembly generator = typeof(StateMachineGenerator).Assembly;
        MethodInfo read = generator.GetType("StepGen.SourceGenerators.Reading.MachineReader", throwOnError: true)!
            .GetMethod("Read", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        MethodInfo shortcutFor = generator.GetType("StepGen.SourceGenerators.Reading.SyntaxShortcut", throwOnError: true)!
            .GetMethod("For", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        CSharpCompilation machines = Workload.Machines(n);
        for (int pass = 0; pass < 2; pass++)
        {
            INamedTypeSymbol[] types = Symbols(machines.Clone(), n);
            (TimeSpan bindTime, long bindBytes) = Measure(() =>
            {
                foreach (INamedTypeSymbol type in types)
                {
                    BindAll(type);
                }
            });

            var sources = new SourceMachine[n];
            (TimeSpan readTime, long readBytes) = Measure(() =>
            {
                for (int i = 0; i < n; i++)
                {
                    sources[i] = (SourceMachine)read.Invoke(null, new object?[] { types[i], null, CancellationToken.None, null })!;
                }
            });

            INamedTypeSymbol[] fresh = Symbols(machines.Clone(), n);
            (TimeSpan coldReadTime, long coldReadBytes) = Measure(() =>
            {
                foreach (INamedTypeSymbol type in fresh)
                {
                    read.Invoke(null, new object?[] { type, null, CancellationToken.None, null });
                }
            });

            // What the generator does: the syntax shortcut reads the state classes, binding only the machine's own attributes.
            Compilation shortcutCompilation = machines.Clone();
            INamedTypeSymbol[] viaShortcut = Symbols(shortcutCompilation, n);
            (TimeSpan shortcutTime, long shortcutBytes) = Measure(() =>
            {
                object? shortcut = shortcutFor.Invoke(null, new object?[] { shortcutCompilation });
                foreach (INamedTypeSymbol type in viaShortcut)
                {
                    read.Invoke(null, new object?[] { type, null, CancellationToken.None, shortcut });
                }
            });

            (TimeSpan compileTime, long compileBytes) = Measure(() =>
            {
                foreach (SourceMachine source in sources)
                {
                    MachineCompiler.Compile(source);
                }
            });

            if (pass == 1)
            {
                Console.WriteLine($"N = {n} (one pass, per machine in brackets)");
                Row("bind every attribute (fresh compilation)", bindTime, bindBytes, n);
                Row("MachineReader.Read after that binding", readTime, readBytes, n);
                Row("MachineReader.Read on a fresh compilation", coldReadTime, coldReadBytes, n);
                Row("the same with the syntax shortcut", shortcutTime, shortcutBytes, n);
                Row("MachineCompiler.Compile (ASL + IAM)", compileTime, compileBytes, n);
            }
        }
    }

    private static INamedTypeSymbol[] Symbols(Compilation compilation, int n) => Enumerable.Range(0, n)
        .Select(i => compilation.GetTypeByMetadataName($"{SyntheticSource.MachineNamespace}.{SyntheticSource.MachineName(i)}")!)
        .ToArray();

    private static void BindAll(INamedTypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            _ = attribute.ConstructorArguments;
            _ = attribute.NamedArguments;
        }

        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            BindAll(nested);
        }
    }

    private static (TimeSpan, long) Measure(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        action();
        return (stopwatch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Row(string phase, TimeSpan time, long bytes, int n) =>
        Console.WriteLine($"  {phase,-44} {time.TotalMilliseconds,9:F1} ms ({time.TotalMilliseconds * 1000 / n,7:F0} us) {bytes / 1024.0,11:F0} KB ({bytes / 1024.0 / n,6:F1} KB)");
}
