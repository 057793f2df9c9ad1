using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Reading;

/// <summary>
/// Reads the request-body fields of an [HttpEndpoint] type: its public instance properties, named in JSON as
/// System.Text.Json would name them with [JsonPropertyName] or the camelCase policy.
/// </summary>
internal static class EndpointProperties
{
    public static EquatableArray<SourceProperty> Read(INamedTypeSymbol type)
    {
        var positional = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            // A record's primary constructor: parameters without a default value must be given.
            if (type.IsRecord && constructor.Parameters.Length > 0 && !constructor.IsImplicitlyDeclared)
            {
                foreach (IParameterSymbol parameter in constructor.Parameters)
                {
                    if (!parameter.HasExplicitDefaultValue)
                    {
                        positional.Add(parameter.Name);
                    }
                }

                break;
            }
        }

        var properties = new List<SourceProperty>();
        foreach ((IPropertySymbol property, string jsonName) in Serialized(type))
        {
            bool required = property.IsRequired || HasAttribute(property, "JsonRequiredAttribute") || positional.Contains(property.Name);
            properties.Add(new SourceProperty(property.Name, jsonName, required));
        }

        return properties.ToEquatableArray();
    }

    /// <summary>
    /// The properties System.Text.Json writes for a type, with their JSON names: public instance properties that are
    /// not [JsonIgnore]d, named by [JsonPropertyName] or else camelCase.
    /// </summary>
    public static IEnumerable<(IPropertySymbol Property, string JsonName)> Serialized(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false } property
                && property.Name != "EqualityContract" && !HasAttribute(property, "JsonIgnoreAttribute"))
            {
                yield return (property, JsonName(property) ?? CamelCase(property.Name));
            }
        }
    }

    private static string? JsonName(IPropertySymbol property)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "JsonPropertyNameAttribute"
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }

    private static bool HasAttribute(IPropertySymbol property, string name)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>System.Text.Json's camelCase: lower-case the leading upper-case run, keeping the last letter before a lower-case one.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (char.IsSeparator(chars[i + 1]))
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
