using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Reading;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// Reports every problem the ASL core finds in a [StateMachine] class, at the attribute argument it came from.
/// It reads the class with the generator's own reader and compiles it with the same core, so the generator
/// and the analyzer never disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StateMachineAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? attribute = start.Compilation.GetTypeByMetadataName(StateMachineGenerator.StateMachineAttributeName);
            if (attribute is null)
            {
                return;
            }

            CompileOptions options = StateMachineGenerator.Execute.ReadOptions(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, attribute, options), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol stateMachineAttribute, CompileOptions options)
    {
        if (context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        if (!HasAttribute(type, stateMachineAttribute))
        {
            if (MachineReader.Has(type, AttributeNames.HttpEndpoint + AttributeNames.Suffix))
            {
                AnalyzeEndpoint(context, type);
            }

            AnalyzeStrayState(context, type, stateMachineAttribute);
            return;
        }

        try
        {
            // First as the generator reads it (the syntax shortcut, no attribute map): a machine without problems, the
            // common case, needs no more. Locating problems needs the attributes' syntax, so then it is read again
            // through binding, which gives the same model (the robustness tests check both readers agree).
            SourceMachine quick = StateMachineGenerator.Execute.WithOptions(MachineReader.Read(type, map: null, context.CancellationToken, SyntaxShortcut.For(context.Compilation)), options);
            CompiledMachine compiled = CompileCache.GetOrCompile(quick);
            if (compiled.Problems.Count == 0)
            {
                return;
            }

            var map = new AttributeMap();
            SourceMachine source = StateMachineGenerator.Execute.WithOptions(MachineReader.Read(type, map, context.CancellationToken), options);
            compiled = CompileCache.GetOrCompile(source);
            var endpoints = new HashSet<string>(StringComparer.Ordinal);
            foreach (SourceEndpoint endpoint in source.Endpoints)
            {
                endpoints.Add(endpoint.Key);
            }

            foreach (Problem problem in compiled.Problems)
            {
                Location location = LocationMapper.Map(problem.Location, type, map, context.CancellationToken);
                bool inThisCompilation = location.IsInSource && context.Compilation.ContainsSyntaxTree(location.SourceTree);
                if (inThisCompilation && problem.Location.Scope is string scope && endpoints.Contains(scope))
                {
                    // Faults of an [HttpEndpoint] declaration in source are reported once, by AnalyzeEndpoint.
                    continue;
                }

                if (!inThisCompilation)
                {
                    // A [Branch] or [HttpEndpoint] type from another assembly: report on the machine instead.
                    location = type.Locations.Length > 0 ? type.Locations[0] : Location.None;
                }

                Report(context, problem, location);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportInternalError(context, type, exception);
        }
    }

    /// <summary>The faults of an [HttpEndpoint] declaration (URL, Method, ConnectionArn), once, on the declaration.</summary>
    private static void AnalyzeEndpoint(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        try
        {
            var map = new AttributeMap();
            SourceEndpoint endpoint = MachineReader.ReadEndpoint(type, map);
            foreach (Problem problem in MachineCompiler.CheckEndpoint(endpoint))
            {
                Report(context, problem, LocationMapper.Map(problem.Location, type, map, context.CancellationToken));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportInternalError(context, type, exception);
        }
    }

    /// <summary>SG1013 on a state class that no [StateMachine] or [Branch] contains.</summary>
    private static void AnalyzeStrayState(SymbolAnalysisContext context, INamedTypeSymbol type, INamedTypeSymbol stateMachineAttribute)
    {
        INamedTypeSymbol? container = type.ContainingType;
        if (container is not null && (HasAttribute(container, stateMachineAttribute) || MachineReader.Has(container, AttributeNames.Branch + AttributeNames.Suffix)))
        {
            return;
        }

        bool any = false;
        foreach (AttributeData data in type.GetAttributes())
        {
            any |= MachineReader.IsStepGenAttribute(data.AttributeClass);
        }

        if (!any)
        {
            return;
        }

        try
        {
            var map = new AttributeMap();
            var attributes = MachineReader.ReadOwnAttributes(type, map);
            foreach (Problem problem in MachineCompiler.CheckStrayState(type.Name, attributes, container?.Name))
            {
                Report(context, problem, LocationMapper.Map(problem.Location, type, map, context.CancellationToken));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportInternalError(context, type, exception);
        }
    }

    private static void Report(SymbolAnalysisContext context, Problem problem, Location location)
    {
        ImmutableDictionary<string, string?> properties = problem.Suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.SuggestionProperty, problem.Suggestion);
        foreach (ProblemProperty property in problem.Properties)
        {
            properties = properties.SetItem(property.Key, property.Value);
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.For(problem), location, properties, problem.Message));
    }

    /// <summary>Never lets an exception escape into the compiler (AD0001): says what failed, where, and asks for a report.</summary>
    private static void ReportInternalError(SymbolAnalysisContext context, INamedTypeSymbol type, Exception exception)
    {
        Location location = type.Locations.Length > 0 ? type.Locations[0] : Location.None;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InternalError,
            location,
            $"StepGen's analyzer failed on {type.Name} ({exception.GetType().Name}: {exception.Message}); please report this with the class that causes it."));
    }

    private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol attribute)
    {
        foreach (AttributeData data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
