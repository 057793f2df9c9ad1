using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;

using StepGen.Asl.Source;

namespace StepGen.CodeFixes;

/// <summary>
/// A name that is no state of its scope, SG1004 (Next, Default, a [When]'s or [Catch]'s Next) and SG1001
/// (StartAt): replaces the value with <c>nameof(...)</c> of a close state, one action per candidate, closest first,
/// ranked by the core's <see cref="Names.Ranked"/> over the scope's class names and <c>Name = "..."</c> overrides.
/// For a StartAt that is missing or not a string, the one action names the state the analyzer suggests, the
/// first one declared.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StateReferenceCodeFixProvider)), Shared]
public sealed class StateReferenceCodeFixProvider : StepGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.StartAt, Rules.UnknownState);

    private protected override IEnumerable<Fix> GetFixes(FixSite site)
    {
        bool startAt = site.Diagnostic.Id == Rules.StartAt;
        INamedTypeSymbol? owner = site.AttributedType;
        if (owner is null || (startAt && site.AttributeName is not (AttributeNames.StateMachine or AttributeNames.Branch)))
        {
            yield break;
        }

        // StartAt names a state of the class it is on; a transition, a state of the class around its state.
        List<ScopeState> states = ScopeState.Of(startAt ? owner : owner.ContainingType);
        string key = startAt ? FixKeys.StartAt : FixKeys.Target;
        AttributeArgumentSyntax? argument = site.Argument;

        if (startAt && argument is null)
        {
            if (site.Named(ArgumentNames.StartAt) is null && Find(states, site.Suggestion) is INamedTypeSymbol first)
            {
                var nameOf = site.NameOf(first);
                AttributeSyntax attribute = site.Attribute;
                yield return new Fix($"Set StartAt = {nameOf}", FixKeys.Ranked(key, 1), edits => edits.Set(attribute, ArgumentNames.StartAt, nameOf));
            }

            yield break;
        }

        if (argument is null)
        {
            yield break;
        }

        List<INamedTypeSymbol> candidates = site.ArgumentString is string value
            ? Ranked(states, value)
            : startAt && Find(states, site.Suggestion) is INamedTypeSymbol suggested ? new List<INamedTypeSymbol> { suggested } : new List<INamedTypeSymbol>();

        for (int i = 0; i < candidates.Count; i++)
        {
            var nameOf = site.NameOf(candidates[i]);
            yield return new Fix($"Use {nameOf}", FixKeys.Ranked(key, i + 1), edits => edits.ReplaceValue(argument, nameOf));
        }
    }

    /// <summary>The state classes whose class name or ASL name is close to the value, closest first.</summary>
    private static List<INamedTypeSymbol> Ranked(List<ScopeState> states, string value)
    {
        var byName = new Dictionary<string, INamedTypeSymbol>(System.StringComparer.Ordinal);
        var names = new List<string>();
        foreach (ScopeState state in states)
        {
            foreach (string? name in new[] { state.Type.Name, state.NameOverride })
            {
                if (name is not null && !byName.ContainsKey(name))
                {
                    byName.Add(name, state.Type);
                    names.Add(name);
                }
            }
        }

        var result = new List<INamedTypeSymbol>();
        foreach (string name in Names.Ranked(value, names, names.Count))
        {
            INamedTypeSymbol type = byName[name];
            if (!result.Contains(type, SymbolEqualityComparer.Default))
            {
                result.Add(type);
                if (result.Count == FixKeys.MaxCandidates)
                {
                    break;
                }
            }
        }

        return result;
    }

    private static INamedTypeSymbol? Find(List<ScopeState> states, string? className)
    {
        foreach (ScopeState state in states)
        {
            if (state.Type.Name == className)
            {
                return state.Type;
            }
        }

        return null;
    }
}
