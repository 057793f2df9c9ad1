using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using StepGen.Asl.Problems;
using StepGen.SourceGenerators.Reading;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// Maps a core <see cref="FieldRef"/> to source: the attribute, then its argument, then, for a fault inside a
/// string, the characters inside the literal. Falls back one level at a time when the source does not allow
/// more (a constant instead of a literal, an interpolated string...).
/// </summary>
internal static class LocationMapper
{
    public static Location Map(FieldRef reference, INamedTypeSymbol machine, AttributeMap map, CancellationToken cancellationToken)
    {
        string scope = reference.Scope ?? string.Empty;
        if (!map.Owners.TryGetValue(scope, out List<AttributeData>? attributes) || !map.OwnerSymbols.TryGetValue(scope, out INamedTypeSymbol? owner))
        {
            return TypeLocation(machine);
        }

        if (reference.StateClass is not null)
        {
            if (!map.States.TryGetValue((scope, reference.StateClass), out attributes!) || !map.StateSymbols.TryGetValue((scope, reference.StateClass), out owner!))
            {
                return TypeLocation(owner);
            }
        }

        if (reference.Attribute < 0 || reference.Attribute >= attributes.Count)
        {
            return TypeLocation(owner);
        }

        AttributeData data = attributes[reference.Attribute];
        if (data.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax attribute)
        {
            return TypeLocation(owner);
        }

        if (reference.Argument is null)
        {
            return attribute.Name.GetLocation();
        }

        AttributeArgumentSyntax? argument = FindArgument(attribute, data, reference.Argument, reference.Element);
        if (argument is null)
        {
            return attribute.Name.GetLocation();
        }

        ExpressionSyntax expression = argument.Expression;
        if (reference.Element >= 0 && ArrayElement(expression, reference.Element) is ExpressionSyntax element)
        {
            // An element of new[] { ... } or [ ... ] (a params list maps element by element in FindArgument).
            expression = element;
        }

        if (reference.Offset >= 0 && expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            && StringLiteralMap.TryMap(literal.Token, reference.Offset, Math.Max(1, reference.Length), out TextSpan span))
        {
            return Location.Create(literal.SyntaxTree, span);
        }

        return expression.GetLocation();
    }

    private static ExpressionSyntax? ArrayElement(ExpressionSyntax expression, int index)
    {
        SeparatedSyntaxList<ExpressionSyntax>? items = expression switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            _ => null,
        };

        if (items is SeparatedSyntaxList<ExpressionSyntax> list && index < list.Count)
        {
            return list[index];
        }

        if (expression is CollectionExpressionSyntax collection && index < collection.Elements.Count && collection.Elements[index] is ExpressionElementSyntax item)
        {
            return item.Expression;
        }

        return null;
    }

    private static Location TypeLocation(INamedTypeSymbol type) => type.Locations.Length > 0 ? type.Locations[0] : Location.None;

    private static AttributeArgumentSyntax? FindArgument(AttributeSyntax attribute, AttributeData data, string name, int element)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList.Arguments;
        foreach (AttributeArgumentSyntax argument in arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name || argument.NameColon?.Name.Identifier.ValueText == name)
            {
                return argument;
            }
        }

        // A positional constructor argument: find the parameter's position, then the matching positional argument.
        if (data.AttributeConstructor is not IMethodSymbol constructor)
        {
            return null;
        }

        int position = -1;
        for (int i = 0; i < constructor.Parameters.Length; i++)
        {
            if (constructor.Parameters[i].Name == name)
            {
                position = i;
                break;
            }
        }

        if (position < 0)
        {
            return null;
        }

        IParameterSymbol parameter = constructor.Parameters[position];
        int target = position + (parameter.IsParams && element > 0 ? element : 0);
        int index = 0;
        foreach (AttributeArgumentSyntax argument in arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                continue;
            }

            if (index == target)
            {
                return argument;
            }

            index++;
        }

        return null;
    }
}
