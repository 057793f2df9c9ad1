using System.Text;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Compares text with a file under <c>Snapshots/</c> in the source tree, so that a change to what StepGen generates
/// shows in review as a diff of those files. With <c>STEPGEN_ACCEPT_SNAPSHOTS=1</c> in the environment the files are
/// rewritten instead (and files no longer produced are deleted); then review the diff and commit it.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "STEPGEN_ACCEPT_SNAPSHOTS";

    private static readonly string Root = Path.Combine(StepGen.Package.Tests.Infrastructure.RepositoryLayout.Root, "tests", "StepGen.SourceGenerators.Tests", "Snapshots");

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Checks every file of a group: each text matches its snapshot, and no snapshot is left without a text.</summary>
    /// <param name="group">The folder under Snapshots/.</param>
    /// <param name="files">File name (with extension) to its current text.</param>
    public static void MatchGroup(string group, IReadOnlyDictionary<string, string> files)
    {
        string folder = Path.Combine(Root, group);
        var problems = new List<string>();
        foreach ((string name, string actual) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (Compare(Path.Combine(folder, name), Normalize(actual)) is string problem)
            {
                problems.Add($"{group}/{name}: {problem}");
            }
        }

        if (Directory.Exists(folder))
        {
            foreach (string stale in Directory.GetFiles(folder).Where(f => !files.ContainsKey(Path.GetFileName(f))))
            {
                if (Accepting)
                {
                    File.Delete(stale);
                }
                else
                {
                    problems.Add($"{group}/{Path.GetFileName(stale)}: a snapshot of a file that is no longer generated");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems) + $"\n\nIf the change is intended, run the tests with {AcceptVariable}=1, review the diff of tests/StepGen.SourceGenerators.Tests/Snapshots and commit it.");
    }

    private static string? Compare(string path, string actual)
    {
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != actual)
            {
                File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            return null;
        }

        if (!File.Exists(path))
        {
            return "no snapshot yet";
        }

        string expected = Normalize(File.ReadAllText(path));
        return expected == actual ? null : Describe(expected, actual);
    }

    /// <summary>The first differing line of each, with its number, and how many lines differ.</summary>
    internal static string Describe(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int first = -1;
        int differing = 0;
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? left = i < e.Length ? e[i] : null;
            string? right = i < a.Length ? a[i] : null;
            if (left != right)
            {
                differing++;
                if (first < 0)
                {
                    first = i;
                }
            }
        }

        string Line(string[] lines) => first < lines.Length ? lines[first] : "(end of file)";
        return $"{differing} line(s) differ; the first is line {first + 1}:\n  snapshot:  {Line(e)}\n  generated: {Line(a)}";
    }

    /// <summary>Line endings as git may check them out on any machine; a BOM left out.</summary>
    private static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
}
