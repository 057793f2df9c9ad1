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

/// <summary>
/// A second floor (benchmarked, and shown by <c>--steps</c>): the floor plus binding every attribute argument of the
/// machine and its nested state classes into a string. Any generator that reads these attributes pays at least
/// this on every new compilation, because ForAttributeWithMetadataName re-runs its transform for each match.
/// </summary>
public sealed class AttributeFloorGenerator : IIncrementalGenerator
{
    public const string TrackingName = "AttributeFloor";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string Name, string Attributes)> machines = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "StepGen.StateMachineAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, _) => (ctx.TargetSymbol.Name, Describe((INamedTypeSymbol)ctx.TargetSymbol)))
            .WithTrackingName(TrackingName);

        context.RegisterSourceOutput(machines, static (spc, machine) =>
            spc.AddSource(machine.Name + ".AttributeFloor.g.cs", $"internal static class {machine.Name}Attributes {{ public const int Length = {machine.Attributes.Length}; }}"));
    }

    private static string Describe(INamedTypeSymbol type)
    {
        var sb = new System.Text.StringBuilder();
        Append(sb, type);
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            Append(sb, nested);
        }

        return sb.ToString();
    }

    private static void Append(System.Text.StringBuilder sb, INamedTypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            sb.Append(attribute.AttributeClass?.Name).Append('(');
            foreach (TypedConstant argument in attribute.ConstructorArguments)
            {
                sb.Append(argument.Kind == TypedConstantKind.Array ? argument.Values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : argument.Value?.ToString()).Append(',');
            }

            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                sb.Append(argument.Key).Append('=').Append(argument.Value.Kind == TypedConstantKind.Array ? "[]" : argument.Value.Value?.ToString()).Append(',');
            }

            sb.Append(')');
        }
    }
}
