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
/// Removes a transition argument that is not allowed: SG1003 (both Next and End; the diagnostic is on End, and
/// removing End is the default action, removing Next the other) and SG1007 (Next or End on a Choice, Succeed or
/// Fail state; the one the diagnostic is on goes). An argument list left empty goes too: <c>[Succeed]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveTransitionCodeFixProvider)), Shared]
public sealed class RemoveTransitionCodeFixProvider : StepGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.NextAndEnd, Rules.TransitionNotAllowed);

    private protected override IEnumerable<Fix> GetFixes(FixSite site)
    {
        if (site.Argument is not AttributeArgumentSyntax argument || site.ArgumentName is not (ArgumentNames.Next or ArgumentNames.End) || site.ArgumentName is not string name)
        {
            yield break;
        }

        if (site.Diagnostic.Id == Rules.TransitionNotAllowed)
        {
            yield return new Fix($"Remove {name}", FixKeys.RemoveTransition, edits => edits.Remove(argument));
            yield break;
        }

        if (name != ArgumentNames.End)
        {
            yield break;
        }

        yield return new Fix("Remove End (keep Next)", FixKeys.RemoveEnd, edits => edits.Remove(argument));
        if (site.Named(ArgumentNames.Next) is AttributeArgumentSyntax next)
        {
            yield return new Fix("Remove Next (keep End = true)", FixKeys.RemoveNext, edits => edits.Remove(next));
        }
    }
}
