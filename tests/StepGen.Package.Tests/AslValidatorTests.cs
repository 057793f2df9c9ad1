using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// An independent check of the generated ASL: the asl-validator npm package must accept every
/// .asl.json file that the QuickStart consumer's build wrote.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AslValidatorTests
{
    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public AslValidatorTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task GeneratedAslFiles_PassAslValidator()
    {
        await JsTools.EnsureInstalledAsync(_output);
        ConsumerBuild consumer = await _fixture.GetQuickStartAsync(_output);
        Assert.True(consumer.Build.Succeeded, "consumer build failed:" + Environment.NewLine + consumer.Build);

        string[] files = Directory.GetFiles(consumer.Project.OutputDirectory, "*.asl.json");
        Assert.NotEmpty(files);

        var failures = new List<string>();
        foreach (string file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            string checkedFile = JsTools.WithResourceSubstitutionsFilled(file, Path.Combine(_fixture.WorkRoot, "validator-input"));
            CommandResult result = await JsTools.ValidateAslAsync(checkedFile);
            _output.WriteLine(result.ToString());
            if (!result.Succeeded)
            {
                failures.Add(result + Environment.NewLine + File.ReadAllText(checkedFile));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    [Fact]
    public async Task GeneratedAslFiles_PassTheAwsToolkitLanguageService()
    {
        await JsTools.EnsureInstalledAsync(_output);
        ConsumerBuild consumer = await _fixture.GetQuickStartAsync(_output);
        Assert.True(consumer.Build.Succeeded, "consumer build failed:" + Environment.NewLine + consumer.Build);

        string[] files = Directory.GetFiles(consumer.Project.OutputDirectory, "*.asl.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 4, "expected the four quick-start machines, found " + files.Length);

        CommandResult result = await JsTools.ValidateWithLanguageServiceAsync(files);
        _output.WriteLine(result.ToString());
        Assert.True(result.Succeeded, result.ToString());
    }

    /// <summary>Guards the check above: the language service must report a dangling Next.</summary>
    [Fact]
    public async Task LanguageService_RejectsABrokenDefinition()
    {
        await JsTools.EnsureInstalledAsync(_output);
        string directory = Path.Combine(_fixture.WorkRoot, "language-service-control");
        Directory.CreateDirectory(directory);
        string broken = Path.Combine(directory, "Broken.asl.json");
        File.WriteAllText(broken, """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "Nowhere" } } }""");

        CommandResult result = await JsTools.ValidateWithLanguageServiceAsync(new[] { broken });
        _output.WriteLine(result.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Next", result.Output);
    }

    /// <summary>Guards the check above: a definition with a dangling Next must fail the validator.</summary>
    [Fact]
    public async Task AslValidator_RejectsABrokenDefinition()
    {
        await JsTools.EnsureInstalledAsync(_output);
        string directory = Path.Combine(_fixture.WorkRoot, "validator-control");
        Directory.CreateDirectory(directory);
        string broken = Path.Combine(directory, "Broken.asl.json");
        File.WriteAllText(broken, """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "Nowhere" } } }""");

        CommandResult result = await JsTools.ValidateAslAsync(broken);
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Nowhere", result.Output);
    }
}
