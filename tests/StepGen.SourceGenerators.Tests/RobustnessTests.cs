using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepGen.SourceGenerators.Diagnostics;
using Xunit.Abstractions;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Half-typed code must never crash the compiler: the valid samples are cut and damaged in many ways, and
/// the generator and the analyzer run on every result without an exception, CS8785 or AD0001.
/// </summary>
public class RobustnessTests
{
    private readonly ITestOutputHelper _output;

    public RobustnessTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> SampleNames() => new[] { new object[] { "Slack" }, new object[] { "PlainGet" }, new object[] { "Pipeline" }, new object[] { "Orders" } };

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

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void TruncatedAndDamagedSamples_NeverCrashTheGeneratorOrAnalyzer(string sample)
    {
        string source = sample switch
        {
            "Slack" => Samples.Slack,
            "PlainGet" => Samples.PlainGet,
            "Orders" => Samples.Orders,
            _ => Samples.Pipeline,
        };

        List<string> mutations = Mutations(source).Distinct().ToList();
        foreach (string mutation in mutations)
        {
            AssertNoCrash(mutation);
        }

        _output.WriteLine($"{mutations.Count} mutations of {sample}");
        Assert.True(mutations.Count > 100);
    }

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
    public void HalfTypedAndOddCode_NeverCrashes(string source) => AssertNoCrash(source);

    [Fact]
    public void HugeJsonText_IsReportedNotFatal()
    {
        string big = "{" + string.Join(",", Enumerable.Range(0, 20000).Select(i => $"\\\"k{i}\\\": {i}")) + "}";
        AssertNoCrash($"using StepGen; [StateMachine(StartAt = \"A\")] public partial class M {{ [Pass(Result = \"{big}\", End = true)] public partial class A; }}");
        string deep = new string('[', 5000) + new string(']', 5000);
        AssertNoCrash($"using StepGen; [StateMachine(StartAt = \"A\")] public partial class M {{ [Pass(Result = \"{deep}\", End = true)] public partial class A; }}");
    }

    private static IEnumerable<string> Mutations(string source)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions);
        List<SyntaxToken> tokens = tree.GetRoot().DescendantTokens().ToList();

        // Truncation after every token, as the IDE sees code while it is typed.
        foreach (SyntaxToken token in tokens)
        {
            yield return source.Substring(0, token.Span.End);
        }

        // Each token deleted in turn: a missing quote, parenthesis, comma or name.
        foreach (SyntaxToken token in tokens)
        {
            yield return source.Remove(token.Span.Start, token.Span.Length);
        }

        // Each string literal cut in the middle, and an unterminated quote.
        foreach (SyntaxToken token in tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)))
        {
            yield return source.Remove(token.Span.Start + (token.Span.Length / 2), 1);
            yield return source.Insert(token.Span.Start + 1, "\"");
        }

        // Seeded random damage: swaps, Unicode, long strings.
        var random = new Random(20261125);
        string[] junk = { "\u0000", "\uD800", "😀", "\u2028", "\"", "(", ")", "{", "}", "$", "\\", new string('x', 5000), "nameof(", "= ", "," };
        for (int i = 0; i < 60; i++)
        {
            int at = random.Next(source.Length);
            yield return source.Insert(at, junk[random.Next(junk.Length)]);
            int a = random.Next(tokens.Count), b = random.Next(tokens.Count);
            if (a != b)
            {
                (SyntaxToken first, SyntaxToken second) = tokens[a].SpanStart < tokens[b].SpanStart ? (tokens[a], tokens[b]) : (tokens[b], tokens[a]);
                yield return source.Substring(0, first.SpanStart) + second.Text + source.Substring(first.Span.End, second.SpanStart - first.Span.End) + first.Text + source.Substring(second.Span.End);
            }
        }
    }

    private static void AssertNoCrash(string source)
    {
        CSharpCompilation compilation = TestCompilation.From(source);
        GeneratorDriver driver = TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.True(r.Exception is null, $"generator threw {r.Exception} on:\n{source}"));
        Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "CS8785");

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.True(exceptions.Count == 0, $"analyzer threw {exceptions.FirstOrDefault()} on:\n{source}");
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "SG0001");
    }
}
