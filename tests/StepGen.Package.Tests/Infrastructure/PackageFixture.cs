using System.Text.RegularExpressions;

namespace StepGen.Package.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "StepGen package";
}

/// <summary>
/// Shared by every end-to-end test of one run: packs StepGen once into a private feed, and lays out
/// a work folder whose nuget.config knows only that feed and whose packages folder is private, so
/// restore can never pick up a stale StepGen from the machine's global cache.
/// </summary>
/// <remarks>
/// Layout of <see cref="WorkRoot"/>:
/// <code>
///   nuget.config, Directory.Build.props/.targets, global.json
///   feed/StepGen.&lt;version&gt;.nupkg
///   packages/                  private restore folder
///   consumers/&lt;name&gt;/         one throwaway project per scenario
/// </code>
/// Set STEPGEN_E2E_KEEP=1 to keep the folder after the run.
/// </remarks>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CommandResult? _packResult;
    private Task<ConsumerBuild>? _quickStart;

    public PackageFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "stepgen-e2e-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..8]);
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        PackagesDirectory = Path.Combine(WorkRoot, "packages");
    }

    public string WorkRoot { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    /// <summary>The packed StepGen .nupkg; valid after <see cref="RequirePackageAsync"/>.</summary>
    public string PackagePath { get; private set; } = string.Empty;

    public string PackageVersion { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        Directory.CreateDirectory(Path.Combine(WorkRoot, "consumers"));

        File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="stepgen-under-test" value="feed" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
            </configuration>
            """);

        // Stop MSBuild's search for Directory.Build.* above the temp folder, and pin the packages folder
        // even if NUGET_PACKAGES is set in the environment.
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{PackagesDirectory}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />");

        string globalJson = Path.Combine(RepositoryLayout.Root, "global.json");
        if (File.Exists(globalJson))
        {
            File.Copy(globalJson, Path.Combine(WorkRoot, "global.json"));
        }

        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("STEPGEN_E2E_KEEP") != "1")
        {
            try
            {
                Directory.Delete(WorkRoot, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A compiler server may still hold a file on Windows; the temp folder is disposable.
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Packs nuget/StepGen.Package.csproj on first call; every later call reuses that package. Fails
    /// the calling test, with the pack output, when packing failed.
    /// </summary>
    public async Task RequirePackageAsync(ITestOutputHelper output)
    {
        await _gate.WaitAsync();
        try
        {
            if (_packResult is null)
            {
                _packResult = await CommandRunner.DotnetAsync(
                    RepositoryLayout.Root,
                    "pack", RepositoryLayout.PackageProject,
                    "-c", "Release",
                    "-o", FeedDirectory,
                    "-nodeReuse:false");

                string[] packages = Directory.GetFiles(FeedDirectory, "StepGen.*.nupkg");
                if (_packResult.Succeeded && packages.Length == 1)
                {
                    PackagePath = packages[0];
                    PackageVersion = Regex.Match(Path.GetFileName(PackagePath), @"^StepGen\.(.+)\.nupkg$").Groups[1].Value;
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        output.WriteLine(_packResult.ToString());
        Assert.True(_packResult.Succeeded, "dotnet pack failed:" + Environment.NewLine + _packResult);
        Assert.True(PackagePath.Length > 0, "dotnet pack did not leave exactly one StepGen.*.nupkg in " + FeedDirectory);
    }

    /// <summary>Writes a console project that references the packed StepGen, plus the given files.</summary>
    public ConsumerProject CreateConsumer(string name, IEnumerable<KeyValuePair<string, string>> files, string extraProperties = "")
    {
        Assert.True(PackageVersion.Length > 0, "CreateConsumer needs RequirePackageAsync first.");
        string directory = Path.Combine(WorkRoot, "consumers", name);
        Directory.CreateDirectory(directory);

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StepGen" Version="{PackageVersion}" />
              </ItemGroup>
            </Project>
            """);

        foreach ((string relativePath, string content) in files)
        {
            string path = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return new ConsumerProject(name, directory);
    }

    /// <summary>
    /// The QuickStart consumer (the sample workflows plus a Program.cs that prints every machine's
    /// constants), built once and shared by the tests that only read its output.
    /// </summary>
    public async Task<ConsumerBuild> GetQuickStartAsync(ITestOutputHelper output)
    {
        await RequirePackageAsync(output);
        Task<ConsumerBuild> build;
        await _gate.WaitAsync();
        try
        {
            build = _quickStart ??= BuildQuickStartAsync();
        }
        finally
        {
            _gate.Release();
        }

        ConsumerBuild result = await build;
        output.WriteLine(result.Build.ToString());
        return result;
    }

    private async Task<ConsumerBuild> BuildQuickStartAsync()
    {
        List<KeyValuePair<string, string>> files = ConsumerSources.Workflows().ToList();
        files.Add(new("Program.cs", ConsumerSources.PrintingProgram(files.Select(f => f.Value))));
        ConsumerProject project = CreateConsumer("QuickStart", files);
        CommandResult build = await project.BuildAsync();
        return new ConsumerBuild(project, build);
    }
}

/// <summary>A consumer and the result of its first build.</summary>
public sealed record ConsumerBuild(ConsumerProject Project, CommandResult Build);
