using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Collections;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Reading;

/// <summary>
/// The attributes behind a <see cref="SourceMachine"/>, in the same order, so that the analyzer can map a
/// problem's attribute index back to the attribute's syntax. Keyed by scope ("" for the machine, else the
/// [Branch] type key) and class name.
/// </summary>
internal sealed class AttributeMap
{
    public Dictionary<string, List<AttributeData>> Owners { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, INamedTypeSymbol> OwnerSymbols { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Scope, string Class), List<AttributeData>> States { get; } = new();

    public Dictionary<(string Scope, string Class), INamedTypeSymbol> StateSymbols { get; } = new();
}

/// <summary>
/// Reads a [StateMachine] class into the source model. Shared by the generator and the analyzers so both
/// see exactly the same input. Reads only what the user wrote; all interpretation is the ASL core's.
/// </summary>
internal static class MachineReader
{
    public const string Namespace = "StepGen";

    /// <summary>Bounds the [Branch]/[HttpEndpoint] types followed from one machine (cycles are stopped earlier).</summary>
    private const int MaxReferencedTypes = 256;

    /// <param name="shortcut">
    /// When given (the generator, which has no <paramref name="map"/>), state classes whose attributes the syntax
    /// decides are read from syntax instead of being bound; see <see cref="SyntaxShortcut"/>. The model is the same.
    /// </param>
    public static SourceMachine Read(INamedTypeSymbol machine, AttributeMap? map, CancellationToken cancellationToken, SyntaxShortcut? shortcut = null)
    {
        if (map is not null)
        {
            shortcut = null;
        }

        var referenced = new List<INamedTypeSymbol>();
        EquatableArray<SourceAttribute> machineAttributes = ReadAttributes(machine, Owner(map, string.Empty, machine), referenced);
        EquatableArray<SourceState> states = ReadStates(machine, string.Empty, map, referenced, shortcut, cancellationToken);

        var branches = new List<SourceScope>();
        var endpoints = new List<SourceEndpoint>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < referenced.Count && i < MaxReferencedTypes; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamedTypeSymbol type = referenced[i];
            string key = TypeKey(type);
            if (!seen.Add(key))
            {
                continue;
            }

            if (HasAttribute(type, AttributeNames.Branch + AttributeNames.Suffix))
            {
                EquatableArray<SourceAttribute> attributes = ReadAttributes(type, Owner(map, key, type), referenced);
                EquatableArray<SourceState> branchStates = ReadStates(type, key, map, referenced, shortcut, cancellationToken);
                branches.Add(new SourceScope(key, type.Name, IsPartial(type, cancellationToken), attributes, branchStates, NestedPath(machine, type, cancellationToken)));
            }
            else if (HasAttribute(type, AttributeNames.HttpEndpoint + AttributeNames.Suffix))
            {
                endpoints.Add(ReadEndpoint(type, key, map, referenced));
            }
        }

        bool partial = true;
        for (INamedTypeSymbol? type = machine; type is not null; type = type.ContainingType)
        {
            partial &= IsPartial(type, cancellationToken);
        }

        Shape? input = null;
        foreach (AttributeData attribute in machine.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == AttributeNames.StateMachine + AttributeNames.Suffix && IsStepGenAttribute(attribute.AttributeClass))
            {
                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Key == ArgumentNames.Input && named.Value.Value is ITypeSymbol inputType && inputType.TypeKind != TypeKind.Error)
                    {
                        input = TypeShapes.Read(inputType);
                    }
                }
            }
        }

        var read = new SourceMachine(machine.Name, partial, machineAttributes, states, branches.ToEquatableArray(), endpoints.ToEquatableArray(), input);
        if (shortcut is not null)
        {
            ShortcutCheck.Verify(machine, read, cancellationToken);
        }

        return read;
    }

    /// <summary>An [HttpEndpoint] type on its own, for the checks of the declaration itself.</summary>
    public static SourceEndpoint ReadEndpoint(INamedTypeSymbol type, AttributeMap map) =>
        ReadEndpoint(type, TypeKey(type), map, new List<INamedTypeSymbol>());

    private static SourceEndpoint ReadEndpoint(INamedTypeSymbol type, string key, AttributeMap? map, List<INamedTypeSymbol> referenced) =>
        new(key, type.Name, ReadAttributes(type, Owner(map, key, type), referenced), EndpointProperties.Read(type));

    /// <summary>The StepGen attributes of one class, in the order problems refer to them.</summary>
    public static EquatableArray<SourceAttribute> ReadOwnAttributes(INamedTypeSymbol type, AttributeMap map) =>
        ReadAttributes(type, Owner(map, string.Empty, type), new List<INamedTypeSymbol>());

    /// <summary>True when the type carries the StepGen attribute of this name ("BranchAttribute").</summary>
    public static bool Has(INamedTypeSymbol type, string attributeName) => HasAttribute(type, attributeName);

    /// <summary>
    /// Whether generated public code can declare a property of this type: not void, not an open generic or a type
    /// parameter, and public all the way out (containing types, type arguments, array elements).
    /// </summary>
    private static bool CanBePublicPropertyType(ITypeSymbol type, int depth = 0)
    {
        if (depth > 16)
        {
            return false;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return CanBePublicPropertyType(array.ElementType, depth + 1);
            case INamedTypeSymbol named when named.SpecialType != SpecialType.System_Void && !named.IsUnboundGenericType:
                for (INamedTypeSymbol? level = named; level is not null; level = level.ContainingType)
                {
                    if (level.DeclaredAccessibility != Accessibility.Public)
                    {
                        return false;
                    }
                }

                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    if (!CanBePublicPropertyType(argument, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The key of a type in the model: its fully qualified name, as typeof values are read.</summary>
    public static string TypeKey(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static List<AttributeData>? Owner(AttributeMap? map, string scope, INamedTypeSymbol type)
    {
        if (map is null || map.Owners.ContainsKey(scope))
        {
            return null;
        }

        var list = new List<AttributeData>();
        map.Owners.Add(scope, list);
        map.OwnerSymbols.Add(scope, type);
        return list;
    }

    private static EquatableArray<SourceState> ReadStates(INamedTypeSymbol container, string scope, AttributeMap? map, List<INamedTypeSymbol> referenced, SyntaxShortcut? shortcut, CancellationToken cancellationToken)
    {
        var states = new List<SourceState>();
        SyntaxNode? lastContainer = null;
        SyntaxShortcut.Scope? lastScope = null;
        foreach (INamedTypeSymbol nested in container.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<AttributeData>? list = map is null ? null : new List<AttributeData>();
            EquatableArray<SourceAttribute>? fromSyntax = null;
            if (shortcut is not null
                && AttributedDeclaration(nested, cancellationToken) is TypeDeclarationSyntax { Parent: TypeDeclarationSyntax parent } declaration)
            {
                if (!ReferenceEquals(parent, lastContainer))
                {
                    lastContainer = parent;
                    lastScope = shortcut.ScopeOf(parent, container);
                }

                fromSyntax = lastScope is null ? null : shortcut.TryRead(declaration, lastScope, nested);
            }

            EquatableArray<SourceAttribute> attributes = fromSyntax ?? ReadAttributes(nested, list, referenced);
            if (attributes.Count == 0)
            {
                continue;
            }

            states.Add(new SourceState(nested.Name, IsPartial(nested, cancellationToken), attributes));
            if (map is not null && list is not null && !map.States.ContainsKey((scope, nested.Name)))
            {
                map.States.Add((scope, nested.Name), list);
                map.StateSymbols.Add((scope, nested.Name), nested);
            }
        }

        return states.ToEquatableArray();
    }

    /// <summary>
    /// The one declaration of a class that carries attributes, when its other declarations (the generator's own
    /// partial ones, say) carry none and have no base list or type parameters; null otherwise. Attributes of a class
    /// declared in several places merge in an order only binding knows.
    /// </summary>
    internal static TypeDeclarationSyntax? AttributedDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        ImmutableArray<SyntaxReference> references = type.DeclaringSyntaxReferences;
        if (references.Length == 1)
        {
            return references[0].GetSyntax(cancellationToken) as TypeDeclarationSyntax;
        }

        TypeDeclarationSyntax? attributed = null;
        foreach (SyntaxReference reference in references)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax { BaseList: null, TypeParameterList: null } declaration)
            {
                return null;
            }

            if (declaration.AttributeLists.Count > 0)
            {
                if (attributed is not null)
                {
                    return null;
                }

                attributed = declaration;
            }
        }

        return attributed;
    }

    /// <summary>
    /// The class names from the machine down to a branch class nested in it ("Branches.Left"), when every level
    /// is a partial class, so the generator can re-declare them; null otherwise.
    /// </summary>
    private static string? NestedPath(INamedTypeSymbol machine, INamedTypeSymbol branch, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        for (INamedTypeSymbol? type = branch; type is not null; type = type.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, machine))
            {
                names.Reverse();
                return string.Join(".", names);
            }

            if (type.TypeKind != TypeKind.Class || type.IsRecord || type.IsGenericType || !IsPartial(type, cancellationToken))
            {
                return null;
            }

            names.Add(type.Name);
        }

        return null;
    }

    private static bool HasAttribute(INamedTypeSymbol type, string attributeName)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == attributeName && IsStepGenAttribute(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
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

    private static EquatableArray<SourceAttribute> ReadAttributes(ISymbol symbol, List<AttributeData>? map, List<INamedTypeSymbol> referenced)
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
                arguments.Add(new SourceArgument(parameters[i].Name, true, Convert(attribute.ConstructorArguments[i], 0, referenced)));
            }

            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                arguments.Add(new SourceArgument(named.Key, false, Convert(named.Value, 0, referenced)));
            }

            result.Add(new SourceAttribute(name, arguments.ToEquatableArray()));
            map?.Add(attribute);
        }

        return result.ToEquatableArray();
    }

    private static SourceValue Convert(TypedConstant constant, int depth, List<INamedTypeSymbol> referenced)
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
                items.Add(Convert(item, depth + 1, referenced));
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
                if (constant.Value is not ITypeSymbol type || type.TypeKind == TypeKind.Error)
                {
                    return SourceValue.Error;
                }

                if (type is INamedTypeSymbol named)
                {
                    referenced.Add(named);
                }

                return new SourceValue(SourceValueKind.Type, TypeKey(type), Boolean: CanBePublicPropertyType(type));
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
