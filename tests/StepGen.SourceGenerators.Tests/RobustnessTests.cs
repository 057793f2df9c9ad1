using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using StepGen.SourceGenerators.Diagnostics;
using Xunit.Abstractions;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Half-typed code must never crash the compiler: a corpus of valid machines (the samples and
/// <see cref="RobustnessCorpus"/>) is cut and damaged by ten deterministic families of <see cref="Mutations"/>,
/// over ten thousand distinct sources in all, and every StepGen generator and analyzer runs on each
/// (<see cref="CrashHarness"/>) without an exception, CS8785, AD0001 or SG0001.
/// </summary>
public class RobustnessTests
{
    private readonly ITestOutputHelper _output;

    public RobustnessTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Families() => new(Mutations.Families);

    public static TheoryData<string> CorpusNames() => new(RobustnessCorpus.All.Select(e => e.Name));

    /// <summary>The sources the mutations start from must be valid, or the damage would be measured from a broken start.</summary>
    [Theory]
    [MemberData(nameof(CorpusNames))]
    public async Task ValidCorpus_HasNoDiagnostics(string name)
    {
        string source = RobustnessCorpus.All.Single(e => e.Name == name).Source;
        (Compilation output, _) = TestCompilation.Generate(source);
        TestCompilation.AssertNoErrors(output);
        ImmutableArray<Diagnostic> diagnostics = await TestCompilation.AnalyzeAsync(source);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    }

    /// <summary>Between them, the sources written for the corpus use every state type and field family in both query languages.</summary>
    [Fact]
    public void ValidCorpus_CoversEveryStateTypeAndBothQueryLanguages()
    {
        var types = new HashSet<string>();
        var fields = new HashSet<string>();
        var values = new HashSet<string>();
        foreach ((string source, string machine) in new[]
        {
            (RobustnessCorpus.EveryStateJsonPath, "Robustness.JsonPathMachines.EveryStateJsonPath"),
            (RobustnessCorpus.EveryStateJsonAta, "Robustness.JsonAtaMachines.EveryStateJsonAta"),
            (RobustnessCorpus.MixedLanguages, "Robustness.Mixed.MixedLanguages"),
        })
        {
            (Compilation output, _) = TestCompilation.Generate(source);
            Collect(Json.Parse(TestCompilation.Constant(output, machine, "Asl")));
        }

        Assert.Superset(new HashSet<string> { "Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map" }, types);
        Assert.Superset(new HashSet<string> { "arn:aws:states:::http:invoke", "JSONata" }, values);
        Assert.Superset(
            new HashSet<string>
            {
                "Parameters", "ResultSelector", "ResultPath", "OutputPath", "Arguments", "Output", "Assign", "Retry", "Catch", "Choices", "Condition",
                "Branches", "ItemProcessor", "ItemSelector", "ItemsPath", "Items", "ItemReader", "Headers", "QueryParameters", "RequestBody", "Authentication",
            },
            fields);

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach ((string key, JsonNode? value) in obj)
                    {
                        fields.Add(key);
                        if (key == "Type" && value is JsonValue type)
                        {
                            types.Add(type.ToString());
                        }

                        Collect(value);
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? item in array)
                    {
                        Collect(item);
                    }

                    break;
                case JsonValue value:
                    values.Add(value.ToString());
                    break;
            }
        }
    }

    [Fact]
    public void MutationCorpus_HasAtLeastTenThousandDistinctSources()
    {
        // Nothing found to run would make every run pass.
        Assert.Contains(CrashHarness.Generators, g => g.GetGeneratorType() == typeof(StateMachineGenerator));
        Assert.Contains(CrashHarness.Analyzers, a => a is StateMachineAnalyzer);

        MutationPlan plan = MutationPlan.Instance;
        foreach (string family in Mutations.Families)
        {
            _output.WriteLine($"{family,-20} {plan.Count(family),6} distinct ({plan.Generated(family)} generated)");
        }

        _output.WriteLine($"{"total",-20} {plan.Total,6} distinct, built in {plan.BuildTime.TotalSeconds:0.0} s");
        Assert.True(plan.Total >= 10_000, $"only {plan.Total} distinct mutations");
        Assert.All(Mutations.Families, family => Assert.True(plan.Count(family) >= 100, $"{family} has only {plan.Count(family)} mutations of its own"));
    }

    /// <summary>Every mutation of one family runs through every generator and analyzer; none may crash.</summary>
    [Theory]
    [MemberData(nameof(Families))]
    public void Mutations_NeverCrashTheGeneratorOrAnalyzers(string family)
    {
        MutationPlan plan = MutationPlan.Instance;
        var crashes = new ConcurrentBag<(string Source, string Problem)>();
        var malformed = new ConcurrentBag<(string Source, string Problem)>();
        var mismatched = new ConcurrentBag<(string Source, string Problem)>();
        var slowest = (Ticks: 0L, Source: string.Empty);
        int ran = 0;
        var gate = new object();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(
            plan.Sources(family),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            (source, _, index) =>
            {
                // Analyzed as the IDE does while the file is typed (that document only); every eighth as a build does
                // (the whole compilation, generated code included), which costs twice as much.
                long start = Stopwatch.GetTimestamp();
                CrashHarness.Outcome outcome = CrashHarness.Run(source, build: index % 8 == 0);
                long ticks = Stopwatch.GetTimestamp() - start;
                if (outcome.Crash is string crash)
                {
                    crashes.Add((source, crash));
                }

                if (outcome.MalformedOutput is string bad)
                {
                    malformed.Add((source, bad));
                }

                if (outcome.ShortcutMismatch is string differs)
                {
                    mismatched.Add((source, differs));
                }

                lock (gate)
                {
                    ran++;
                    if (ticks > slowest.Ticks)
                    {
                        slowest = (ticks, source);
                    }
                }
            });

        double slowestMs = slowest.Ticks * 1000.0 / Stopwatch.Frequency;
        _output.WriteLine($"{family}: {ran} mutations in {clock.Elapsed.TotalSeconds:0.0} s; slowest {slowestMs:0} ms ({slowest.Source.Length} chars)");
        if (!malformed.IsEmpty)
        {
            _output.WriteLine($"{malformed.Count} generated unparseable code from a source that parses; the shortest:\n{Shortest(malformed)}");
        }

        Assert.Equal(plan.Count(family), ran);
        Assert.True(crashes.IsEmpty, $"{crashes.Count} of {ran} {family} mutations crashed StepGen; the shortest:\n\n{Shortest(crashes)}");
        Assert.True(malformed.IsEmpty, $"{malformed.Count} of {ran} {family} mutations parse, but StepGen generated code that does not; the shortest:\n\n{Shortest(malformed)}");
        Assert.True(mismatched.IsEmpty, $"{mismatched.Count} of {ran} {family} mutations: the generator's syntax shortcut read a class differently from binding; the shortest:\n\n{Shortest(mismatched)}");
    }

    /// <summary>The shortest failing sources first: they are the easiest to read and to turn into a repro.</summary>
    private static string Shortest(IEnumerable<(string Source, string Problem)> failures) => string.Join(
        "\n\n",
        failures.OrderBy(f => f.Source.Length).ThenBy(f => f.Source, StringComparer.Ordinal).Take(3)
            .Select(f => $"{Shorten(f.Problem, 3000)}\non:\n{Shorten(f.Source, 4000)}"));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + $"... ({text.Length} chars)";

    [Theory]
    [InlineData("using StepGen; [StateMachine(")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Pass(Next = ")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [HttpTask(ApiEndpoint = $\"{x}\")] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Retry(null)] [Task(Resource = null, End = true)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Parameter(null, null)] [Pass(End = true)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Pass(Result = \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\", End = true)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(M))] public partial class M { [Pass(Next = nameof(M))] public partial class M; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(Name))] public partial class M { [Succeed] public partial class Name; [Succeed] public partial class Asl; }")]
    [InlineData("using StepGen; [StateMachine] [StateMachine] public partial class M { }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Choice(Default = nameof(A))] [When(")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Choice] [When(\"$.a == \", Next = nameof(A))] [When(null)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Parallel(Branches = new[] { typeof(Missing), null }, End = true)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A), Input = typeof(Missing))] public partial class M { [Map(Processor = typeof(M), End = true)] public partial class A; }")]
    [InlineData("using StepGen; [HttpEndpoint(null)] public record E(string A) { public E B { get; init; } } [StateMachine(StartAt = nameof(A), Input = typeof(E))] public partial class M { [HttpTask(Endpoint = typeof(E), End = true)] [Body(null)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = \"A\")] public partial class M<T> where T : class { [Succeed] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = \"A\")] public partial struct S { [Succeed] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = \"A\")] public partial record R { [Succeed] public partial class A; }")]
    [InlineData("using StepGen; public class Outer { [StateMachine(StartAt = \"A\")] public partial class M { [Succeed] public partial class A; } }")]
    [InlineData("using StepGen; [StateMachine(StartAt = \"A\", TimeoutSeconds = int.MaxValue)] public partial class M { [Wait(Seconds = -1, Timestamp = \"x\", End = true)] public partial class A; }")]
    [InlineData("[StepGen.StateMachine(StartAt = \"A\")] partial class M { [StepGen.Pass(Parameters = \"{ \\\"a.$\\\": 5, \\\"b.$\\\": \\\"$..[\\\" }\", End = true)] partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [HttpTask(ApiEndpoint = \"https://a.example.com\", Method = \"POST\", ConnectionArn = \"${C}\", End = true)] [Body(\"x\", double.NaN)] [Header(\"h\", float.PositiveInfinity)] [QueryParameter(\"q\", ulong.MaxValue)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Pass(Name = \"\\uD800\", Comment = \"\\u2028\\u202E\\0\", End = true)] [Parameter(\"\\uDC00\", '\\uD800')] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A), QueryLanguage = (QueryLanguage)2)] public partial class M { [Pass(QueryLanguage = (QueryLanguage)(-1), End = true)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Retry(\"States.ALL\", BackoffRate = double.PositiveInfinity, MaxAttempts = int.MinValue, IntervalSeconds = int.MaxValue)] [Task(Resource = \"arn:aws:states:::lambda:invoke\", End = true)] public partial class A; }")]
    [InlineData("using StepGen; [StateMachine(StartAt = nameof(A))] public partial class M { [Map(Processor = typeof(void), ToleratedFailurePercentage = double.NaN, MaxConcurrency = -1, End = true)] public partial class A; }")]
    public void HalfTypedAndOddCode_NeverCrashes(string source) => AssertNoCrash(source);

    /// <summary>
    /// A response type StepGen accepts must give generated code that compiles; a type it cannot model must be an
    /// error at the attribute, not broken generated code. Found by the value-extremes mutations.
    /// </summary>
    [Theory]
    [InlineData("int", false)]
    [InlineData("string[]", false)]
    [InlineData("(int, string)", false)]
    [InlineData("System.Collections.Generic.List<string>", false)]
    [InlineData("int?", false)]
    [InlineData("System.DateTime?", false)]
    [InlineData("void", true)]
    [InlineData("Internal", true)]
    [InlineData("Internal[]", true)]
    [InlineData("System.Collections.Generic.List<Internal>", true)]
    [InlineData("System.Collections.Generic.List<>", true)]
    public async Task EndpointResponseType_GivesCodeThatCompiles_AndAnErrorWhenUnusable(string type, bool unusable)
    {
        string source = $$"""
            using StepGen;
            [HttpEndpoint("https://api.example.com/items", Method = "POST", ConnectionArn = "${C}", Response = typeof({{type}}))]
            public sealed record CreateItem(string Name);
            internal sealed record Internal(string Id);
            [StateMachine(StartAt = nameof(Create))]
            public partial class M
            {
                [HttpTask(Endpoint = typeof(CreateItem), End = true)]
                [Body("name", "x")]
                public partial class Create;
            }
            """;
        (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(source);
        Diagnostic[] generatedErrors = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is SyntaxTree tree && result.GeneratedTrees.Contains(tree))
            .ToArray();
        Assert.True(generatedErrors.Length == 0, $"typeof({type}): the generated code does not compile:\n{string.Join("\n", generatedErrors.Take(5))}");

        Diagnostic[] stepGen = (await TestCompilation.AnalyzeAsync(source)).ToArray();
        if (unusable)
        {
            Diagnostic error = Assert.Single(stepGen);
            Assert.Equal("SG1016", error.Id);
            Assert.Equal($"typeof({type})", source.Substring(error.Location.SourceSpan.Start, error.Location.SourceSpan.Length));
        }
        else
        {
            Assert.Empty(stepGen);
        }
    }

    [Fact]
    public void HugeJsonText_IsReportedNotFatal()
    {
        string big = "{" + string.Join(",", Enumerable.Range(0, 20000).Select(i => $"\\\"k{i}\\\": {i}")) + "}";
        AssertNoCrash($"using StepGen; [StateMachine(StartAt = \"A\")] public partial class M {{ [Pass(Result = \"{big}\", End = true)] public partial class A; }}");
        string deep = new string('[', 5000) + new string(']', 5000);
        AssertNoCrash($"using StepGen; [StateMachine(StartAt = \"A\")] public partial class M {{ [Pass(Result = \"{deep}\", End = true)] public partial class A; }}");
    }

    private static void AssertNoCrash(string source) => CrashHarness.AssertNoCrash(source);
}
