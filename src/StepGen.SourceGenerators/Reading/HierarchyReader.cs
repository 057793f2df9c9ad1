using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Collections;
using StepGen.SourceGenerators.Models;

namespace StepGen.SourceGenerators.Reading;

/// <summary>Reads the namespace and containing types of a machine class.</summary>
internal static class HierarchyReader
{
    public static HierarchyInfo Read(INamedTypeSymbol machine, CancellationToken cancellationToken)
    {
        var types = new List<TypeDeclarationInfo>();
        for (INamedTypeSymbol? type = machine; type is not null; type = type.ContainingType)
        {
            types.Insert(0, new TypeDeclarationInfo(Keyword(type), NameWithTypeParameters(type), MachineReader.IsPartial(type, cancellationToken)));
        }

        string? ns = machine.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty)
            : null;

        return new HierarchyInfo(ns, types.ToEquatableArray(), HintName(machine));
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static string NameWithTypeParameters(INamedTypeSymbol type)
    {
        if (type.TypeParameters.Length == 0)
        {
            return type.Name;
        }

        var builder = new StringBuilder(type.Name).Append('<');
        for (int i = 0; i < type.TypeParameters.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(type.TypeParameters[i].Name);
        }

        return builder.Append('>').ToString();
    }

    /// <summary>A file name unique per type: the metadata name with characters outside [A-Za-z0-9_.] replaced.</summary>
    private static string HintName(INamedTypeSymbol machine)
    {
        string full = machine.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None))
            .Replace("global::", string.Empty);
        var builder = new StringBuilder(full.Length + 16);
        foreach (char c in full)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' || c == '.' ? c : '_');
        }

        return builder.Append(".StepGen.g.cs").ToString();
    }
}
