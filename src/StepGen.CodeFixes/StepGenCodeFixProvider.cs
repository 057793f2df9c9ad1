using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StepGen.CodeFixes;

/// <summary>One action a provider offers for one diagnostic: its title, its equivalence key, and its edits.</summary>
internal sealed class Fix
{
    public Fix(string title, string key, Action<AttributeEdits> plan)
    {
        Title = title;
        Key = key;
        Plan = plan;
    }

    public string Title { get; }

    /// <summary>The same for every fix of one kind, so that Fix All applies that kind everywhere.</summary>
    public string Key { get; }

    public Action<AttributeEdits> Plan { get; }
}

/// <summary>
/// The shared plumbing of StepGen's code fixes. A provider only says which fixes a diagnostic gets
/// (<see cref="GetFixes"/>); this class registers them, and applies them one at a time or all at once.
/// Fix All (document, project, solution) takes, for each diagnostic, the fix with the chosen equivalence key, or
/// its first fix when no key is given (what <c>dotnet format</c> may pass), and applies all of a document's
/// fixes in one rewrite of its attributes, so fixes on the same attribute never conflict and one pass is enough.
/// </summary>
public abstract class StepGenCodeFixProvider : CodeFixProvider
{
    private protected StepGenCodeFixProvider()
    {
    }

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Document document = context.Document;
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (FixSite.Create(root, model, diagnostic, context.CancellationToken) is not FixSite site)
            {
                continue;
            }

            foreach (Fix fix in GetFixes(site))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, _ => Task.FromResult(Apply(document, root, new[] { fix })), fix.Key),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes for the diagnostic at this site, the one to apply by default first.</summary>
    private protected abstract IEnumerable<Fix> GetFixes(FixSite site);

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        string? key = context.CodeActionEquivalenceKey;
        var fixes = new List<Fix>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (FixSite.Create(root, model, diagnostic, cancellationToken) is not FixSite site)
            {
                continue;
            }

            Fix? chosen = GetFixes(site).FirstOrDefault(fix => key is null || fix.Key == key);
            if (chosen is not null)
            {
                fixes.Add(chosen);
            }
        }

        return fixes.Count == 0 ? document : Apply(document, root, fixes);
    }

    private static Document Apply(Document document, SyntaxNode root, IEnumerable<Fix> fixes)
    {
        var edits = new AttributeEdits();
        foreach (Fix fix in fixes)
        {
            fix.Plan(edits);
        }

        return edits.IsEmpty ? document : document.WithSyntaxRoot(edits.Apply(root));
    }
}
