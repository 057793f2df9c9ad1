using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Reading;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Runs every StepGen generator and then every StepGen analyzer on one source, as a build or the IDE does, and
/// says what went wrong if anything crashed. Built for running thousands of sources: the references are bound
/// once, in an empty compilation each source is added to, and the generator and analyzer instances are shared
/// (as the IDE shares them between projects).
/// </summary>
internal static class CrashHarness
{
    private static readonly Assembly StepGenAssembly = typeof(StateMachineGenerator).Assembly;

    /// <summary>Every [Generator] in StepGen, so a generator added later is covered without touching this file.</summary>
    public static readonly ImmutableArray<ISourceGenerator> Generators = StepGenAssembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null)
        .Select(t => Activator.CreateInstance(t) switch
        {
            IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
            ISourceGenerator generator => generator,
            var other => throw new InvalidOperationException($"{t} is not a generator: {other}"),
        })
        .ToImmutableArray();

    /// <summary>Every [DiagnosticAnalyzer] in StepGen (suppressors included).</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = StepGenAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly CSharpCompilation Empty = CreateEmpty();

    private static CSharpCompilation CreateEmpty()
    {
        CSharpCompilation empty = CSharpCompilation.Create(
            "Consumer",
            syntaxTrees: null,
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // Bind the references now; compilations made with AddSyntaxTrees reuse them.
        _ = empty.GetTypeByMetadataName("StepGen.StateMachineAttribute") ?? throw new InvalidOperationException("StepGen's attributes are not referenced");
        return empty;
    }

    /// <summary>
    /// What one run found: a crash, generated code that does not parse although the source did, or a state class whose
    /// attributes the syntax shortcut read differently from binding (see <see cref="ShortcutMismatch"/>).
    /// </summary>
    public readonly record struct Outcome(string? Crash, string? MalformedOutput, string? ShortcutMismatch = null);

    /// <summary>Runs StepGen on <paramref name="source"/>; <paramref name="build"/> also analyzes the generated code, as a build does.</summary>
    public static Outcome Run(string source, bool build = true)
    {
        try
        {
            return RunCore(source, build);
        }
        catch (Exception exception)
        {
            // Roslyn itself, or the harness, threw: still a crash worth seeing, not a reason to stop the run.
            return new Outcome($"the run threw {exception}", null);
        }
    }

    /// <summary>Fails the test when <paramref name="source"/> crashes StepGen.</summary>
    public static void AssertNoCrash(string source)
    {
        string? crash = Run(source).Crash;
        Assert.True(crash is null, $"{crash}\non:\n{source}");
    }

    private static Outcome RunCore(string source, bool build)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, path: "Source0.cs");
        CSharpCompilation compilation = Empty.AddSyntaxTrees(tree);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            Generators,
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        foreach (GeneratorRunResult run in result.Results)
        {
            if (run.Exception is not null)
            {
                return new Outcome($"generator {run.Generator.GetGeneratorType().Name} threw {run.Exception}", null);
            }
        }

        if (generatorDiagnostics.Concat(result.Diagnostics).FirstOrDefault(d => d.Id is "CS8785" or "SG0001") is Diagnostic failed)
        {
            return new Outcome($"generator reported {failed}", null);
        }

        string? analyzerCrash = Analyze(output, build ? null : tree);

        // What StepGen writes from a source that parses must parse too; a broken source may give broken names.
        string? malformed = null;
        if (!tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            foreach (SyntaxTree generated in result.GeneratedTrees)
            {
                if (generated.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is Diagnostic syntax)
                {
                    malformed = $"generated {Path.GetFileName(generated.FilePath)} does not parse: {syntax.GetMessage()} at {syntax.Location.GetLineSpan().StartLinePosition}: "
                        + generated.GetText().Lines[syntax.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim();
                    break;
                }
            }
        }

        return new Outcome(analyzerCrash, malformed, ShortcutMismatch(compilation));
    }

    /// <summary>
    /// For every class nested in a type, as the generator reads it: when <see cref="SyntaxShortcut"/> reads its
    /// attributes from syntax, they must equal what binding gives (the analyzer's reading). Null when all agree.
    /// </summary>
    public static string? ShortcutMismatch(Compilation compilation)
    {
        if (SyntaxShortcut.For(compilation) is not SyntaxShortcut shortcut)
        {
            // Off for the whole compilation (a StepGen namespace in source, say): the generator binds everything.
            return null;
        }

        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (TypeDeclarationSyntax node in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                // Each class once, through the declaration the generator would read (the one with attributes).
                if (model.GetDeclaredSymbol(node) is not INamedTypeSymbol { ContainingType: INamedTypeSymbol containerSymbol } symbol
                    || MachineReader.AttributedDeclaration(symbol, CancellationToken.None) is not TypeDeclarationSyntax nested
                    || !ReferenceEquals(nested, node)
                    || nested.Parent is not TypeDeclarationSyntax container
                    || shortcut.ScopeOf(container, containerSymbol) is not SyntaxShortcut.Scope scope)
                {
                    continue;
                }

                EquatableArray<SourceAttribute>? fromSyntax = shortcut.TryRead(nested, scope, symbol);
                if (fromSyntax is null)
                {
                    continue;
                }

                EquatableArray<SourceAttribute> bound = MachineReader.ReadOwnAttributes(symbol, new AttributeMap());
                if (!bound.Equals(fromSyntax.Value))
                {
                    return $"class {symbol.Name}: syntax read {ShortcutCheck.Format(fromSyntax.Value)}, binding read {ShortcutCheck.Format(bound)}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Runs every analyzer on the whole compilation, as a build does, or, given <paramref name="document"/>, on that
    /// document alone, as the IDE does while it is edited (the generated code is then not analyzed, which is cheaper).
    /// </summary>
    private static string? Analyze(Compilation output, SyntaxTree? document)
    {
        string? thrown = null;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => Interlocked.CompareExchange(ref thrown, $"{analyzer.GetType().Name} threw {exception}", null),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        CompilationWithAnalyzers withAnalyzers = output.WithAnalyzers(Analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = document is null
            ? withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            : withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(document, CancellationToken.None).GetAwaiter().GetResult().AddRange(
                withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(output.GetSemanticModel(document), filterSpan: null, CancellationToken.None).GetAwaiter().GetResult());
        if (thrown is not null)
        {
            return $"analyzer {thrown}";
        }

        return diagnostics.FirstOrDefault(d => d.Id is "AD0001" or "SG0001") is Diagnostic internalError ? $"analyzer reported {internalError}" : null;
    }
}
