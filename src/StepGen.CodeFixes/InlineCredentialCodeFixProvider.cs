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
/// SG4004 on the value of a [Header], [QueryParameter] or [Body]: removes the attribute, and leaves in its place a
/// comment, written by the core, that says where the credential is sent from now (the EventBridge connection, and
/// as what) and that the value written here must be rotated. The secret cannot stay in any form the definition
/// carries (a substitution or a path would still put it in the definition or the execution history), and the
/// connection is configured outside the code, so the comment is the only thing left to write. A credential inside
/// JSON text (RequestBody, Parameters, Arguments) has no fix: the core does not offer one there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InlineCredentialCodeFixProvider)), Shared]
public sealed class InlineCredentialCodeFixProvider : StepGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.InlineCredential);

    private protected override IEnumerable<Fix> GetFixes(FixSite site)
    {
        if (site.AttributeName is not (AttributeNames.Header or AttributeNames.QueryParameter or AttributeNames.Body)
            || site.Argument is null
            || site.Property(ProblemProperties.CredentialNote) is not string note)
        {
            yield break;
        }

        AttributeSyntax attribute = site.Attribute;
        yield return new Fix(
            $"Remove the inline credential (the connection sends it)",
            FixKeys.RemoveCredential,
            edits => edits.RemoveAttribute(attribute, "// " + note));
    }
}
