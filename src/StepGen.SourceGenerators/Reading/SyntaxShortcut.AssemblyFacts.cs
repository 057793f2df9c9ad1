using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Reading;

/// <summary><see cref="SyntaxShortcut"/>: the names each referenced assembly declares that could compete with StepGen's.</summary>
internal sealed partial class SyntaxShortcut
{
    /// <summary>What one referenced assembly brings that could compete with StepGen's names.</summary>
    private sealed class AssemblyFacts
    {
        private AssemblyFacts(Catalog catalog, ImmutableArray<(string Namespace, string Name)> conflicts, bool declaresStepGen)
        {
            Catalog = catalog;
            Conflicts = conflicts;
            DeclaresStepGen = declaresStepGen;
        }

        public Catalog Catalog { get; }

        /// <summary>Attribute classes (and, for the enum, any types) with watched names, by namespace.</summary>
        public ImmutableArray<(string Namespace, string Name)> Conflicts { get; }

        /// <summary>The assembly has types of its own in namespace StepGen, which binding would take as StepGen's.</summary>
        public bool DeclaresStepGen { get; }

        public static AssemblyFacts Scan(IAssemblySymbol assembly, Catalog catalog)
        {
            bool declaresStepGen = false;
            foreach (INamespaceSymbol top in assembly.GlobalNamespace.GetNamespaceMembers())
            {
                declaresStepGen |= top.Name == MachineReader.Namespace && top.GetTypeMembers().Length > 0;
            }

            if (!catalog.AllNames.Any(assembly.TypeNames.Contains))
            {
                return new AssemblyFacts(catalog, ImmutableArray<(string, string)>.Empty, declaresStepGen);
            }

            ImmutableArray<(string, string)>.Builder found = ImmutableArray.CreateBuilder<(string, string)>();
            var pending = new Stack<INamespaceSymbol>();
            pending.Push(assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                INamespaceSymbol ns = pending.Pop();
                string display = ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
                foreach (INamedTypeSymbol type in ns.GetTypeMembers())
                {
                    if (catalog.EnumNames.Contains(type.Name) || (catalog.WatchedNames.Contains(type.Name) && IsAttributeClass(type)))
                    {
                        found.Add((display, type.Name));
                    }
                }

                foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
                {
                    pending.Push(child);
                }
            }

            return new AssemblyFacts(catalog, found.ToImmutable(), declaresStepGen);
        }
    }

    private static bool IsAttributeClass(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}
