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
        GeneratorDriver floorWarm = Workload.Driver(new FloorGenerator()).RunGenerators(machines.Clone());
        GeneratorDriver stepGenWarm = Workload.Driver(new StepGen.SourceGenerators.StateMachineGenerator()).RunGenerators(machines.Clone());
        var probes = new (string Name, Func<CSharpCompilation, INamedTypeSymbol[], int> Run)[]
        {
            ("floor generator, warm driver, same trees", (c, t) => floorWarm.RunGenerators(c).GetRunResult().GeneratedTrees.Length),
            ("StepGen generator, warm driver, same trees", (c, t) => stepGenWarm.RunGenerators(c).GetRunResult().GeneratedTrees.Length),
            ("GetDeclaredSymbol + GetAttributes (as FAWMN)", (c, t) => t.Sum(m => c.GetSemanticModel(m.DeclaringSyntaxReferences[0].SyntaxTree).GetDeclaredSymbol(m.DeclaringSyntaxReferences[0].GetSyntax())!.GetAttributes().Length)),
            ("find the machine symbols (baseline)", (c, t) => t.Length),
            ("  For: 50 x ContainsSymbolsWithName(type)", (c, t) => Enumerable.Range(0, 50).Count(i => c.ContainsSymbolsWithName("Task" + i, SymbolFilter.Type | SymbolFilter.Namespace))),
            ("  For: 2 x ContainsSymbolsWithName(all)", (c, t) => Enumerable.Range(0, 2).Count(i => c.ContainsSymbolsWithName("nameof" + i, SymbolFilter.All))),
            ("  For: GetSymbolsWithName(predicate, ns)", (c, t) => c.GetSymbolsWithName(n => n == "StepGen", SymbolFilter.Namespace).Count()),
            ("  For: referenced assembly symbols", (c, t) => c.SourceModule.ReferencedAssemblySymbols.Length),
            ("  For: global usings scan", (c, t) => c.SyntaxTrees.Sum(tr => ((CompilationUnitSyntax)tr.GetRoot()).Usings.Count)),
            ("  For: GetTypeByMetadataName", (c, t) => c.GetTypeByMetadataName("StepGen.StateMachineAttribute") is null ? 0 : 1),
            ("bind the machine's own attributes", (c, t) => t.Sum(m => m.GetAttributes().Length)),
            ("nested type symbols", (c, t) => t.Sum(m => m.GetTypeMembers().Length)),
            ("SyntaxShortcut.For (once per compilation)", (c, t) => SyntaxShortcut.For(c) is null ? 0 : 1),
            ("scope of each machine", (c, t) => { SyntaxShortcut s = SyntaxShortcut.For(c)!; return t.Count(m => s.ScopeOf(Declaration(m), m) is not null); }),
            ("syntax read of every state class", (c, t) =>
            {
                SyntaxShortcut s = SyntaxShortcut.For(c)!;
                int read = 0;
                foreach (INamedTypeSymbol m in t)
                {
                    TypeDeclarationSyntax d = Declaration(m);
                    SyntaxShortcut.Scope scope = s.ScopeOf(d, m)!;
                    foreach (TypeDeclarationSyntax nested in d.Members.OfType<TypeDeclarationSyntax>())
                    {
                        read += s.TryRead(nested, scope) is null ? 0 : 1;
                    }
                }

                return read;
            }),
            ("syntax read, fresh syntax nodes (no memo)", (c, t) =>
            {
                // New red trees over the same green nodes: what a cold build sees, where nothing is remembered.
                CSharpCompilation renewed = CSharpCompilation.Create("Renewed", c.SyntaxTrees.Select(tree => CSharpSyntaxTree.Create((CSharpSyntaxNode)tree.GetRoot(), (CSharpParseOptions)tree.Options, tree.FilePath)), c.References, c.Options);
                INamedTypeSymbol[] types = t.Select(m => renewed.GetTypeByMetadataName(m.ToDisplayString())!).ToArray();
                var stopwatch = Stopwatch.StartNew();
                SyntaxShortcut s = SyntaxShortcut.For(renewed)!;
                int read = 0;
                foreach (INamedTypeSymbol m in types)
                {
                    TypeDeclarationSyntax d = Declaration(m);
                    SyntaxShortcut.Scope scope = s.ScopeOf(d, m)!;
                    foreach (TypeDeclarationSyntax nested in d.Members.OfType<TypeDeclarationSyntax>())
                    {
                        read += s.TryRead(nested, scope) is null ? 0 : 1;
                    }
                }

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

    private static TypeDeclarationSyntax Declaration(INamedTypeSymbol machine) => (TypeDeclarationSyntax)machine.DeclaringSyntaxReferences[0].GetSyntax();
}
