using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;

namespace StepGen.Package.Tests.Infrastructure;

/// <summary>
/// Builds samples/Cdk once, runs it with <c>CDK_OUTDIR</c> pointing at a temporary folder (the app's
/// <c>app.Synth()</c> writes the cloud assembly there; the jsii runtime runs the CDK's JavaScript on the
/// <c>node</c> of the PATH, no CDK CLI involved), and reads back the template and the machine's generated
/// constants. Shared by the tests of <see cref="CdkSampleTests"/>.
/// </summary>
/// <remarks>
/// The sample is built in place, always in Debug: the package tests pack src/ in Release at the same
/// time, and the two builds must not write the same files. Set STEPGEN_E2E_KEEP=1 to keep the cloud
/// assembly after the run.
/// </remarks>
public sealed class CdkSampleFixture : IAsyncLifetime
{
    public const string Configuration = "Debug";
    public const string StackName = "StepGenOrderShipping";
    public const string MachineType = "StepGen.Samples.Cdk.OrderShipping";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CdkSynthesis? _synthesis;

    public CdkSampleFixture()
    {
        OutDirectory = Path.Combine(Path.GetTempPath(), "stepgen-cdk-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>The cloud assembly folder, given to the app as CDK_OUTDIR.</summary>
    public string OutDirectory { get; }

    public static string ProjectDirectory => Path.Combine(RepositoryLayout.Root, "samples", "Cdk");

    public static string ProjectPath => Path.Combine(ProjectDirectory, "Cdk.csproj");

    public static string AssemblyPath => Path.Combine(ProjectDirectory, "bin", Configuration, "net10.0", "Cdk.dll");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("STEPGEN_E2E_KEEP") != "1" && Directory.Exists(OutDirectory))
        {
            try
            {
                Directory.Delete(OutDirectory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder; leaving it behind is harmless.
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Builds and synthesizes on the first call; fails the calling test if either step failed.</summary>
    public async Task<CdkSynthesis> GetAsync(ITestOutputHelper output)
    {
        await _gate.WaitAsync();
        try
        {
            _synthesis ??= await SynthesizeAsync();
        }
        finally
        {
            _gate.Release();
        }

        CdkSynthesis s = _synthesis;
        output.WriteLine($"build {s.Build.Duration.TotalSeconds:0.0} s, synth {s.Synth?.Duration.TotalSeconds ?? 0:0.0} s");
        output.WriteLine(s.Build.ToString());
        Assert.True(s.Build.Succeeded, "samples/Cdk did not build:" + Environment.NewLine + s.Build);
        Assert.NotNull(s.Synth);
        output.WriteLine(s.Synth.ToString());
        Assert.True(s.Synth.Succeeded, "samples/Cdk did not synthesize:" + Environment.NewLine + s.Synth);
        Assert.True(s.Template is not null, $"{StackName}.template.json is not in {OutDirectory}:{Environment.NewLine}{s.Synth}");
        return s;
    }

    private async Task<CdkSynthesis> SynthesizeAsync()
    {
        // The first restore of Amazon.CDK.Lib and its asset packages downloads a few hundred MB.
        CommandResult build = await CommandRunner.RunAsync(
            CommandRunner.DotnetExecutable,
            new[] { "build", ProjectPath, "-c", Configuration, "-nodeReuse:false" },
            ProjectDirectory,
            timeout: TimeSpan.FromMinutes(15));
        if (!build.Succeeded)
        {
            return new CdkSynthesis(build, null, null, null!);
        }

        // What a user runs, minus the build that was just done.
        CommandResult synth = await CommandRunner.RunAsync(
            CommandRunner.DotnetExecutable,
            new[] { "run", "--project", ProjectPath, "-c", Configuration, "--no-build" },
            ProjectDirectory,
            new Dictionary<string, string?> { ["CDK_OUTDIR"] = OutDirectory },
            TimeSpan.FromMinutes(5));

        string templatePath = Path.Combine(OutDirectory, StackName + ".template.json");
        JsonObject? template = synth.Succeeded && File.Exists(templatePath)
            ? JsonNode.Parse(File.ReadAllText(templatePath))!.AsObject()
            : null;
        return new CdkSynthesis(build, synth, template, ReadMachine(AssemblyPath));
    }

    /// <summary>
    /// The generated members of the machine class, read from the built sample: the constants from
    /// metadata, Substitutions by calling its getter. Loaded into a collectible context of its own;
    /// the machine class does not touch the CDK, so none of the CDK assemblies are loaded.
    /// </summary>
    private static GeneratedMachine ReadMachine(string assemblyPath)
    {
        var context = new AssemblyLoadContext("stepgen-cdk-sample", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromAssemblyPath(assemblyPath);
            Type type = assembly.GetType(MachineType, throwOnError: true)!;
            string Constant(string name) =>
                type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                ?? throw new InvalidOperationException($"{MachineType}.{name} is not a string constant");
            var substitutions = (IReadOnlyList<string>)type.GetProperty("Substitutions", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return new GeneratedMachine(Constant("Name"), Constant("Asl"), Constant("IamPolicy"), substitutions.ToArray());
        }
        finally
        {
            context.Unload();
        }
    }
}

/// <summary>The sample's build and synth, the template they produced, and the machine's generated members.</summary>
public sealed record CdkSynthesis(CommandResult Build, CommandResult? Synth, JsonObject? Template, GeneratedMachine Machine)
{
    public JsonObject Resources => Template!["Resources"]!.AsObject();

    /// <summary>The one resource of the given CloudFormation type, with its logical id.</summary>
    public KeyValuePair<string, JsonObject> Single(string type)
    {
        var matches = Resources.Where(r => (string?)r.Value!["Type"] == type).ToList();
        Assert.True(matches.Count == 1, $"expected one {type} in the template, found {matches.Count}");
        return new(matches[0].Key, matches[0].Value!.AsObject());
    }
}

