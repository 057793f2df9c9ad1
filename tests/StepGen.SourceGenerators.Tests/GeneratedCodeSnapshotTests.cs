using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The C# StepGen generates for the sample machines and the build-cost machine, compared with the files under
/// <c>Snapshots/</c> (<see cref="Snapshot"/>): the ASL, the policies, the state names and the records of each, byte for
/// byte; for the published workflows of the round-trip suite, a hash of each generated file. A change to generated code is then a reviewed diff, and a
/// refactoring that must not change behaviour can show that it did not.
/// </summary>
public sealed class GeneratedCodeSnapshotTests
{
    public static IEnumerable<object[]> Groups() => new[] { "samples", "samples-all-records", "roundtrip", "build-cost" }.Select(g => new object[] { g });

    [Theory]
    [MemberData(nameof(Groups))]
    public void The_generated_code_matches_its_snapshot(string group)
    {
        (Compilation output, GeneratorDriverRunResult run) = group switch
        {
            "samples" => TestCompilation.Generate(Samples.All),
            "samples-all-records" => TestCompilation.Generate(ProjectSettings.TypedRecords("All"), Samples.All),
            "roundtrip" => TestCompilation.Generate(RoundTripSources()),
            "build-cost" => TestCompilation.Generate(BuildCostMachine()),
            _ => throw new ArgumentOutOfRangeException(nameof(group)),
        };
        TestCompilation.AssertNoErrors(output);

        // StepGen's own output only: the [Embedded] attribute's text comes from Roslyn.
        Dictionary<string, string> files = run.GeneratedTrees
            .Where(t => !t.FilePath.EndsWith("EmbeddedAttribute.cs", StringComparison.Ordinal))
            .ToDictionary(t => Path.GetFileName(t.FilePath) + ".txt", t => t.ToString(), StringComparer.Ordinal);
        Assert.NotEmpty(files);
        if (group == "roundtrip")
        {
            // The round-trip machines reproduce third-party definitions (RoundTrip/README.md), so only a hash of each
            // generated file is kept: a change still fails here, and RoundTripTests shows the ASL as values.
            files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["sha256.txt"] = string.Concat(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {Hash(f.Value)}\n")),
            };
        }

        Snapshot.MatchGroup(group, files);
    }

    [Fact]
    public void A_difference_names_the_first_line_that_differs()
    {
        string message = Snapshot.Describe("a\nb\nc", "a\nB\nc\nd");
        Assert.Contains("2 line(s) differ; the first is line 2", message, StringComparison.Ordinal);
        Assert.Contains("snapshot:  b", message, StringComparison.Ordinal);
        Assert.Contains("generated: B", message, StringComparison.Ordinal);
    }

    private static string Hash(string text) => RoundTripTests.Hash(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static string[] RoundTripSources() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RoundTrip"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static string BuildCostMachine() =>
        File.ReadAllText(Path.Combine(StepGen.Package.Tests.Infrastructure.RepositoryLayout.Root, "bench", "build-cost", "machine.cs.txt"))
            .Replace("__CLASS__", "Machine0001", StringComparison.Ordinal)
            .Replace("__N__", "1", StringComparison.Ordinal);
}
