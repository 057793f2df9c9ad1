using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Collections;
using StepGen.Asl.Shapes;

namespace StepGen.SourceGenerators.Reading;

/// <summary>
/// The JSON shape of a declared type (a machine's Input), as System.Text.Json would serialize it: public instance
/// properties under their JSON names, closed, so that a path to any other field can be flagged (SG2006).
/// </summary>
internal static class TypeShapes
{
    private const int MaxDepth = 8;

    public static Shape Read(ITypeSymbol type) => Read(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0);

    private static Shape Read(ITypeSymbol type, HashSet<ITypeSymbol> visiting, int depth)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Char:
                return Shape.Of(ShapeKind.String);
            case SpecialType.System_Boolean:
                return Shape.Of(ShapeKind.Boolean);
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
                return Shape.Of(ShapeKind.Integer);
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return Shape.Of(ShapeKind.Number);
            case SpecialType.System_DateTime:
                return Shape.Of(ShapeKind.Timestamp);
            case SpecialType.System_Object:
                return Shape.Any;
        }

        if (type is IArrayTypeSymbol array)
        {
            return depth >= MaxDepth ? Shape.Any : Shape.ArrayOf(Read(array.ElementType, visiting, depth + 1));
        }

        if (type is not INamedTypeSymbol named)
        {
            return Shape.Any;
        }

        if (named.Name == "DateTimeOffset" && named.ContainingNamespace?.ToDisplayString() == "System")
        {
            return Shape.Of(ShapeKind.Timestamp);
        }

        if (depth >= MaxDepth || named.TypeKind is TypeKind.Enum or TypeKind.Error or TypeKind.Interface
            || named.ContainingNamespace?.ToDisplayString() is "System.Text.Json" or "System.Text.Json.Nodes")
        {
            return Shape.Any;
        }

        // A collection: its element type, when it has one; dictionaries and others stay open.
        foreach (INamedTypeSymbol face in named.AllInterfaces)
        {
            if (face.Name == "IDictionary" || face.Name == "IReadOnlyDictionary")
            {
                return Shape.Any;
            }
        }

        foreach (INamedTypeSymbol face in named.AllInterfaces)
        {
            if (face.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return Shape.ArrayOf(Read(face.TypeArguments[0], visiting, depth + 1));
            }
        }

        if (!visiting.Add(named))
        {
            return Shape.Any;
        }

        var fields = new List<ShapeField>();
        foreach ((IPropertySymbol property, string jsonName) in EndpointProperties.Serialized(named))
        {
            fields.Add(new ShapeField(jsonName, Read(property.Type, visiting, depth + 1)));
        }

        visiting.Remove(named);
        return new Shape(ShapeKind.Object, fields.ToEquatableArray(), Closed: true);
    }
}
