using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Models;

namespace StepGen.SourceGenerators;

/// <summary>
/// Generates Name, Asl, IamPolicy, Mermaid and Substitutions on every [StateMachine] class, and a Name constant on
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
        IncrementalValueProvider<(CompileOptions Compile, TypedRecordSet TypedRecords)> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => (Execute.ReadOptions(provider.GlobalOptions), Execute.ReadTypedRecords(provider.GlobalOptions)))
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
            .Select(static (pair, ct) => Execute.Compile(pair.Left, pair.Right.Compile, pair.Right.TypedRecords, ct))
            .WithTrackingName(TrackingNames.Compiled);

        context.RegisterSourceOutput(machines, static (spc, machine) => Execute.Emit(spc, machine));

        // The contracts every machine's JsonContext shares, once per assembly and only when some machine has records.
        // Embedded: another assembly that sees this one's internals must not see a second copy.
        context.RegisterPostInitializationOutput(static post => post.AddEmbeddedAttributeDefinition());
        IncrementalValueProvider<bool> anyRecords = machines
            .Select(static (machine, _) => machine.Records is not null && machine.Hierarchy.AllPartial)
            .Collect()
            .Select(static (all, _) => all.Contains(true))
            .WithTrackingName(TrackingNames.SharedContracts);
        context.RegisterSourceOutput(anyRecords, static (spc, any) =>
        {
            if (any)
            {
                spc.AddSource(Records.SharedJsonContracts.HintName, Records.SharedJsonContracts.Source);
            }
        });
    }
}
