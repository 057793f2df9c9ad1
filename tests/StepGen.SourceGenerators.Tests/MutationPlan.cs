using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Which mutations the robustness run uses: every family applied to every corpus source, with each distinct
/// source kept once (by the first family that makes it) and the unmutated sources left out. Only hashes and
/// positions are kept, not the sources: a family's sources are made again, lazily, when its test runs.
/// </summary>
internal sealed class MutationPlan
{
    private static readonly Lazy<MutationPlan> Shared = new(() => new MutationPlan(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, HashSet<int>> _kept = new();
    private readonly Dictionary<string, int> _generated = new();

    private MutationPlan()
    {
        var clock = Stopwatch.StartNew();
        var seen = new HashSet<UInt128>(RobustnessCorpus.All.Select(e => Hash(e.Source)));
        foreach (string family in Mutations.Families)
        {
            var kept = new HashSet<int>();
            int index = 0;
            foreach (string source in Generate(family))
            {
                if (seen.Add(Hash(source)))
                {
                    kept.Add(index);
                }

                index++;
            }

            _kept[family] = kept;
            _generated[family] = index;
        }

        BuildTime = clock.Elapsed;
    }

    public static MutationPlan Instance => Shared.Value;

    public TimeSpan BuildTime { get; }

    public int Total => _kept.Values.Sum(k => k.Count);

    /// <summary>The distinct mutations this family contributes.</summary>
    public int Count(string family) => _kept[family].Count;

    /// <summary>The mutations this family makes, duplicates included.</summary>
    public int Generated(string family) => _generated[family];

    /// <summary>The family's distinct mutations, made again as they are enumerated.</summary>
    public IEnumerable<string> Sources(string family)
    {
        HashSet<int> kept = _kept[family];
        return Generate(family).Where((_, index) => kept.Contains(index));
    }

    /// <summary>The seed of a family on one corpus entry: fixed, and different for each pair.</summary>
    private static IEnumerable<string> Generate(string family) => RobustnessCorpus.All.SelectMany(
        (entry, i) => Mutations.Of(family, entry.Source, seed: 20261125 + (1000 * Array.IndexOf(Mutations.Families, family)) + i));

    private static UInt128 Hash(string source) => MemoryMarshal.Read<UInt128>(SHA256.HashData(MemoryMarshal.AsBytes(source.AsSpan())));
}
