using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Problems;

using StepGen.Asl.Source;

namespace StepGen.CodeFixes;

/// <summary>
/// SG1018, a [Choice] without Default: sets <c>Default = nameof(...)</c> naming a [Fail] state of the same machine or
/// branch, one action per Fail state in declaration order. Without a Fail state there is no fix: which state should
/// follow is for the author to say.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ChoiceDefaultCodeFixProvider)), Shared]
public sealed class ChoiceDefaultCodeFixProvider : StepGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.ChoiceWithoutDefault);

    private protected override IEnumerable<Fix> GetFixes(FixSite site)
    {
        if (site.AttributeName != AttributeNames.Choice || site.Argument is not null)
        {
            yield break;
        }

        AttributeArgumentSyntax? existing = site.Named(ArgumentNames.Default);
        AttributeSyntax attribute = site.Attribute;
        int rank = 0;
        foreach (ScopeState state in ScopeState.Of(site.AttributedType?.ContainingType))
        {
            if (state.Kind != AttributeNames.Fail)
            {
                continue;
            }

            rank++;
            ExpressionSyntax nameOf = site.NameOf(state.Type);
            yield return new Fix($"Set Default = {nameOf}", FixKeys.Ranked(FixKeys.DefaultToFail, rank), edits =>
            {
                if (existing is not null)
                {
                    edits.ReplaceValue(existing, nameOf);
                }
                else
                {
                    edits.Set(attribute, ArgumentNames.Default, nameOf);
                }
            });

            if (rank == FixKeys.MaxCandidates)
            {
                yield break;
            }
        }
    }
}
