using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Emit;
using StepGen.SourceGenerators.Models;
using StepGen.SourceGenerators.Reading;
using StepGen.SourceGenerators.Records;

namespace StepGen.SourceGenerators;

public sealed partial class StateMachineGenerator
{
    internal static class Execute
    {
        /// <summary>Reads the machine under the attribute. Returns null for a second declaration of the same class.</summary>
        public static MachineInput? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol machine)
            {
                return null;
            }

            // [StateMachine] on several partial declarations (an error of its own): generate once, from the first.
            foreach (AttributeData attribute in machine.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: AttributeNames.StateMachine + AttributeNames.Suffix } attributeClass && MachineReader.IsStepGenAttribute(attributeClass))
                {
                    if (attribute.ApplicationSyntaxReference?.SyntaxTree != context.TargetNode.SyntaxTree
                        || attribute.ApplicationSyntaxReference.Span.Start < context.TargetNode.SpanStart
                        || attribute.ApplicationSyntaxReference.Span.End > context.TargetNode.Span.End)
                    {
                        return null;
                    }

                    break;
                }
            }

            SourceMachine source = MachineReader.Read(machine, map: null, cancellationToken, SyntaxShortcut.For(context.SemanticModel.Compilation));
            bool records = RecordSupport.IsAvailable(context.SemanticModel.Compilation);
            return new MachineInput(HierarchyReader.Read(machine, cancellationToken), source, records);
        }

        /// <summary>The project's settings; the default ones are null in the model, as the analyzer reads them too.</summary>
        public static CompileOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
            CompileOptions.FromConnectionField(options.TryGetValue(CompileOptions.ConnectionFieldProperty, out string? value) ? value : null);

        /// <summary>
        /// Which typed records the project wants (<c>StepGenTypedRecords</c>): <c>Execution</c> unless it names another
        /// set. An unknown value keeps the default; the package's MSBuild targets warn about it (SG5003).
        /// </summary>
        public static TypedRecordSet ReadTypedRecords(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
            TypedRecordSets.Parse(options.TryGetValue(TypedRecordSets.Property, out string? value) ? value : null) ?? TypedRecordSet.Execution;

        /// <summary>The model with the project's settings, null when they are the defaults (so models compare equal).</summary>
        public static SourceMachine WithOptions(SourceMachine machine, CompileOptions options) =>
            options == CompileOptions.Default ? machine : machine with { Options = options };

        public static GeneratedMachine Compile(MachineInput input, CompileOptions options, TypedRecordSet typedRecords, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            input = input with { Machine = WithOptions(input.Machine, options) };
            // Through the shared cache: the analyzer, run next in the same build on an equal model, then does not compile again.
            CompiledMachine compiled = Diagnostics.CompileCache.GetOrCompile(input.Machine);

            // Which state classes can take a Name constant: partial ones, in the machine or in a branch nested in it.
            var partial = new Dictionary<(string, string), bool>();
            var paths = new Dictionary<string, string>(StringComparer.Ordinal) { [string.Empty] = string.Empty };
            foreach (SourceState state in input.Machine.States)
            {
                partial[(string.Empty, state.ClassName)] = state.IsPartial;
            }

            foreach (SourceScope branch in input.Machine.Branches)
            {
                if (branch.NestedPath is string path && branch.IsPartial)
                {
                    paths[branch.Key] = path;
                }

                foreach (SourceState state in branch.States)
                {
                    partial[(branch.Key, state.ClassName)] = state.IsPartial;
                }
            }

            var states = new List<GeneratedState>(compiled.States.Count);
            var declared = new HashSet<(string, string)>();
            foreach (StateName state in compiled.States)
            {
                string scope = state.Scope ?? string.Empty;

                // A branch used twice (an SG1006 of its own) still gets one Name constant per class.
                if (paths.TryGetValue(scope, out string? path) && partial.TryGetValue((scope, state.ClassName), out bool isPartial) && declared.Add((path, state.ClassName)))
                {
                    states.Add(new GeneratedState(state.ClassName, state.Name, isPartial, path));
                }
            }

            RecordSetSpec? records = null;
            if (input.CanEmitRecords && typedRecords != TypedRecordSet.None)
            {
                var taken = new List<string>(MachineEmitter.MachineMembers);
                foreach (SourceState state in input.Machine.States)
                {
                    taken.Add(state.ClassName);
                }

                foreach (SourceScope branch in input.Machine.Branches)
                {
                    taken.Add(branch.NestedPath is string path ? path.Split('.')[0] : branch.ClassName);
                }

                records = ShapeRecords.From(TypedRecords.Select(compiled.Records, typedRecords), taken);
            }

            return new GeneratedMachine(
                input.Hierarchy,
                compiled.Name,
                compiled.Asl,
                compiled.IamPolicy,
                compiled.Mermaid,
                compiled.Substitutions,
                states.ToEquatableArray(),
                records);
        }

        public static void Emit(SourceProductionContext context, GeneratedMachine machine)
        {
            // Members can only be added to a partial class; the analyzer reports SG1013 otherwise.
            if (!machine.Hierarchy.AllPartial)
            {
                return;
            }

            context.AddSource(machine.Hierarchy.HintName, MachineEmitter.Emit(machine));
        }
    }
}
