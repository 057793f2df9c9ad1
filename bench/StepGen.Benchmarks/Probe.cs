using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.SourceGenerators.Reading;
using StepGen.SourceGenerators.Records;

namespace StepGen.Benchmarks;

/// <summary>
/// <c>--probe [N]</c>: the parts of the generator's per-machine read on a fresh compilation, each timed alone
/// (median of 20 passes after 5 warm-up passes), to see what an edit re-pays. A profile aid, not a measurement.
/// </summary>
internal static class Probe
{
    /// <summary>The measured part of a probe that must set up outside its own timing.</summary>
    private static TimeSpan? Renewed;

    public static void Print(int n)
    {
        CSharpCompilation machines = Workload.Machines(n);
        var probes = new (string Name, Func<CSharpCompilation, INamedTypeSymbol[], int> Run)[]
        {
            ("GetDeclaredSymbol + GetAttributes (as FAWMN)", (c, t) => t.Sum(m => c.GetSemanticModel(m.DeclaringSyntaxReferences[0].SyntaxTree).GetDeclaredSymbol(m.DeclaringSyntaxReferences[0].GetSyntax())!.GetAttributes().Length)),
            ("find the machine symbols (baseline)", (c, t) => t.Length),
            ("bind the machine's own attributes", (c, t) => t.Sum(m => m.GetAttributes().Length)),
            ("nested type symbols", (c, t) => t.Sum(m => m.GetTypeMembers().Length)),
            ("SyntaxShortcut.For (once per compilation)", (c, t) => SyntaxShortcut.For(c) is null ? 0 : 1),
            ("scope of each machine", (c, t) => { SyntaxShortcut s = SyntaxShortcut.For(c)!; return t.Count(m => s.ScopeOf(Declaration(m), m) is not null); }),
            ("syntax read of every state class", (c, t) => ReadAll(SyntaxShortcut.For(c)!, t)),
            ("syntax read, fresh syntax nodes (no memo)", (c, t) =>
            {
                // New red trees over the same green nodes: what a cold build sees, where nothing is remembered.
                CSharpCompilation renewed = ColdBenchmarks.Renew(c);
                INamedTypeSymbol[] types = t.Select(m => renewed.GetTypeByMetadataName(m.ToDisplayString())!).ToArray();
                var stopwatch = Stopwatch.StartNew();
                int read = ReadAll(SyntaxShortcut.For(renewed)!, types);
                Renewed = stopwatch.Elapsed;
                return read;
            }),
            ("HierarchyReader.Read", (c, t) => t.Sum(m => HierarchyReader.Read(m, CancellationToken.None).Types.Count)),
            ("RecordSupport.IsAvailable", (c, t) => t.Count(_ => RecordSupport.IsAvailable(c))),
            ("MachineReader.Read with the shortcut", (c, t) => { SyntaxShortcut s = SyntaxShortcut.For(c)!; return t.Sum(m => MachineReader.Read(m, null, CancellationToken.None, s).States.Count); }),
        };

        Console.WriteLine($"N = {n}: median of 20 passes after 5 warm-up passes, each on a fresh clone of the compilation");
        foreach ((string name, Func<CSharpCompilation, INamedTypeSymbol[], int> run) in probes)
        {
            var times = new List<double>();
            var bytes = new List<long>();
            int result = 0;
            for (int pass = 0; pass < 25; pass++)
            {
                CSharpCompilation fresh = machines.Clone();
                INamedTypeSymbol[] types = Enumerable.Range(0, n).Select(i => fresh.GetTypeByMetadataName($"{SyntheticSource.MachineNamespace}.{SyntheticSource.MachineName(i)}")!).ToArray();
                long before = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                result = run(fresh, types);
                stopwatch.Stop();
                TimeSpan elapsed = Renewed ?? stopwatch.Elapsed;
                Renewed = null;
                if (pass >= 5)
                {
                    times.Add(elapsed.TotalMilliseconds);
                    bytes.Add(GC.GetAllocatedBytesForCurrentThread() - before);
                }
            }

            times.Sort();
            bytes.Sort();
            Console.WriteLine($"  {name,-44} {times[times.Count / 2],8:F2} ms ({times[times.Count / 2] * 1000 / n,6:F0} us) {bytes[bytes.Count / 2] / 1024.0 / n,7:F1} KB per machine  [{result}]");
        }
    }

    /// <summary>Reads every state class of every machine through the shortcut; returns how many it answered.</summary>
    private static int ReadAll(SyntaxShortcut shortcut, IEnumerable<INamedTypeSymbol> machines)
    {
        int read = 0;
        foreach (INamedTypeSymbol machine in machines)
        {
            TypeDeclarationSyntax declaration = Declaration(machine);
            SyntaxShortcut.Scope scope = shortcut.ScopeOf(declaration, machine)!;
            foreach (TypeDeclarationSyntax nested in declaration.Members.OfType<TypeDeclarationSyntax>())
            {
                read += shortcut.TryRead(nested, scope) is null ? 0 : 1;
            }
        }

        return read;
    }

    private static TypeDeclarationSyntax Declaration(INamedTypeSymbol machine) => (TypeDeclarationSyntax)machine.DeclaringSyntaxReferences[0].GetSyntax();
}
