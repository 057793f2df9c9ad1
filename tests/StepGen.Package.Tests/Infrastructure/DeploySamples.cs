using System.Text.RegularExpressions;

namespace StepGen.Package.Tests.Infrastructure;

/// <summary>One generated state machine: its constants and substitutions, as a sample prints or builds them.</summary>
public sealed record GeneratedMachine(string Name, string Asl, string IamPolicy, IReadOnlyList<string> Substitutions);

/// <summary>A deploy sample (samples/Terraform, samples/Sam) copied to a scratch folder and built into as its README says.</summary>
public sealed record DeploySample(string Name, string Directory, string ReadmeOutputPath, string OutputDirectory, CommandResult Build);

/// <summary>
/// Shared by the deploy-sample tests: copies each sample to a scratch folder, runs the build command its
/// README gives (<c>dotnet build samples/QuickStart -p:StepGenOutputPath=...</c>) with the path moved into
/// the copy, and runs the QuickStart program once to learn what StepGen generated (Name, Asl, IamPolicy,
/// Substitutions of every machine). Uses the repository's QuickStart project, not the packed package, so
/// the commands the READMEs show are the ones tested.
/// </summary>
public sealed class DeploySamplesFixture : IDisposable
{
    public static readonly string[] SampleNames = { "Terraform", "Sam" };

    private static readonly Regex BuildCommand = new(@"dotnet build samples/QuickStart -p:StepGenOutputPath=(?<path>\S+)", RegexOptions.CultureInvariant);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DeploySample> _samples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<object>> _values = new(StringComparer.Ordinal);
    private (CommandResult Run, IReadOnlyDictionary<string, GeneratedMachine> Machines)? _program;

    public DeploySamplesFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "stepgen-deploy-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(WorkRoot);
    }

    public string WorkRoot { get; }

    /// <summary>The sample copied and built into; the build's outcome is in <see cref="DeploySample.Build"/>.</summary>
    public async Task<DeploySample> GetSampleAsync(string name, ITestOutputHelper output)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_samples.TryGetValue(name, out DeploySample? sample))
            {
                sample = await PrepareAsync(name);
                _samples[name] = sample;
            }

            output.WriteLine(sample.Build.ToString());
            return sample;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What `dotnet run --project samples/QuickStart` prints, by machine name (after a sample's build).</summary>
    public async Task<IReadOnlyDictionary<string, GeneratedMachine>> GetMachinesAsync(ITestOutputHelper output)
    {
        DeploySample built = await GetSampleAsync(SampleNames[0], output);
        Assert.True(built.Build.Succeeded, "the QuickStart build failed:" + Environment.NewLine + built.Build);

        await _gate.WaitAsync();
        try
        {
            if (_program is null)
            {
                CommandResult run = await CommandRunner.DotnetAsync(
                    RepositoryLayout.Root, "run", "--project", RepositoryLayout.QuickStartProject, "--no-build");
                _program = (run, run.Succeeded ? ParseProgramOutput(run.Output) : new Dictionary<string, GeneratedMachine>());
            }
        }
        finally
        {
            _gate.Release();
        }

        output.WriteLine($"$ {_program.Value.Run.CommandLine} (exit code {_program.Value.Run.ExitCode}; {_program.Value.Run.Duration.TotalSeconds:0.0} s)");
        Assert.True(_program.Value.Run.Succeeded, "the QuickStart program failed:" + Environment.NewLine + _program.Value.Run);
        Assert.NotEmpty(_program.Value.Machines);
        return _program.Value.Machines;
    }

    /// <summary>
    /// What <paramref name="create"/> returns, computed by the first test that asks for it; a failure is
    /// remembered as well, so every test that needs the value reports it.
    /// </summary>
    public async Task<T> GetOrAddAsync<T>(string key, ITestOutputHelper output, Func<Task<T>> create)
    {
        Task<object> task;
        lock (_values)
        {
            if (!_values.TryGetValue(key, out task!))
            {
                task = Box(create);
                _values[key] = task;
            }
        }

        output.WriteLine($"({key}: shared with the other tests of the class)");
        return (T)await task;

        static async Task<object> Box(Func<Task<T>> create) => (await create())!;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("STEPGEN_E2E_KEEP") != "1")
        {
            try
            {
                System.IO.Directory.Delete(WorkRoot, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Disposable scratch space.
            }
        }
    }

    /// <summary>The StepGenOutputPath value of the build command in samples/&lt;name&gt;/README.md.</summary>
    public static string ReadmeOutputPath(string name)
    {
        string readme = Path.Combine(RepositoryLayout.SamplesDirectory, name, "README.md");
        Assert.True(File.Exists(readme), readme + " is missing");
        Match match = BuildCommand.Match(File.ReadAllText(readme));
        Assert.True(match.Success, readme + " does not show `dotnet build samples/QuickStart -p:StepGenOutputPath=...`");
        return match.Groups["path"].Value;
    }

    private async Task<DeploySample> PrepareAsync(string name)
    {
        string source = Path.Combine(RepositoryLayout.SamplesDirectory, name);
        string copy = Path.Combine(WorkRoot, name);
        CopySample(source, copy);

        // The README's path is taken from the QuickStart project's folder; it must land in the sample.
        string readmePath = ReadmeOutputPath(name);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(RepositoryLayout.QuickStartDirectory, readmePath)));
        string insideSample = Path.GetRelativePath(source, target);
        Assert.False(
            insideSample.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(insideSample),
            $"samples/{name}/README.md builds into {target}, outside samples/{name}");
        string output = Path.GetFullPath(Path.Combine(copy, insideSample));

        CommandResult build = await CommandRunner.DotnetAsync(
            RepositoryLayout.Root,
            "build", RepositoryLayout.QuickStartProject, "-p:StepGenOutputPath=" + output + Path.DirectorySeparatorChar, "-nodeReuse:false");
        return new DeploySample(name, copy, readmePath, output, build);
    }

    /// <summary>The sample's own files: not what a build, terraform or sam leaves in the working copy.</summary>
    private static void CopySample(string source, string destination)
    {
        string[] skipped = { "state-machines", ".terraform", ".aws-sam", "bin", "obj" };
        System.IO.Directory.CreateDirectory(destination);
        foreach (string file in System.IO.Directory.GetFiles(source))
        {
            string fileName = Path.GetFileName(file);
            if (!fileName.EndsWith(".tfstate", StringComparison.Ordinal) && fileName != "terraform.tfvars" && fileName != "samconfig.toml")
            {
                File.Copy(file, Path.Combine(destination, fileName));
            }
        }

        foreach (string directory in System.IO.Directory.GetDirectories(source))
        {
            if (!skipped.Contains(Path.GetFileName(directory)))
            {
                CopySample(directory, Path.Combine(destination, Path.GetFileName(directory)));
            }
        }
    }

    /// <summary>
    /// Reads Program.cs's sections: "=== Name: ASL definition ===", "=== Name: IAM policy for the execution
    /// role ===" (each followed by the JSON) and "=== Name: substitutions to supply at deploy time ===" (a
    /// comma-separated list, or "(none)").
    /// </summary>
    internal static Dictionary<string, GeneratedMachine> ParseProgramOutput(string output)
    {
        var sections = new Dictionary<(string Machine, string Kind), List<string>>();
        List<string>? current = null;
        foreach (string line in output.Replace("\r\n", "\n").Split('\n'))
        {
            Match header = Regex.Match(line, @"^=== (?<name>[^:]+): (?<kind>ASL definition|IAM policy for the execution role|substitutions to supply at deploy time) ===$");
            if (header.Success)
            {
                current = new List<string>();
                sections[(header.Groups["name"].Value, header.Groups["kind"].Value)] = current;
            }
            else if (current is not null && line.Length == 0)
            {
                current = null; // Each section ends with an empty line; the JSON itself has none.
            }
            else
            {
                current?.Add(line);
            }
        }

        return sections.Keys.Select(k => k.Machine).Distinct().ToDictionary(
            name => name,
            name =>
            {
                string Section(string kind) =>
                    sections.TryGetValue((name, kind), out List<string>? lines) ? string.Join("\n", lines) : throw new Xunit.Sdk.XunitException($"no '{kind}' section for {name}");
                string substitutions = Section("substitutions to supply at deploy time");
                return new GeneratedMachine(
                    name,
                    Section("ASL definition"),
                    Section("IAM policy for the execution role"),
                    substitutions == "(none)" ? Array.Empty<string>() : substitutions.Split(", "));
            },
            StringComparer.Ordinal);
    }
}
