using System.Text;
using System.Text.Json;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// A console project that references the packed StepGen and contains the sample workflows: the
/// build must leave one .asl.json, one .iam.json and one .mmd per machine beside the assembly, byte
/// for byte the generated constants.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class QuickStartConsumerTests
{
    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public QuickStartConsumerTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Build_WritesAslIamAndMermaidFilesEqualToTheGeneratedConstants()
    {
        ConsumerBuild consumer = await _fixture.GetQuickStartAsync(_output);
        Assert.True(consumer.Build.Succeeded, "consumer build failed:" + Environment.NewLine + consumer.Build);

        IReadOnlyList<PrintedMachine> machines = await RunProgramAsync(consumer.Project);
        Assert.NotEmpty(machines);

        string output = consumer.Project.OutputDirectory;
        foreach (PrintedMachine machine in machines)
        {
            AssertJsonFile(Path.Combine(output, machine.Name + ".asl.json"), machine.Asl);
            AssertJsonFile(Path.Combine(output, machine.Name + ".iam.json"), machine.IamPolicy);
            Assert.StartsWith("flowchart TD\n", machine.Mermaid, StringComparison.Ordinal);
            Assert.Equal(Encoding.UTF8.GetBytes(machine.Mermaid), File.ReadAllBytes(Path.Combine(output, machine.Name + ".mmd")));
        }

        string[] expected = machines
            .SelectMany(m => new[] { m.Name + ".asl.json", m.Name + ".iam.json", m.Name + ".mmd" })
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, StepGenFiles(output));
    }

    [Fact]
    public async Task SecondBuild_WithNoChange_KeepsTheFilesAsTheyWere()
    {
        ConsumerBuild consumer = await _fixture.GetQuickStartAsync(_output);
        Assert.True(consumer.Build.Succeeded, "consumer build failed:" + Environment.NewLine + consumer.Build);
        string[] files = StepGenFiles(consumer.Project.OutputDirectory).Select(f => Path.Combine(consumer.Project.OutputDirectory, f)).ToArray();
        Assert.NotEmpty(files);

        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (string file in files)
        {
            File.SetLastWriteTimeUtc(file, past);
        }

        CommandResult rebuild = await consumer.Project.BuildAsync("--no-restore");
        _output.WriteLine(rebuild.ToString());
        Assert.True(rebuild.Succeeded, rebuild.ToString());

        Assert.All(files, f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public async Task Publish_CopiesTheFilesIntoThePublishFolder()
    {
        ConsumerBuild consumer = await _fixture.GetQuickStartAsync(_output);
        Assert.True(consumer.Build.Succeeded, "consumer build failed:" + Environment.NewLine + consumer.Build);
        string publishDirectory = Path.Combine(_fixture.WorkRoot, "publish", consumer.Project.Name);

        // no-build: the files come from the publish step itself, not from a build it ran.
        CommandResult publish = await consumer.Project.DotnetAsync(
            "publish", consumer.Project.ProjectPath, "--no-build", "-c", "Debug", "-o", publishDirectory, "-nodeReuse:false");
        _output.WriteLine(publish.ToString());
        Assert.True(publish.Succeeded, publish.ToString());

        string[] built = StepGenFiles(consumer.Project.OutputDirectory);
        Assert.NotEmpty(built);
        Assert.Equal(built, StepGenFiles(publishDirectory));
        foreach (string name in built)
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(consumer.Project.OutputDirectory, name)),
                File.ReadAllBytes(Path.Combine(publishDirectory, name)));
        }
    }

    internal static string[] StepGenFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory)
                .Select(f => Path.GetFileName(f))
                .Where(n => n.EndsWith(".asl.json", StringComparison.Ordinal) || n.EndsWith(".iam.json", StringComparison.Ordinal) || n.EndsWith(".mmd", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray()
            : Array.Empty<string>();

    private async Task<IReadOnlyList<PrintedMachine>> RunProgramAsync(ConsumerProject project)
    {
        CommandResult run = await project.RunAsync();
        _output.WriteLine(run.ToString());
        Assert.True(run.Succeeded, "the consumer program failed:" + Environment.NewLine + run);

        using JsonDocument printed = JsonDocument.Parse(run.Output);
        JsonElement root = printed.RootElement;
        var machines = root.GetProperty("machines").EnumerateArray()
            .Select(m => new PrintedMachine(
                m.GetProperty("type").GetString()!,
                m.GetProperty("name").GetString() ?? throw new Xunit.Sdk.XunitException("no Name constant on " + m.GetProperty("type")),
                m.GetProperty("asl").GetString() ?? throw new Xunit.Sdk.XunitException("no Asl constant on " + m.GetProperty("type")),
                m.GetProperty("iamPolicy").GetString() ?? throw new Xunit.Sdk.XunitException("no IamPolicy constant on " + m.GetProperty("type")),
                m.GetProperty("mermaid").GetString() ?? throw new Xunit.Sdk.XunitException("no Mermaid constant on " + m.GetProperty("type"))))
            .ToList();

        PrintedMachine slack = Assert.Single(machines, m => m.Type.EndsWith(".SlackNotification", StringComparison.Ordinal) || m.Type == "SlackNotification");
        Assert.Equal(slack.Asl, root.GetProperty("slack").GetString());
        return machines;
    }

    private static void AssertJsonFile(string path, string expectedText)
    {
        Assert.True(File.Exists(path), path + " was not written");
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetBytes(expectedText), bytes);

        try
        {
            using JsonDocument document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            Assert.Fail($"{path} is not valid JSON: {ex.Message}{Environment.NewLine}{expectedText}");
        }
    }

    private sealed record PrintedMachine(string Type, string Name, string Asl, string IamPolicy, string Mermaid);
}
