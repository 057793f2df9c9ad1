using System.Text.RegularExpressions;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// Mistakes in a consumer fail `dotnet build`, and the compiler output names the file, line and
/// column of the attribute argument at fault, as a user sees it in a terminal or a CI log.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DiagnosticsTests
{
    private const string TypoTarget = "\"Finsh\"";
    private const string BrokenJson = "\"\"\"{ \"type\": \"INFO\" \"text\": \"no comma before me\" }\"\"\"";

    // Start's Result misses a comma between its two members; Middle's Next names no state.
    private static readonly string PlantedProgram = $$"""
        using StepGen;

        Console.WriteLine(Broken.Asl);

        [StateMachine(StartAt = nameof(Start))]
        public partial class Broken
        {
            [Pass(ResultPath = "$.data", Result = {{BrokenJson}}, Next = nameof(Middle))]
            public partial class Start;

            [Pass(Next = {{TypoTarget}})]
            public partial class Middle;

            [Succeed]
            public partial class Finish;
        }
        """.ReplaceLineEndings("\n");

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public DiagnosticsTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task PlantedMistakes_FailTheBuild_AtTheArgumentsLineAndColumn()
    {
        await _fixture.RequirePackageAsync(_output);
        ConsumerProject project = _fixture.CreateConsumer("Mistakes", new Dictionary<string, string> { ["Program.cs"] = PlantedProgram });

        CommandResult build = await project.BuildAsync();
        _output.WriteLine(build.ToString());

        Assert.False(build.Succeeded, "the build should fail on the planted mistakes");

        // SG1004 points at the string that names no state.
        (int typoLine, int typoColumn) = Position(PlantedProgram, PlantedProgram.IndexOf(TypoTarget, StringComparison.Ordinal));
        Assert.Contains($"Program.cs({typoLine},{typoColumn}): error SG1004", build.Output);

        // SG1014 points into the Result literal: at its start, or narrowed to the place of the JSON error.
        int jsonStart = PlantedProgram.IndexOf(BrokenJson, StringComparison.Ordinal);
        (int jsonLine, int jsonFirstColumn) = Position(PlantedProgram, jsonStart);
        int jsonLastColumn = jsonFirstColumn + BrokenJson.Length - 1;
        Match sg1014 = Regex.Match(build.Output, @"Program\.cs\((\d+),(\d+)\): error SG1014");
        Assert.True(sg1014.Success, "no 'Program.cs(line,col): error SG1014' in the build output");
        Assert.Equal(jsonLine, int.Parse(sg1014.Groups[1].Value));
        Assert.InRange(int.Parse(sg1014.Groups[2].Value), jsonFirstColumn, jsonLastColumn);
    }

    /// <summary>1-based line and column of a character offset, as the compiler prints them.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        Assert.True(offset >= 0, "planted text not found");
        string before = text[..offset];
        int line = before.Count(c => c == '\n') + 1;
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
