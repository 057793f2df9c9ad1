using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepGen.Benchmarks;

internal static class Probe
{
    public static void Print(int n)
    {
        CSharpCompilation machines = Workload.Machines(n);
        CSharpCompilation noNameof = CSharpCompilation.Create("NoNameof",
            machines.SyntaxTrees.Select(t => Workload.Parse(System.Text.RegularExpressions.Regex.Replace(t.ToString(), @"nameof\((\w+)\)", "\"$1\""), t.FilePath)),
            Sdk.References, Workload.Options);
        var probes = new (string, Func<CSharpCompilation, int>)[]
        {
            ("members only", c => Each(c, n, t => t.GetTypeMembers().Length)),
            ("GetAttributes nested", c => Each(c, n, t => t.GetTypeMembers().Sum(m => m.GetAttributes().Length))),
            ("GetAttributes nested (no nameof)", c => Each(Rebase(c, noNameof), n, t => t.GetTypeMembers().Sum(m => m.GetAttributes().Length))),
            ("syntax walk literal tokens", c => c.SyntaxTrees.Sum(t => t.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Sum(a => a.ArgumentList?.Arguments.Count ?? 0))),
            ("model.GetSymbolInfo(attribute)", c => c.SyntaxTrees.Sum(t => { var m = c.GetSemanticModel(t); return t.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Count(a => m.GetSymbolInfo(a).Symbol is not null); })),
            ("model.LookupNamespacesAndTypes(name+Attribute)", c => c.SyntaxTrees.Sum(t => { var m = c.GetSemanticModel(t); return t.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Count(a => m.LookupNamespacesAndTypes(a.SpanStart, null, a.Name.ToString() + "Attribute").Length > 0); })),
        };
        for (int pass = 0; pass < 3; pass++)
        {
            foreach ((string name, Func<CSharpCompilation, int> probe) in probes)
            {
                CSharpCompilation fresh = machines.Clone();
                long before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                int count = probe(fresh);
                sw.Stop();
                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                if (pass > 0)
                {
                    Console.WriteLine($"{name,-50} {sw.Elapsed.TotalMilliseconds,8:F1} ms {bytes / 1024.0 / 1024,8:F1} MB  ({count})");
                }
            }
        }
    }

    private static CSharpCompilation Rebase(CSharpCompilation c, CSharpCompilation other) => other.Clone();

    private static int Each(CSharpCompilation c, int n, Func<INamedTypeSymbol, int> f)
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            total += f(c.GetTypeByMetadataName($"{SyntheticSource.MachineNamespace}.{SyntheticSource.MachineName(i)}")!);
        }
        return total;
    }
}
