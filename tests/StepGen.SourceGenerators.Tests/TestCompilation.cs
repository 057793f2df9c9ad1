using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepGen.SourceGenerators;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>Builds compilations that reference the running framework and StepGen's attributes, and runs StepGen on them.</summary>
internal static class TestCompilation
{
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = tpa.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(StepGen.StateMachineAttribute).Assembly.Location));
        return references.ToImmutableArray();
    }

    public static CSharpCompilation From(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool track = false) => CSharpGeneratorDriver.Create(
        new[] { new StateMachineGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator; returns the compilation with the generated sources and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Generate(params string[] sources)
    {
        CSharpCompilation compilation = From(sources);
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return (output, driver.GetRunResult());
    }

    /// <summary>Runs the generator in a project with these MSBuild settings (build_property.* in the analyzer config).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Generate(ProjectSettings settings, params string[] sources)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new StateMachineGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: settings);
        driver = driver.RunGeneratorsAndUpdateCompilation(From(sources), out Compilation output, out ImmutableArray<Diagnostic> _);
        return (output, driver.GetRunResult());
    }

    /// <summary>Runs the generator, checks the output compiles, and returns the constant of a generated field.</summary>
    public static string Constant(Compilation output, string typeMetadataName, string field)
    {
        INamedTypeSymbol type = output.GetTypeByMetadataName(typeMetadataName) ?? throw new InvalidOperationException($"type {typeMetadataName} not found");
        IFieldSymbol symbol = type.GetMembers(field).OfType<IFieldSymbol>().Single();
        Assert.True(symbol.HasConstantValue, $"{typeMetadataName}.{field} is not a constant");
        return (string)symbol.ConstantValue!;
    }

    public static void AssertNoErrors(Compilation output)
    {
        Diagnostic[] errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "compilation errors:\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    /// <summary>Runs the generator and then every StepGen analyzer, as the build does.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] sources)
    {
        (Compilation output, _) = Generate(sources);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer());
        CompilationWithAnalyzers withAnalyzers = output.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}
