using System.Xml.Linq;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// Where the repository is cloned must not change how it builds (issue 16): a clone in a folder named <c>src</c>, a
/// common layout, once made every test project warnings-as-errors through a path test in Directory.Build.props.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RepositoryCloneTests
{
    private readonly ITestOutputHelper _output;

    public RepositoryCloneTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Each_shipped_project_sets_warnings_as_errors_itself_and_nothing_sets_it_by_path()
    {
        string[] projects = Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "src"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (string project in projects)
        {
            XElement? setting = XDocument.Load(project).Descendants("TreatWarningsAsErrors").SingleOrDefault();
            Assert.True(setting?.Value == "true" && setting.Attribute("Condition") is null, $"{project} should set <TreatWarningsAsErrors>true</TreatWarningsAsErrors> without a condition");
        }

        Assert.DoesNotContain("<TreatWarningsAsErrors", File.ReadAllText(Path.Combine(RepositoryLayout.Root, "Directory.Build.props")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clone_in_a_folder_named_src_packs_every_package_and_the_packed_tool_runs()
    {
        string work = Path.Combine(Path.GetTempPath(), "stepgen-clone-" + Guid.NewGuid().ToString("N"));
        string clone = Path.Combine(work, "src");
        try
        {
            foreach (string file in await RepositoryFilesAsync())
            {
                string target = Path.Combine(clone, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(RepositoryLayout.Root, file), target);
            }

            string output = Path.Combine(work, "packages");
            CommandResult pack = await CommandRunner.RunAsync(
                CommandRunner.DotnetExecutable, new[] { "pack", "StepGen.sln", "-c", "Release", "-o", output, "-nologo" }, clone, timeout: TimeSpan.FromMinutes(15));
            _output.WriteLine(pack.ToString());
            Assert.True(pack.Succeeded, pack.ToString());
            string[] packages = Directory.GetFiles(output, "*.nupkg").Select(f => Path.GetFileName(f)!).ToArray();
            Assert.Contains(packages, f => f.StartsWith("StepGen.0", StringComparison.Ordinal));
            Assert.Contains(packages, f => f.StartsWith("StepGen.Testing.0", StringComparison.Ordinal));
            Assert.Contains(packages, f => f.StartsWith("StepGen.Tool.0", StringComparison.Ordinal));
            Assert.DoesNotContain(": error ", pack.Output, StringComparison.Ordinal);

            await InstallAndRunToolAsync(work, output);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a build server; the temp folder is cleaned later.
            }
        }
    }

    /// <summary>
    /// Issue 17's done-when: `stepgen run` works from the packed tool on a fresh machine. Installs StepGen.Tool from
    /// the folder the pack wrote (a nuget.config that knows only that folder) and runs a definition with a mock file.
    /// </summary>
    private async Task InstallAndRunToolAsync(string work, string feed)
    {
        string config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        string tools = Path.Combine(work, "tools");
        CommandResult install = await CommandRunner.DotnetAsync(work, "tool", "install", "StepGen.Tool", "--tool-path", tools, "--configfile", config);
        _output.WriteLine(install.ToString());
        Assert.True(install.Succeeded, install.ToString());

        string definition = Path.Combine(work, "hello.asl.json");
        File.WriteAllText(definition, """
            {"StartAt": "Greet", "States": {"Greet": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true}}}
            """);
        string mocks = Path.Combine(work, "mocks.json");
        File.WriteAllText(mocks, """
            {"StateMachines": {"Hello": {"TestCases": {"Ok": {"Greet": "Hi"}}}},
             "MockedResponses": {"Hi": {"0": {"Return": {"StatusCode": 200, "Payload": {"greeting": "hi"}}}}}}
            """);
        string stepgen = Path.Combine(tools, OperatingSystem.IsWindows() ? "stepgen.exe" : "stepgen");
        CommandResult run = await CommandRunner.RunAsync(stepgen, new[] { "run", "--definition", definition, "--mocks", mocks, "--test-case", "Ok" }, work);
        _output.WriteLine(run.ToString());
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("\"status\": \"SUCCEEDED\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"greeting\": \"hi\"", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The files git tracks, as a fresh clone has them; without git, every file outside build output.</summary>
    private static async Task<IReadOnlyList<string>> RepositoryFilesAsync()
    {
        if (Directory.Exists(Path.Combine(RepositoryLayout.Root, ".git")))
        {
            CommandResult files = await CommandRunner.RunAsync("git", new[] { "ls-files", "-z" }, RepositoryLayout.Root);
            if (files.Succeeded)
            {
                return files.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
                    .Where(f => File.Exists(Path.Combine(RepositoryLayout.Root, f)))
                    .ToArray();
            }
        }

        string[] skipped = { "bin", "obj", "node_modules", ".git", "BenchmarkDotNet.Artifacts" };
        return Directory.GetFiles(RepositoryLayout.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryLayout.Root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => skipped.Contains(part)))
            .ToArray();
    }
}
