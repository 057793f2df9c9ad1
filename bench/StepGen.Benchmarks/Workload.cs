using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepGen.SourceGenerators;

namespace StepGen.Benchmarks;

/// <summary>The compilations, generators and analyzers one benchmark case works on, and the guards that check them.</summary>
internal static class Workload
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // Single-threaded compiler and analyzer driver: on a small, shared machine parallelism only adds noise,
    // and every measurement gets the same one core.
    public static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    public static readonly string[] TrackedSteps = { TrackingNames.Machines, TrackingNames.Valid, TrackingNames.Compiled };

    public static ImmutableArray<DiagnosticAnalyzer> StepGenAnalyzers { get; } = typeof(StateMachineGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>N machines, one file each, plus the unrelated file.</summary>
    public static CSharpCompilation Machines(int n) => CSharpCompilation.Create(
        "Machines",
        Enumerable.Range(0, n).Select(i => Parse(SyntheticSource.Machine(i), SyntheticSource.MachinePath(i)))
            .Append(Parse(SyntheticSource.Unrelated, SyntheticSource.UnrelatedPath)),
        Sdk.References,
        Options);

    /// <summary>N STJ payload types with their contexts, one file each.</summary>
    public static CSharpCompilation JsonTypes(int n) => CSharpCompilation.Create(
        "JsonTypes",
        Enumerable.Range(0, n).Select(i => Parse(SyntheticSource.JsonType(i), $"Json/{SyntheticSource.JsonTypeName(i)}.cs")),
        Sdk.References,
        Options);

    public static CSharpCompilation EditUnrelated(CSharpCompilation compilation)
    {
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath == SyntheticSource.UnrelatedPath);
        return compilation.ReplaceSyntaxTree(old, Parse(SyntheticSource.UnrelatedEdited, SyntheticSource.UnrelatedPath));
    }

    /// <summary>The machine in the middle of the list: not the first or last tree, which some caches favour.</summary>
    public static int EditedMachine(int n) => n / 2;

    public static CSharpCompilation EditOneMachine(CSharpCompilation compilation, int n)
    {
        int i = EditedMachine(n);
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath == SyntheticSource.MachinePath(i));
        return compilation.ReplaceSyntaxTree(old, Parse(SyntheticSource.EditMachine(i), SyntheticSource.MachinePath(i)));
    }

    public static GeneratorDriver Driver(IIncrementalGenerator generator, bool track = false) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));

    // ---- Guards: a benchmark of a generator that silently does nothing would be fast and wrong. ----

    /// <summary>StepGen ran cold and produced the four members on each of the N machines, with no compile errors.</summary>
    public static void GuardCold(CSharpCompilation compilation, int n)
    {
        Driver(new StateMachineGenerator()).RunGeneratorsAndUpdateCompilation(compilation.Clone(), out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Check(generatorDiagnostics.IsEmpty, $"the generator reported: {string.Join("; ", generatorDiagnostics)}");
        for (int i = 0; i < n; i++)
        {
            string name = $"{SyntheticSource.MachineNamespace}.{SyntheticSource.MachineName(i)}";
            INamedTypeSymbol? type = output.GetTypeByMetadataName(name);
            Check(type is not null, $"{name} not found");
            foreach (string member in new[] { "Name", "Asl", "IamPolicy" })
            {
                Check(type!.GetMembers(member).OfType<IFieldSymbol>().Any(f => f.HasConstantValue && f.ConstantValue is string { Length: > 0 }), $"{name}.{member} was not generated");
            }
        }

        Check(output.SyntaxTrees.Count() - compilation.SyntaxTrees.Count() == n, $"expected {n} generated files, got {output.SyntaxTrees.Count() - compilation.SyntaxTrees.Count()}");
        Diagnostic[] errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Check(errors.Length == 0, "the generated compilation has errors: " + string.Join("; ", errors.Take(5)));
    }

    /// <summary>
    /// After an edit of the unrelated file every tracked step of <paramref name="generator"/> is Cached or Unchanged
    /// and no source is regenerated; after an edit of one machine exactly one output of
    /// <paramref name="perMachineStep"/> is Modified (skipped when null: the floor's output does not change).
    /// </summary>
    public static void GuardIncremental(IIncrementalGenerator generator, IReadOnlyList<string> trackedSteps, string? perMachineStep, CSharpCompilation compilation, int n)
    {
        GeneratorDriver first = Driver(generator, track: true).RunGenerators(compilation);
        Check(first.GetRunResult().GeneratedTrees.Length == n, $"{generator.GetType().Name}: expected {n} generated files on the first run");

        GeneratorRunResult unrelated = first.RunGenerators(EditUnrelated(compilation)).GetRunResult().Results.Single();
        foreach (string step in trackedSteps)
        {
            Check(unrelated.TrackedSteps.ContainsKey(step), $"{generator.GetType().Name}: step {step} was not tracked");
            var outputs = unrelated.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Check(outputs.Count == n, $"{generator.GetType().Name}: step {step} has {outputs.Count} outputs, expected {n}");
            Check(outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"{generator.GetType().Name}: after an unrelated edit step {step} ran: {string.Join(", ", outputs.Select(o => o.Reason).Distinct())}");
        }

        Check(unrelated.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).All(o => o.Reason == IncrementalStepRunReason.Cached),
            $"{generator.GetType().Name}: after an unrelated edit a source output was not cached");

        if (perMachineStep is null)
        {
            return;
        }

        GeneratorRunResult edited = first.RunGenerators(EditOneMachine(compilation, n)).GetRunResult().Results.Single();
        var reasons = edited.TrackedSteps[perMachineStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Check(reasons.Count(r => r == IncrementalStepRunReason.Modified) == 1 && reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged) == n - 1,
            $"{generator.GetType().Name}: after editing one machine, step {perMachineStep} ran as: {string.Join(", ", reasons.GroupBy(r => r).Select(g => $"{g.Key}={g.Count()}"))}");
    }

    /// <summary>The STJ generator produced output for all N contexts without errors.</summary>
    public static void GuardJson(IIncrementalGenerator json, CSharpCompilation compilation, int n)
    {
        Driver(json).RunGeneratorsAndUpdateCompilation(compilation.Clone(), out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Check(!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "the STJ generator reported errors: " + string.Join("; ", diagnostics.Take(5)));
        for (int i = 0; i < n; i += Math.Max(1, n / 10))
        {
            string context = $"Bench.Json.{SyntheticSource.JsonTypeName(i)}Context";
            INamedTypeSymbol? type = output.GetTypeByMetadataName(context);
            Check(type is not null && type.GetMembers("Default").Any(), $"the STJ generator did not generate {context}.Default");
        }

        Diagnostic[] errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Check(errors.Length == 0, "the STJ output has errors: " + string.Join("; ", errors.Take(5)));
    }

    /// <summary>The source compiles, and StepGen's analyzers find nothing to report on correct machines.</summary>
    public static void GuardAnalyzers(CSharpCompilation compilation)
    {
        Diagnostic[] errors = compilation.Clone().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Check(errors.Length == 0, "the synthetic source has errors: " + string.Join("; ", errors.Take(5)));
        Check(StepGenAnalyzers.Length > 0, "no StepGen analyzer found");
        ImmutableArray<Diagnostic> reported = WithAnalyzers(compilation.Clone(), StepGenAnalyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Check(reported.IsEmpty, $"StepGen's analyzers reported {reported.Length} diagnostics on the synthetic machines, e.g. {string.Join("; ", reported.Take(3))}");
    }

    /// <summary>What an edit makes each generator re-run: the step reasons and a one-shot time of each run (not a measurement).</summary>
    public static void PrintSteps(int n)
    {
        CSharpCompilation machines = Machines(n);
        foreach ((IIncrementalGenerator generator, string[] steps) in new (IIncrementalGenerator, string[])[]
        {
            (new StateMachineGenerator(), TrackedSteps),
            (new FloorGenerator(), new[] { FloorGenerator.TrackingName }),
            (new AttributeFloorGenerator(), new[] { AttributeFloorGenerator.TrackingName }),
        })
        {
            // Warm the JIT first, so the one-shot times below are not dominated by it.
            Driver(generator).RunGenerators(EditOneMachine(machines, n).Clone());
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            GeneratorDriver first = Driver(generator, track: true).RunGenerators(machines.Clone());
            Console.WriteLine($"{generator.GetType().Name}, N = {n}:");
            PrintRun("first run", first.GetRunResult().Results.Single(), steps, stopwatch.Elapsed);
            foreach ((string edit, CSharpCompilation compilation) in new[] { ("unrelated edit", EditUnrelated(machines)), ("one machine edited", EditOneMachine(machines, n)) })
            {
                stopwatch.Restart();
                GeneratorRunResult run = first.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
                PrintRun(edit, run, steps, stopwatch.Elapsed);
            }
        }
    }

    private static void PrintRun(string title, GeneratorRunResult run, IEnumerable<string> steps, TimeSpan total)
    {
        Console.WriteLine($"  {title}: {total.TotalMilliseconds:F1} ms");
        foreach (string step in steps)
        {
            ImmutableArray<IncrementalGeneratorRunStep> runs = run.TrackedSteps[step];
            string reasons = string.Join(", ", runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"));
            TimeSpan elapsed = TimeSpan.FromTicks(runs.Sum(r => r.ElapsedTime.Ticks));
            Console.WriteLine($"    {step,-16} {reasons,-32} {elapsed.TotalMilliseconds,8:F1} ms");
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("benchmark guard: " + message);
        }
    }
}
