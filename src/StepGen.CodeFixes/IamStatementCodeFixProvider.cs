using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Problems;

using StepGen.Asl.Source;

namespace StepGen.CodeFixes;

/// <summary>
/// SG4001 (states:InvokeHTTPEndpoint on "*" without a condition) and SG4003 ("*" for an action that can be scoped)
/// on an [IamStatement]. What is safe comes from the core, in the diagnostic's properties:
/// <list type="bullet">
/// <item>the derived policy grants every action of the statement, scoped: remove the [IamStatement] (the default);
/// for SG4003 also replace "*" with the resources the derived policy grants them on, and for SG4001 add the
/// derived Condition when one derived statement covers every HTTP call;</item>
/// <item>it grants only some: take those out of <c>Actions</c>, leaving the others as they are.</item>
/// </list>
/// Otherwise (an ARN nobody wrote down, a wildcard action) there is no fix: the scope is for the author to say.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IamStatementCodeFixProvider)), Shared]
public sealed class IamStatementCodeFixProvider : StepGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.UnconditionedHttpInvoke, Rules.UnscopedResource);

    private protected override IEnumerable<Fix> GetFixes(FixSite site)
    {
        if (site.AttributeName != AttributeNames.IamStatement)
        {
            yield break;
        }

        bool http = site.Diagnostic.Id == Rules.UnconditionedHttpInvoke;
        AttributeSyntax attribute = site.Attribute;

        if (site.Property(ProblemProperties.StatementRemovable) == "true")
        {
            yield return new Fix(
                "Remove the [IamStatement] (StepGen derives its actions, scoped)",
                FixKeys.RemoveIamStatement,
                edits => edits.RemoveAttribute(attribute));
        }

        if (http && site.Property(ProblemProperties.DerivedCondition) is string condition && site.Named(ArgumentNames.Condition) is null)
        {
            ExpressionSyntax value = StringLiteral(condition, site.Attribute.SyntaxTree.Options);
            yield return new Fix(
                "Add the Condition StepGen derives for this machine's HTTP calls",
                FixKeys.HttpAddCondition,
                edits => edits.Set(attribute, ArgumentNames.Condition, value));
        }

        if (!http && site.Property(ProblemProperties.DerivedResources) is string resources && StarElement(site) is SyntaxNode star
            && site.Argument is AttributeArgumentSyntax resourcesArgument)
        {
            string[] arns = resources.Split(ProblemProperties.Separator);
            SyntaxNode[] replacements = arns.Select(arn => Item(star, arn)).ToArray();
            ExpressionSyntax scoped = resourcesArgument.Expression.ReplaceNode(star, replacements);
            yield return new Fix(
                arns.Length == 1 ? $"Replace \"*\" with \"{arns[0]}\"" : $"Replace \"*\" with the {arns.Length} resources StepGen derives",
                FixKeys.ScopeToDerivedResources,
                edits => edits.ReplaceValue(resourcesArgument, scoped));
        }

        if (site.Property(ProblemProperties.DerivedActionIndexes) is string indexes
            && (http ? site.Argument : site.Named(ArgumentNames.Actions)) is AttributeArgumentSyntax actions
            && DerivedItems(actions.Expression, indexes) is List<SyntaxNode> derived)
        {
            ExpressionSyntax kept = WithoutItems(actions.Expression, derived);
            string names = string.Join(", ", derived.Select(Text));
            yield return new Fix(
                $"Remove {names} from Actions (StepGen derives {(derived.Count == 1 ? "it" : "them")}, scoped)",
                FixKeys.RemoveDerivedActions,
                edits => edits.ReplaceValue(actions, kept));
        }
    }

    /// <summary>
    /// The array without these items (not all of them). The others keep their trivia and the separators between them;
    /// the first and last keep the trivia of the list's ends, so <c>{ "a", "b" }</c> becomes <c>{ "a" }</c>.
    /// </summary>
    private static ExpressionSyntax WithoutItems(ExpressionSyntax array, List<SyntaxNode> removed)
    {
        return array switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.WithInitializer(implicitArray.Initializer.WithExpressions(Without(implicitArray.Initializer.Expressions, removed))),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } created => created.WithInitializer(initializer.WithExpressions(Without(initializer.Expressions, removed))),
            CollectionExpressionSyntax collection => collection.WithElements(Without(collection.Elements, removed)),
            _ => array,
        };
    }

    private static SeparatedSyntaxList<T> Without<T>(SeparatedSyntaxList<T> list, List<SyntaxNode> removed)
        where T : SyntaxNode
    {
        var kept = list.Where(item => !removed.Contains(item)).ToList();
        if (kept.Count == 0)
        {
            return list;
        }

        kept[0] = kept[0].WithLeadingTrivia(list[0].GetLeadingTrivia());
        kept[kept.Count - 1] = kept[kept.Count - 1].WithTrailingTrivia(list[list.Count - 1].GetTrailingTrivia());
        var separators = new List<SyntaxToken>();
        for (int i = 0; i < kept.Count - 1 && i < list.SeparatorCount; i++)
        {
            separators.Add(list.GetSeparator(i));
        }

        if (list.SeparatorCount == list.Count && separators.Count == kept.Count - 1)
        {
            // A trailing comma stays a trailing comma.
            separators.Add(list.GetSeparator(list.SeparatorCount - 1));
        }

        return SyntaxFactory.SeparatedList(kept, separators);
    }

    /// <summary>The items at these indexes, if every one is a string literal and at least one item stays.</summary>
    private static List<SyntaxNode>? DerivedItems(ExpressionSyntax expression, string indexes)
    {
        if (FixSite.ArrayItems(expression) is not List<SyntaxNode> items)
        {
            return null;
        }

        var derived = new List<SyntaxNode>();
        foreach (string text in indexes.Split(ProblemProperties.Separator))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= items.Count || Literal(items[index]) is null)
            {
                return null;
            }

            derived.Add(items[index]);
        }

        return derived.Count > 0 && derived.Count < items.Count ? derived : null;
    }

    /// <summary>The array item the SG4003 diagnostic is on: the "*" literal (or its collection element).</summary>
    private static SyntaxNode? StarElement(FixSite site)
    {
        if (site.Argument is null || FixSite.ArrayItems(site.Argument.Expression) is not List<SyntaxNode> items)
        {
            return null;
        }

        return items.FirstOrDefault(item => Literal(item) is LiteralExpressionSyntax literal
            && literal.Span == site.Diagnostic.Location.SourceSpan
            && literal.Token.ValueText.Trim() == "*");
    }

    private static LiteralExpressionSyntax? Literal(SyntaxNode item) =>
        (item is ExpressionElementSyntax element ? element.Expression : item) as LiteralExpressionSyntax is { RawKind: (int)SyntaxKind.StringLiteralExpression } literal ? literal : null;

    private static string Text(SyntaxNode item) => Literal(item)?.Token.ValueText.Trim() ?? item.ToString();

    /// <summary>A new item like <paramref name="model"/> (an expression, or a collection element) with this string, and its trivia.</summary>
    private static SyntaxNode Item(SyntaxNode model, string value)
    {
        LiteralExpressionSyntax literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
        SyntaxNode item = model is ExpressionElementSyntax ? SyntaxFactory.ExpressionElement(literal) : literal;
        return item.WithTriviaFrom(model);
    }

    /// <summary>JSON text as a one-line raw string literal where the language has them, else as a regular one.</summary>
    private static ExpressionSyntax StringLiteral(string json, ParseOptions options)
    {
        bool raw = options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 } && !json.Contains("\"\"\"") && !json.StartsWith("\"") && !json.EndsWith("\"");
        SyntaxToken token = raw
            ? SyntaxFactory.ParseToken("\"\"\"" + json + "\"\"\"")
            : SyntaxFactory.Literal(json);
        return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, token);
    }
}
