using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Problems;

using StepGen.Asl.Source;

namespace StepGen.CodeFixes;

/// <summary>
/// SG1002, a state with neither Next nor End: sets <c>End = true</c> (the default action), or
/// <c>Next = nameof(...)</c> naming the state declared after it, which the analyzer suggests.
/// An <c>End = false</c> becomes the new argument; a <c>Next = null</c> is replaced or dropped.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingTransitionCodeFixProvider)), Shared]
public sealed class MissingTransitionCodeFixProvider : StepGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.MissingTransition);

    private protected override IEnumerable<Fix> GetFixes(FixSite site)
    {
        AttributeArgumentSyntax? end = site.ArgumentName == ArgumentNames.End ? site.Argument : site.Named(ArgumentNames.End);
        AttributeArgumentSyntax? next = site.Named(ArgumentNames.Next);
        AttributeSyntax attribute = site.Attribute;

        yield return new Fix("Set End = true", FixKeys.SetEnd, edits =>
        {
            ExpressionSyntax value = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
            if (end is not null)
            {
                edits.ReplaceValue(end, value);
            }
            else
            {
                edits.Set(attribute, ArgumentNames.End, value);
            }

            if (next is not null)
            {
                edits.Remove(next);
            }
        });

        INamedTypeSymbol? following = Following(site);
        if (following is null)
        {
            yield break;
        }

        ExpressionSyntax nameOf = site.NameOf(following);
        yield return new Fix($"Set Next = {nameOf}", FixKeys.SetNext, edits =>
        {
            if (next is not null)
            {
                edits.ReplaceValue(next, nameOf);
                if (end is not null)
                {
                    edits.Remove(end);
                }
            }
            else if (end is not null)
            {
                edits.ReplaceArgument(end, ArgumentNames.Next, nameOf);
            }
            else
            {
                edits.Set(attribute, ArgumentNames.Next, nameOf);
            }
        });
    }

    /// <summary>The state the analyzer suggests (the one declared next), when it is a state of the same scope.</summary>
    private static INamedTypeSymbol? Following(FixSite site)
    {
        if (site.Suggestion is not string suggestion)
        {
            return null;
        }

        foreach (ScopeState state in ScopeState.Of(site.AttributedType?.ContainingType))
        {
            if (state.Type.Name == suggestion)
            {
                return state.Type;
            }
        }

        return null;
    }
}
