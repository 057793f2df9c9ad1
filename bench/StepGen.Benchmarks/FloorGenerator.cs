using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepGen.Benchmarks;

/// <summary>
/// The floor: the least an attribute-driven generator can do. It finds every [StateMachine] class with
/// ForAttributeWithMetadataName, as StepGen does, and emits one constant per class. StepGen's cost above this
/// is the cost of reading the attributes, compiling the ASL and the IAM policy, and writing them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public const string TrackingName = "Floor";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string Namespace, string Name)> machines = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "StepGen.StateMachineAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, _) => (ctx.TargetSymbol.ContainingNamespace.IsGlobalNamespace ? "" : ctx.TargetSymbol.ContainingNamespace.ToDisplayString(), ctx.TargetSymbol.Name))
            .WithTrackingName(TrackingName);

        context.RegisterSourceOutput(machines, static (spc, machine) =>
        {
            string body = $"partial class {machine.Name} {{ public const string FloorName = \"{machine.Name}\"; }}";
            spc.AddSource(machine.Name + ".Floor.g.cs", machine.Namespace.Length == 0 ? body : $"namespace {machine.Namespace} {{ {body} }}");
        });
    }
}

/// <summary>
/// An analyzer that registers the same kind of action as StepGen's (a named-type symbol action) and does nothing:
/// what the analyzer driver costs before any analyzer logic runs. StepGen's own cost is the difference.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never reported", "never reported", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => System.Collections.Immutable.ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}
