using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>The MSBuild settings of build/StepGen.props, set the way a user sets them.</summary>
[Collection(PackageCollection.Name)]
public sealed class OutputPathTests
{
    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public OutputPathTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task StepGenOutputPath_MovesTheFiles_AndStepGenWriteFilesFalse_TurnsThemOff()
    {
        await _fixture.RequirePackageAsync(_output);
        List<KeyValuePair<string, string>> files = ConsumerSources.Workflows().ToList();
        files.Add(new("Program.cs", ConsumerSources.PrintingProgram(files.Select(f => f.Value))));

        // Relative to the project folder, as a Terraform module next to the project would use it.
        ConsumerProject project = _fixture.CreateConsumer(
            "CustomOutputPath",
            files,
            "    <StepGenOutputPath>../deploy/state-machines</StepGenOutputPath>");
        string deploy = Path.GetFullPath(Path.Combine(project.Directory, "..", "deploy", "state-machines"));

        CommandResult build = await project.BuildAsync();
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, build.ToString());

        string[] moved = QuickStartConsumerTests.StepGenFiles(deploy);
        Assert.Contains("SlackNotification.asl.json", moved);
        Assert.Contains("SlackNotification.iam.json", moved);
        Assert.Empty(QuickStartConsumerTests.StepGenFiles(project.OutputDirectory));

        Directory.Delete(deploy, recursive: true);
        CommandResult off = await project.BuildAsync("--no-restore", "-p:StepGenWriteFiles=false");
        _output.WriteLine(off.ToString());
        Assert.True(off.Succeeded, off.ToString());
        Assert.False(Directory.Exists(deploy), "StepGenWriteFiles=false still wrote " + deploy);
        Assert.Empty(QuickStartConsumerTests.StepGenFiles(project.OutputDirectory));
    }

    [Fact]
    public async Task Clean_RemovesTheFilesWrittenToTheOutputFolder()
    {
        await _fixture.RequirePackageAsync(_output);
        ConsumerProject project = _fixture.CreateConsumer("CleanUp", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using StepGen;

                Console.WriteLine(Tiny.Name);

                [StateMachine(StartAt = nameof(Done))]
                public partial class Tiny
                {
                    [Succeed]
                    public partial class Done;
                }
                """,
        });

        CommandResult build = await project.BuildAsync();
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(new[] { "Tiny.asl.json", "Tiny.iam.json", "Tiny.mmd" }, QuickStartConsumerTests.StepGenFiles(project.OutputDirectory));

        CommandResult clean = await project.DotnetAsync("clean", project.ProjectPath, "-nodeReuse:false");
        _output.WriteLine(clean.ToString());
        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(QuickStartConsumerTests.StepGenFiles(project.OutputDirectory));
    }

    [Fact]
    public async Task StepGenHttpConnectionField_MovesTheConnection_AndUnknownSettingsWarn()
    {
        await _fixture.RequirePackageAsync(_output);
        ConsumerProject project = _fixture.CreateConsumer("ConnectionField", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using StepGen;

                Console.WriteLine(Ping.Name);

                [StateMachine(StartAt = nameof(Call))]
                public partial class Ping
                {
                    [HttpTask(ApiEndpoint = "https://api.example.com/ping", Method = "GET", ConnectionArn = "${ApiConnectionArn}", End = true)]
                    public partial class Call;
                }
                """,
        }, "    <StepGenHttpConnectionField>InvocationConfig</StepGenHttpConnectionField>");

        CommandResult build = await project.BuildAsync();
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, build.ToString());
        string asl = File.ReadAllText(Path.Combine(project.OutputDirectory, "Ping.asl.json"));
        Assert.Contains("\"InvocationConfig\"", asl, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Authentication\"", asl, StringComparison.Ordinal);

        // The check runs before the compile; running it alone is enough to see the warning.
        CommandResult unknown = await project.DotnetAsync("msbuild", "-t:_StepGenCheckSettings", "-p:StepGenHttpConnectionField=InvocationConfiguration", "-nologo");
        _output.WriteLine(unknown.ToString());
        Assert.True(unknown.Succeeded, unknown.ToString());
        Assert.Contains("warning SG5003: StepGenHttpConnectionField is 'InvocationConfiguration'", unknown.Output, StringComparison.Ordinal);

        CommandResult unknownRecords = await project.DotnetAsync("msbuild", "-t:_StepGenCheckSettings", "-p:StepGenTypedRecords=Everything", "-nologo");
        Assert.True(unknownRecords.Succeeded, unknownRecords.ToString());
        Assert.Contains("warning SG5003: StepGenTypedRecords is 'Everything'", unknownRecords.Output, StringComparison.Ordinal);

        // Every documented spelling, in any case, is known.
        foreach (string known in new[] { "execution", "ALL", "None", "true", "False" })
        {
            CommandResult check = await project.DotnetAsync("msbuild", "-t:_StepGenCheckSettings", "-p:StepGenTypedRecords=" + known, "-nologo");
            Assert.True(check.Succeeded, check.ToString());
            Assert.DoesNotContain("SG5003", check.Output, StringComparison.Ordinal);
        }

        // The syntax shortcut's off switch reaches the generator as a preprocessor symbol; only false defines it.
        // (MSBuild compares its boolean spellings as booleans: off and no mean false there, and are not unknown.)
        CommandResult unknownShortcut = await project.DotnetAsync("msbuild", "-t:_StepGenCheckSettings", "-p:StepGenSyntaxShortcut=sometimes", "-nologo");
        Assert.True(unknownShortcut.Succeeded, unknownShortcut.ToString());
        Assert.Contains("warning SG5003: StepGenSyntaxShortcut is 'sometimes'", unknownShortcut.Output, StringComparison.Ordinal);
        CommandResult off = await project.DotnetAsync("msbuild", "-getProperty:DefineConstants", "-p:StepGenSyntaxShortcut=False", "-nologo");
        Assert.True(off.Succeeded, off.ToString());
        Assert.Contains("STEPGEN_NO_SYNTAX_SHORTCUT", off.Output, StringComparison.Ordinal);
        CommandResult offSpelling = await project.DotnetAsync("msbuild", "-getProperty:DefineConstants", "-p:StepGenSyntaxShortcut=off", "-nologo");
        Assert.Contains("STEPGEN_NO_SYNTAX_SHORTCUT", offSpelling.Output, StringComparison.Ordinal);
        CommandResult on = await project.DotnetAsync("msbuild", "-getProperty:DefineConstants", "-nologo");
        Assert.True(on.Succeeded, on.ToString());
        Assert.DoesNotContain("STEPGEN_NO_SYNTAX_SHORTCUT", on.Output, StringComparison.Ordinal);
    }
}
