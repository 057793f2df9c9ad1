using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Import;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// <c>stepgen import</c> on published AWS definitions (Imported/README.md). Each <c>Imported/&lt;Name&gt;.cs</c> is what
/// the importer writes for one; <c>Imported/sources.tsv</c> names where the definition was published and the SHA-256
/// of its canonical JSON, so the published files need not be in this repository. The tests prove, without them:
/// building the C# with StepGen generates the published definition (the hash), with no error; and importing that
/// generated definition writes the same C# again. With the published files at hand (shared/corpus beside the
/// repository, or STEPGEN_CORPUS), importing each must write the committed C# exactly.
/// </summary>
public sealed class ImportRoundTripTests
{
    private const string Namespace = "StepGen.Imported";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Imported");

    public static IEnumerable<object[]> Definitions() => Sources().Select(s => new object[] { s.Name });

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task Building_the_imported_class_generates_the_published_definition(string name)
    {
        PublishedSource source = Sources().Single(s => s.Name == name);
        string code = File.ReadAllText(Path.Combine(Folder, name + ".cs"));
        (Compilation output, _) = TestCompilation.Generate(code);
        TestCompilation.AssertNoErrors(output);
        string asl = TestCompilation.Constant(output, Namespace + "." + name, "Asl");
        Assert.True(
            RoundTripTests.Hash(RoundTripTests.Canonical(JsonNode.Parse(asl))) == source.Sha256,
            $"{name}: the generated ASL differs from {source.Repository}/{source.Path}:\n{asl}");

        Diagnostic[] errors = (await TestCompilation.AnalyzeAsync(code)).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, $"{name}: StepGen reports errors on a definition AWS accepts:\n{string.Join("\n", errors.Select(e => e.ToString()))}");

        // The published definition, as the generator writes it: importing it again gives the same C#, and linting it finds no error.
        Assert.Equal(code, Import(asl, name, source));
        LintResult lint = DefinitionLinter.Lint(asl, name);
        Assert.DoesNotContain(lint.Findings, f => f.Severity == RuleSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Importing_the_published_definition_writes_the_committed_class(string name)
    {
        PublishedSource source = Sources().Single(s => s.Name == name);
        if (Published(source) is not string published)
        {
            return;
        }

        string text = File.ReadAllText(published);
        string hash = RoundTripTests.Hash(RoundTripTests.Canonical(JsonNode.Parse(text)));
        string code = Import(text, name, source);
        string committed = Path.Combine(Repository(), "tests", "StepGen.SourceGenerators.Tests", "Imported", name + ".cs");
        if (Environment.GetEnvironmentVariable("STEPGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            // Writes the class and the published definition's hash; review the difference before committing it.
            File.WriteAllText(committed, code);
            return;
        }

        Assert.Equal(source.Sha256, hash);

        Assert.Equal(File.ReadAllText(committed), code);
    }

    [Fact]
    public void The_suite_covers_at_least_twenty_definitions_and_the_forms_import_writes()
    {
        string[] texts = Sources().Select(s => File.ReadAllText(Path.Combine(Folder, s.Name + ".cs"))).ToArray();
        Assert.True(texts.Length >= 20, $"{texts.Length} definitions");
        foreach (string form in new[] { "[HttpTask(", "[When(\"$", "[When(\"\"\"", "[Parameter(", "[Retry(", "[Catch(", "Iterator = typeof(", "Processor = typeof(", "Branches = new[]", "QueryLanguage.JsonAta", "[AslField(" })
        {
            Assert.True(texts.Any(t => t.Contains(form, StringComparison.Ordinal)), $"no imported class uses {form}");
        }
    }

    [Fact]
    public void Recording_the_hashes_of_the_published_definitions()
    {
        if (Environment.GetEnvironmentVariable("STEPGEN_ACCEPT_SNAPSHOTS") != "1")
        {
            return;
        }

        string tsv = Path.Combine(Repository(), "tests", "StepGen.SourceGenerators.Tests", "Imported", "sources.tsv");
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (PublishedSource source in Sources())
        {
            if (Published(source) is string published)
            {
                hashes[source.Name] = RoundTripTests.Hash(RoundTripTests.Canonical(JsonNode.Parse(File.ReadAllText(published))));
            }
        }

        File.WriteAllLines(tsv, File.ReadAllLines(tsv).Select(line =>
        {
            string[] fields = line.Split('\t');
            return line.StartsWith('#') || fields.Length < 5 || !hashes.TryGetValue(fields[0], out string? hash) ? line : string.Join('\t', fields[..4].Append(hash));
        }));
    }

    private static string Import(string text, string name, PublishedSource source)
    {
        AslImport import = AslImporter.Read(text, name);
        Assert.NotNull(import.Machine);
        return CSharpSourceWriter.Write(import.Machine!, Namespace, $"Imported by stepgen import from {source.Repository}/{source.Path} at {source.Commit[..12]}.");
    }


    private static IEnumerable<PublishedSource> Sources() => PublishedSource.Read(Path.Combine(Folder, "sources.tsv"));

    private static string? Published(PublishedSource source)
    {
        string? folder = Environment.GetEnvironmentVariable("STEPGEN_CORPUS");
        if (string.IsNullOrEmpty(folder))
        {
            string? parent = Path.GetDirectoryName(Repository());
            folder = parent is null ? null : Path.Combine(parent, "shared", "corpus");
        }

        string? path = folder is null ? null : Path.Combine(folder, "asl", source.Name + ".asl.json");
        return path is not null && File.Exists(path) ? path : null;
    }

    private static string Repository() => StepGen.Package.Tests.Infrastructure.RepositoryLayout.Root;
}
