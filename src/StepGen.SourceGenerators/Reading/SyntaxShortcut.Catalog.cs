using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Reading;

/// <summary><see cref="SyntaxShortcut"/>: the catalog of StepGen's attributes (constructors, properties and the shapes of their values) as a referenced assembly declares them.</summary>
internal sealed partial class SyntaxShortcut
{
    private enum ValueKind
    {
        Unsupported,
        String,
        Object,
        Boolean,
        Int32,
        Double,
        Enum,
    }

    private sealed record ValueShape(ValueKind Kind, string? EnumName = null, Dictionary<string, long>? Members = null)
    {
        public static ValueShape Of(ITypeSymbol type, Dictionary<string, ValueShape> enums)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return new ValueShape(ValueKind.String);
                case SpecialType.System_Object:
                    return new ValueShape(ValueKind.Object);
                case SpecialType.System_Boolean:
                    return new ValueShape(ValueKind.Boolean);
                case SpecialType.System_Int32:
                    return new ValueShape(ValueKind.Int32);
                case SpecialType.System_Double:
                    return new ValueShape(ValueKind.Double);
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, ContainingType: null } named
                && named.ContainingNamespace is { Name: MachineReader.Namespace, ContainingNamespace.IsGlobalNamespace: true })
            {
                if (!enums.TryGetValue(named.Name, out ValueShape? shape))
                {
                    var members = new Dictionary<string, long>(StringComparer.Ordinal);
                    foreach (ISymbol member in named.GetMembers())
                    {
                        if (member is IFieldSymbol { HasConstantValue: true } field)
                        {
                            members[field.Name] = System.Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }

                    shape = new ValueShape(ValueKind.Enum, named.Name, members);
                    enums.Add(named.Name, shape);
                }

                return shape;
            }

            return new ValueShape(ValueKind.Unsupported);
        }
    }

    private sealed class ConstructorShape
    {
        public ConstructorShape(ImmutableArray<(string Name, ValueShape Kind)> parameters, bool isParams)
        {
            Parameters = parameters;
            IsParams = isParams;
        }

        public ImmutableArray<(string Name, ValueShape Kind)> Parameters { get; }

        /// <summary>The last parameter is a params string[], read only in its expanded form.</summary>
        public bool IsParams { get; }

        public bool Accepts(int positional) => IsParams ? positional >= Parameters.Length - 1 : positional == Parameters.Length;

        public static ConstructorShape? Of(IMethodSymbol constructor, Dictionary<string, ValueShape> enums)
        {
            ImmutableArray<(string, ValueShape)>.Builder parameters = ImmutableArray.CreateBuilder<(string, ValueShape)>();
            bool isParams = false;
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (parameter.IsOptional
                    || (parameter.IsParams && parameter.Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String, Rank: 1 }))
                {
                    return null;
                }

                isParams = parameter.IsParams;
                parameters.Add((parameter.Name, parameter.IsParams ? new ValueShape(ValueKind.Unsupported) : ValueShape.Of(parameter.Type, enums)));
            }

            return new ConstructorShape(parameters.ToImmutable(), isParams);
        }
    }

    private sealed class AttributeShape
    {
        public AttributeShape(string shortName, List<ConstructorShape> constructors, Dictionary<string, ValueShape> properties)
        {
            ShortName = shortName;
            Constructors = constructors;
            Properties = properties;
        }

        /// <summary>The name in the model: the class name without "Attribute".</summary>
        public string ShortName { get; }

        public List<ConstructorShape> Constructors { get; }

        public Dictionary<string, ValueShape> Properties { get; }
    }

    /// <summary>StepGen's attribute classes as one referenced assembly declares them.</summary>
    private sealed class Catalog
    {
        private Catalog(Dictionary<string, AttributeShape> attributes, HashSet<string> watchedNames, HashSet<string> enumNames)
        {
            Attributes = attributes;
            WatchedNames = watchedNames;
            EnumNames = enumNames;
        }

        /// <summary>By class name ("TaskAttribute").</summary>
        public Dictionary<string, AttributeShape> Attributes { get; }

        /// <summary>Every name under which C# could look for one of the attributes: X, XAttribute, XAttributeAttribute.</summary>
        public HashSet<string> WatchedNames { get; }

        /// <summary>StepGen enums that can be read from <c>Enum.Member</c> syntax.</summary>
        public HashSet<string> EnumNames { get; }

        /// <summary>Every name another declaration could compete for: the attributes' and the enums'.</summary>
        public IEnumerable<string> AllNames => WatchedNames.Concat(EnumNames);

        public static Catalog Build(IAssemblySymbol assembly)
        {
            var attributes = new Dictionary<string, AttributeShape>(StringComparer.Ordinal);
            var watched = new HashSet<string>(StringComparer.Ordinal);
            var enums = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
            foreach (INamespaceSymbol ns in assembly.GlobalNamespace.GetNamespaceMembers())
            {
                if (ns.Name != MachineReader.Namespace)
                {
                    continue;
                }

                foreach (INamedTypeSymbol type in ns.GetTypeMembers())
                {
                    if (type.IsAbstract || type.IsGenericType || type.DeclaredAccessibility != Accessibility.Public || !IsAttributeClass(type))
                    {
                        continue;
                    }

                    string name = type.Name;
                    string shortName = name.EndsWith(AttributeSuffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - AttributeSuffix.Length) : name;
                    // A constructor the shortcut cannot model (optional or non-string params parameters) sends every use
                    // of the attribute to binding: no constructors, so none accepts.
                    var constructors = new List<ConstructorShape>();
                    foreach (IMethodSymbol constructor in type.InstanceConstructors)
                    {
                        if (constructor.DeclaredAccessibility != Accessibility.Public)
                        {
                            continue;
                        }

                        ConstructorShape? modelled = ConstructorShape.Of(constructor, enums);
                        if (modelled is null)
                        {
                            constructors.Clear();
                            break;
                        }

                        constructors.Add(modelled);
                    }

                    var properties = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
                    for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
                    {
                        foreach (ISymbol member in level.GetMembers())
                        {
                            if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, SetMethod.DeclaredAccessibility: Accessibility.Public, Parameters.Length: 0 } property
                                && !properties.ContainsKey(property.Name))
                            {
                                properties.Add(property.Name, ValueShape.Of(property.Type, enums));
                            }
                        }
                    }

                    attributes.Add(name, new AttributeShape(shortName, constructors, properties));
                    watched.Add(name);
                    watched.Add(name + AttributeSuffix);
                    watched.Add(shortName);
                }
            }

            return new Catalog(attributes, watched, new HashSet<string>(enums.Keys, StringComparer.Ordinal));
        }
    }
}
