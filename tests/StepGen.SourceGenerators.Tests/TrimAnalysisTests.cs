using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The .NET SDK's own trim and native AOT analyzer (ILLink.RoslynAnalyzer, from the Microsoft.NET.ILLink.Tasks package)
/// run over what StepGen generates: the records, their JsonContext and the shared contracts must give it nothing to
/// report, which is what "trim- and AOT-safe" promises.
/// </summary>
public sealed class TrimAnalysisTests
{
    [Fact]
    public async Task The_generated_records_and_contracts_give_the_trim_and_AOT_analyzers_nothing_to_report()
    {
        // The user's own reflection-based call proves the analyzers are on: they must flag it.
        const string user = """
            public static class UsesReflection
            {
                public static string Write(object value) => System.Text.Json.JsonSerializer.Serialize(value);
            }
            """;
        string[] sources = Samples.All.Append(user).ToArray();
        (Compilation output, _) = TestCompilation.Generate(sources);
        TestCompilation.AssertNoErrors(output);

        var settings = new ProjectSettings(new Dictionary<string, string> { ["EnableTrimAnalyzer"] = "true", ["EnableAotAnalyzer"] = "true", ["EnableSingleFileAnalyzer"] = "true" });
        ImmutableArray<Diagnostic> diagnostics = await output
            .WithAnalyzers(TrimAnalyzers(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, settings))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Contains(diagnostics, d => d.Id is "IL2026" or "IL3050" && d.Location.SourceTree?.FilePath == $"Source{sources.Length - 1}.cs");
        Diagnostic[] generated = diagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".cs", StringComparison.Ordinal) == true
            && !d.Location.SourceTree.FilePath.StartsWith("Source", StringComparison.Ordinal)).ToArray();
        Assert.True(generated.Length == 0, string.Join("\n", generated.Select(d => d.ToString())));
    }

    private static ImmutableArray<DiagnosticAnalyzer> TrimAnalyzers()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "ILLink", "ILLink.RoslynAnalyzer.dll");
        var reference = new AnalyzerFileReference(path, new Loader());
        ImmutableArray<DiagnosticAnalyzer> analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzers);
        return analyzers;
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
