namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// One published AWS definition a suite builds from C#, as its <c>sources.tsv</c> names it: where it was published
/// and the SHA-256 of its canonical JSON (<see cref="RoundTripTests.Canonical"/>), so the file itself need not be here.
/// </summary>
internal sealed record PublishedSource(string Name, string Repository, string Path, string Commit, string Sha256)
{
    /// <summary>The lines of a <c>sources.tsv</c>: name, repository, path, commit, hash; '#' starts a comment line.</summary>
    public static IEnumerable<PublishedSource> Read(string tsv) =>
        File.ReadLines(tsv)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new PublishedSource(f[0], f[1], f[2], f[3], f[4]));
}
