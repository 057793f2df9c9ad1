using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Reading;

/// <summary>
/// The attributes behind a <see cref="SourceMachine"/>, in the same order, so that the analyzer can map a
/// problem's attribute index back to the attribute's syntax.
/// </summary>
internal sealed class AttributeMap
{
    public List<AttributeData> Machine { get; } = new();

    public Dictionary<string, List<AttributeData>> States { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, INamedTypeSymbol> StateSymbols { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Reads a [StateMachine] class into the source model. Shared by the generator and the analyzers so both
/// see exactly the same input. Reads only what the user wrote; all interpretation is the ASL core's.
/// </summary>
internal static class MachineReader
{
    public const string Namespace = "StepGen";

    public static SourceMachine Read(INamedTypeSymbol machine, AttributeMap? map, CancellationToken cancellationToken)
    {
        EquatableArray<SourceAttribute> machineAttributes = ReadAttributes(machine, map?.Machine);
        var states = new List<SourceState>();
        foreach (INamedTypeSymbol nested in machine.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<AttributeData>? list = map is null ? null : new List<AttributeData>();
            EquatableArray<SourceAttribute> attributes = ReadAttributes(nested, list);
            if (attributes.Count == 0)
            {
                continue;
            }

            states.Add(new SourceState(nested.Name, IsPartial(nested, cancellationToken), attributes));
            if (map is not null && list is not null && !map.States.ContainsKey(nested.Name))
            {
                map.States.Add(nested.Name, list);
                map.StateSymbols.Add(nested.Name, nested);
            }
        }

        bool partial = true;
        for (INamedTypeSymbol? type = machine; type is not null; type = type.ContainingType)
        {
            partial &= IsPartial(type, cancellationToken);
        }

        return new SourceMachine(machine.Name, partial, machineAttributes, states.ToEquatableArray());
    }

    /// <summary>True when every source declaration of the type carries the 'partial' modifier.</summary>
    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsStepGenAttribute(INamedTypeSymbol? attributeClass) =>
        attributeClass is { TypeKind: not TypeKind.Error }
        && attributeClass.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true }
        && attributeClass.ContainingType is null;

    private static EquatableArray<SourceAttribute> ReadAttributes(ISymbol symbol, List<AttributeData>? map)
    {
        ImmutableArray<AttributeData> all = symbol.GetAttributes();
        var result = new List<SourceAttribute>(all.Length);
        foreach (AttributeData attribute in all)
        {
            if (!IsStepGenAttribute(attribute.AttributeClass))
            {
                continue;
            }

            string name = attribute.AttributeClass!.Name;
            if (name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            var arguments = new List<SourceArgument>();
            ImmutableArray<IParameterSymbol> parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
            for (int i = 0; i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                arguments.Add(new SourceArgument(parameters[i].Name, true, Convert(attribute.ConstructorArguments[i], 0)));
            }

            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                arguments.Add(new SourceArgument(named.Key, false, Convert(named.Value, 0)));
            }

            result.Add(new SourceAttribute(name, arguments.ToEquatableArray()));
            map?.Add(attribute);
        }

        return result.ToEquatableArray();
    }

    private static SourceValue Convert(TypedConstant constant, int depth)
    {
        if (constant.Kind == TypedConstantKind.Error || depth > 8)
        {
            return SourceValue.Error;
        }

        if (constant.Kind == TypedConstantKind.Array)
        {
            if (constant.IsNull)
            {
                return SourceValue.Null;
            }

            var items = new List<SourceValue>(constant.Values.Length);
            foreach (TypedConstant item in constant.Values)
            {
                items.Add(Convert(item, depth + 1));
            }

            return new SourceValue(SourceValueKind.Array, Items: items.ToEquatableArray());
        }

        if (constant.IsNull)
        {
            return SourceValue.Null;
        }

        switch (constant.Kind)
        {
            case TypedConstantKind.Type:
                return constant.Value is ITypeSymbol type
                    ? new SourceValue(SourceValueKind.Type, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                    : SourceValue.Error;
            case TypedConstantKind.Enum:
                return new SourceValue(SourceValueKind.Enum, Integer: ToInt64(constant.Value));
            case TypedConstantKind.Primitive:
                return constant.Value switch
                {
                    string text => SourceValue.FromString(text),
                    bool flag => SourceValue.FromBoolean(flag),
                    char c => SourceValue.FromString(c.ToString()),
                    double d => SourceValue.FromDouble(d),
                    float f => SourceValue.FromDouble(f),
                    ulong big => big > long.MaxValue ? SourceValue.FromDouble(big) : SourceValue.FromInteger((long)big),
                    _ => SourceValue.FromInteger(ToInt64(constant.Value)),
                };
            default:
                return SourceValue.Error;
        }
    }

    private static long ToInt64(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => unchecked((long)ul),
        _ => 0,
    };
}
