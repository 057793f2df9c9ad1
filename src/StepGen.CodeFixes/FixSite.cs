using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Source;

namespace StepGen.CodeFixes;

/// <summary>
/// Where a StepGen diagnostic is in the syntax: the attribute it is on, and the argument when it is on one
/// (the analyzer reports either on the attribute's name or on an argument's value).
/// </summary>
internal sealed class FixSite
{
    /// <summary>
    /// The key in <see cref="Diagnostic.Properties"/> of the name the analyzer suggests: DiagnosticDescriptors.SuggestionProperty
    /// of the analyzers, internal there. The SG1002 Next and SG1001 missing-StartAt tests run the real analyzer
    /// and fail if the two drift apart.
    /// </summary>
    public const string SuggestionProperty = "Suggestion";

    private FixSite(Diagnostic diagnostic, SemanticModel model, AttributeSyntax attribute, AttributeArgumentSyntax? argument, CancellationToken cancellationToken)
    {
        Diagnostic = diagnostic;
        Model = model;
        Attribute = attribute;
        Argument = argument;
        CancellationToken = cancellationToken;
    }

    public Diagnostic Diagnostic { get; }

    public SemanticModel Model { get; }

    public AttributeSyntax Attribute { get; }

    /// <summary>The argument the diagnostic is on, or <c>null</c> when it is on the attribute.</summary>
    public AttributeArgumentSyntax? Argument { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The name the analyzer put in the diagnostic's properties, if any.</summary>
    public string? Suggestion =>
        Diagnostic.Properties.TryGetValue(SuggestionProperty, out string? value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>A property the core put on the problem (a key of ProblemProperties), or <c>null</c>.</summary>
    public string? Property(string key) =>
        Diagnostic.Properties.TryGetValue(key, out string? value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>
    /// The items of an array argument as written, <c>new[] { ... }</c>, <c>new string[] { ... }</c> or <c>[ ... ]</c>
    /// (for a collection expression, its element nodes), or <c>null</c> for anything else or a spread.
    /// </summary>
    public static List<SyntaxNode>? ArrayItems(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return new List<SyntaxNode>(implicitArray.Initializer.Expressions);
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return new List<SyntaxNode>(initializer.Expressions);
            case CollectionExpressionSyntax collection:
                var items = new List<SyntaxNode>();
                foreach (CollectionElementSyntax element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax)
                    {
                        return null;
                    }

                    items.Add(element);
                }

                return items;
            default:
                return null;
        }
    }

    /// <summary>The attribute's name without the Attribute suffix or a qualifier: "Pass" for [StepGen.PassAttribute].</summary>
    public string AttributeName
    {
        get
        {
            string name = Attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => Attribute.Name.ToString(),
            };
            return name.EndsWith(AttributeNames.Suffix, System.StringComparison.Ordinal) ? name.Substring(0, name.Length - AttributeNames.Suffix.Length) : name;
        }
    }

    public static FixSite? Create(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        AttributeSyntax? attribute = node.FirstAncestorOrSelf<AttributeSyntax>();
        if (attribute is null)
        {
            return null;
        }

        AttributeArgumentSyntax? argument = node.FirstAncestorOrSelf<AttributeArgumentSyntax>();
        if (argument is not null && argument.Parent?.Parent != attribute)
        {
            argument = null;
        }

        return new FixSite(diagnostic, model, attribute, argument, cancellationToken);
    }

    /// <summary>The attribute's named argument (<c>Name = ...</c>), if written.</summary>
    public AttributeArgumentSyntax? Named(string name)
    {
        if (Attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (AttributeArgumentSyntax argument in Attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The name (<see cref="Argument"/>'s <c>Name =</c> part) of the argument the diagnostic is on.</summary>
    public string? ArgumentName => Argument?.NameEquals?.Name.Identifier.ValueText;

    /// <summary>The class the attribute is on.</summary>
    public INamedTypeSymbol? AttributedType =>
        Attribute.Parent?.Parent is BaseTypeDeclarationSyntax declaration ? Model.GetDeclaredSymbol(declaration, CancellationToken) : null;

    /// <summary>The string the argument's value is, or <c>null</c> when it is not a string constant.</summary>
    public string? ArgumentString =>
        Argument is not null && Model.GetConstantValue(Argument.Expression, CancellationToken) is { HasValue: true, Value: string value } ? value : null;

    /// <summary>
    /// <c>nameof(Target)</c>, written as the user would: the simple name when it binds here, as it does for a state
    /// of the attribute's own machine or branch; otherwise the shortest name that does.
    /// </summary>
    public ExpressionSyntax NameOf(INamedTypeSymbol target)
    {
        int position = Attribute.ArgumentList is AttributeArgumentListSyntax list ? list.OpenParenToken.Span.End : Attribute.Name.Span.End;
        string name = SyntaxFacts.GetKeywordKind(target.Name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(target.Name) == SyntaxKind.NameOfKeyword
            ? "@" + target.Name
            : target.Name;
        SymbolInfo info = Model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(SyntaxFactory.ParseToken(name)), SpeculativeBindingOption.BindAsExpression);
        if (info.Symbol is null)
        {
            name = target.ToMinimalDisplayString(Model, position);
        }

        return SyntaxFactory.ParseExpression("nameof(" + name + ")");
    }
}

/// <summary>A state class of a machine or branch: a nested class with one of StepGen's state attributes.</summary>
internal sealed class ScopeState
{
    /// <summary>The state attributes' class names, from the core's one list of state kinds.</summary>
    private static readonly HashSet<string> StateAttributes = new(AttributeVocabulary.States.Select(name => name + AttributeNames.Suffix), StringComparer.Ordinal);

    private ScopeState(INamedTypeSymbol type, string kind, string? nameOverride)
    {
        Type = type;
        Kind = kind;
        NameOverride = nameOverride;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>"Pass", "Fail", ...</summary>
    public string Kind { get; }

    /// <summary>The <c>Name = "..."</c> of the state attribute, which transitions may also use.</summary>
    public string? NameOverride { get; }

    /// <summary>The states directly inside a [StateMachine] or [Branch] class, in declaration order, as the core reads them.</summary>
    public static List<ScopeState> Of(INamedTypeSymbol? container)
    {
        var states = new List<ScopeState>();
        if (container is null)
        {
            return states;
        }

        foreach (INamedTypeSymbol nested in container.GetTypeMembers())
        {
            foreach (AttributeData attribute in nested.GetAttributes())
            {
                if (!IsStepGen(attribute.AttributeClass) || !StateAttributes.Contains(attribute.AttributeClass!.Name))
                {
                    continue;
                }

                string? nameOverride = null;
                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Key == ArgumentNames.Name && named.Value.Value is string value)
                    {
                        nameOverride = value;
                    }
                }

                string kind = attribute.AttributeClass.Name.Substring(0, attribute.AttributeClass.Name.Length - AttributeNames.Suffix.Length);
                states.Add(new ScopeState(nested, kind, nameOverride));
                break;
            }
        }

        return states;
    }

    /// <summary>True for an attribute class of StepGen's own namespace.</summary>
    public static bool IsStepGen(INamedTypeSymbol? attributeClass) =>
        attributeClass is { TypeKind: not TypeKind.Error, ContainingType: null }
        && attributeClass.ContainingNamespace is { Name: "StepGen", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>True when the type carries the StepGen attribute of this class name ("BranchAttribute").</summary>
    public static bool Has(INamedTypeSymbol type, string attributeClassName)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == attributeClassName && IsStepGen(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
