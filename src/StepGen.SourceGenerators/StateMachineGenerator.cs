using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        IncrementalValuesProvider<GeneratedMachine> machines = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                StateMachineAttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => Execute.Read(ctx, ct))
            .WithTrackingName(TrackingNames.Machines)
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Valid)
            .Select(static (input, ct) => Execute.Compile(input, ct))
            .WithTrackingName(TrackingNames.Compiled);

        context.RegisterSourceOutput(machines, static (spc, machine) => Execute.Emit(spc, machine));
    }
}
