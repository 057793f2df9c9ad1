using System.Globalization;
using StepGen.Asl.Compile;
using StepGen.Asl.Import;
using StepGen.Asl.Json;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Tests.Import;

/// <summary>
/// The published AWS definitions of the corpus, when they are at hand (STEPGEN_CORPUS, or shared/corpus beside the
/// repository; data, not in the repository): each, read as attributes and compiled by the core, gives back the same
/// definition as a JSON value, and linting it finds no error.
/// </summary>
public sealed class CorpusRoundTripTests
{
    /// <summary>Published files that AWS would refuse, with the error that says so.</summary>
    private static readonly Dictionary<string, string> KnownInvalid = new(StringComparer.Ordinal)
    {
        // "QueryLanguage": "JSONata" written inside States, where it reads as a state that is not an object.
        ["SharedFallbackStateJsonata.asl.json"] = Rules.RequiredField,
    };

    public static IEnumerable<object[]> Files() =>
        CorpusFolder() is string folder
            ? Directory.EnumerateFiles(Path.Combine(folder, "asl"), "*.json").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) })
            : new[] { new object[] { string.Empty } };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reading_and_compiling_gives_the_same_definition(string file)
    {
        if (CorpusFolder() is not string folder || file.Length == 0)
        {
            return;
        }

        string text = File.ReadAllText(Path.Combine(folder, "asl", file));
        if (KnownInvalid.TryGetValue(file, out string? id))
        {
            // Not a definition AWS accepts: linting it must say why, at least.
            Assert.Contains(DefinitionLinter.Lint(text, "Imported").Findings, f => f.Id == id && f.Severity == RuleSeverity.Error);
            return;
        }

        AslImport import = AslImporter.Read(text, "Imported");
        Assert.NotNull(import.Machine);
        CompiledMachine compiled = MachineCompiler.Compile(import.Machine!);
        JsonNode expected = JsonParser.Parse(text).Value!;
        JsonNode actual = JsonParser.Parse(compiled.Asl).Value!;
        Assert.True(
            JsonNode.DeepEqualsBy(expected, actual, ignoreMemberOrder: true, (a, b) => Numeric(a) == Numeric(b)),
            $"{file}: compiled differs.\nproblems: {string.Join("\n", import.Problems.Select(p => p.Id + " " + p.Message))}\n{compiled.Asl}");
    }

    private static decimal Numeric(JsonNumber number) =>
        decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) ? d : decimal.MinValue;

    internal static string? CorpusFolder()
    {
        string? folder = Environment.GetEnvironmentVariable("STEPGEN_CORPUS");
        if (string.IsNullOrEmpty(folder))
        {
            string? parent = Path.GetDirectoryName(IntegrationTableTests.RepositoryRoot());
            folder = parent is null ? null : Path.Combine(parent, "shared", "corpus");
        }

        return folder is not null && Directory.Exists(Path.Combine(folder, "asl")) ? folder : null;
    }
}
