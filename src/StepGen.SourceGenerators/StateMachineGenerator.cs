using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Models;

namespace StepGen.SourceGenerators;

/// <summary>
/// Generates Name, Asl, IamPolicy and Substitutions on every [StateMachine] class, and a Name constant on
/// each state class. Diagnostics come from <see cref="Diagnostics.StateMachineAnalyzer"/>, not from here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class StateMachineGenerator : IIncrementalGenerator
{
    public const string StateMachineAttributeName = "StepGen.StateMachineAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The project's StepGen settings (MSBuild properties the package makes visible): a value, so an unchanged
        // setting leaves every machine cached.
        IncrementalValueProvider<CompileOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Execute.ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValuesProvider<GeneratedMachine> machines = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                StateMachineAttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => Execute.Read(ctx, ct))
            .WithTrackingName(TrackingNames.Machines)
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Valid)
            .Combine(options)
            .Select(static (pair, ct) => Execute.Compile(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Compiled);

        context.RegisterSourceOutput(machines, static (spc, machine) => Execute.Emit(spc, machine));
    }
}
