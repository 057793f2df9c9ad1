using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.CodeFixes.Tests;

/// <summary>
/// Fix All in solution scope without an equivalence key, as some versions of <c>dotnet format</c> ask for it: each
/// diagnostic gets its own first fix. Newer versions pass the key of the first diagnostic's first action, which
/// the other tests cover.
/// </summary>
public class FixAllWithoutKeyTests
{
    [Fact]
    public async Task EveryDiagnostic_GetsItsFirstFix()
    {
        string fixedSource = await FixAllAsync(
            new StateReferenceCodeFixProvider(),
            """
            using StepGen;

            [StateMachine(StartAt = "Strat")]
            public partial class Orders
            {
                [Pass(Next = "finsh")] public partial class Start;
                [Succeed] public partial class Finish;
                [Succeed] public partial class Finch;
            }
            """);

        Assert.Equal(
            """
            using StepGen;

            [StateMachine(StartAt = nameof(Start))]
            public partial class Orders
            {
                [Pass(Next = nameof(Finish))] public partial class Start;
                [Succeed] public partial class Finish;
                [Succeed] public partial class Finch;
            }
            """,
            fixedSource);
    }

    [Fact]
    public async Task ADiagnosticWithoutFix_DoesNotStopTheOthers()
    {
        // The first Choice has SG1008 (no rules), which has no fix; the second SG1018 (no Default).
        string fixedSource = await FixAllAsync(
            new ChoiceDefaultCodeFixProvider(),
            """
            using StepGen;

            [StateMachine(StartAt = nameof(Empty))]
            public partial class Orders
            {
                [Choice(Default = nameof(Route))] public partial class Empty;
                [Choice]
                [When("$.ok == true", Next = nameof(Done))]
                public partial class Route;
                [Succeed] public partial class Done;
                [Fail(Error = "NoRoute")] public partial class Unrouted;
            }
            """);

        Assert.Contains("[Choice(Default = nameof(Route))] public partial class Empty;", fixedSource, StringComparison.Ordinal);
        Assert.Contains("[Choice(Default = nameof(Unrouted))]\n    [When", fixedSource.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static async Task<string> FixAllAsync(CodeFixProvider provider, string source)
    {
        using var workspace = new AdhocWorkspace();
        ProjectInfo projectInfo = ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: CodeFixVerifier<MissingTransitionCodeFixProvider>.References);
        Project project = workspace.AddProject(projectInfo);
        Document document = workspace.AddDocument(project.Id, "Machine.cs", SourceText.From(source));

        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Solution,
            codeActionEquivalenceKey: null!,
            provider.FixableDiagnosticIds,
            new Diagnostics(diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id))),
            CancellationToken.None);
        CodeAction action = (await provider.GetFixAllProvider()!.GetFixAsync(context))!;
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class Diagnostics(IEnumerable<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(diagnostics);
    }
}
