using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepGen.SourceGenerators.Reading;

/// <summary><see cref="SyntaxShortcut"/>: what is in scope at a machine class.</summary>
internal sealed partial class SyntaxShortcut
{
    /// <summary>What is in scope at a machine class: imported namespaces, aliases, and enclosing namespaces.</summary>
    internal sealed class Scope
    {
        private readonly HashSet<string> visible;

        private Scope(TypeDeclarationSyntax container, HashSet<string> visible, HashSet<string> aliases, bool nameofIsMember, HashSet<string> shadowedEnums)
        {
            Container = container;
            this.visible = visible;
            Aliases = aliases;
            NameofIsMember = nameofIsMember;
            ShadowedEnums = shadowedEnums;
            SeesStepGen = visible.Contains(MachineReader.Namespace);
        }

        /// <summary>This scope with other symbol-derived flags (a class whose own members shadow more).</summary>
        public Scope With(bool nameofIsMember, HashSet<string> shadowedEnums) => new(Container, visible, Aliases, nameofIsMember, shadowedEnums);

        /// <summary>The class declaration whose nested classes this scope is for.</summary>
        public TypeDeclarationSyntax Container { get; }

        public HashSet<string> Aliases { get; }

        /// <summary>A member named nameof is in scope, so nameof(...) is a call, not the operator.</summary>
        public bool NameofIsMember { get; }

        /// <summary>StepGen enum names that a member in scope takes first.</summary>
        public HashSet<string> ShadowedEnums { get; }

        /// <summary>StepGen's namespace is imported or encloses the machine.</summary>
        public bool SeesStepGen { get; }

        public bool Sees(string ns) => visible.Contains(ns);

        /// <summary>
        /// The scope of the attributes on <paramref name="container"/>'s nested classes; null when it holds something the
        /// shortcut does not model (a static using, an extern alias, a base type that could bring nested types, a
        /// generic container).
        /// </summary>
        public static Scope? Of(TypeDeclarationSyntax container, ImmutableArray<string> globalImports, ImmutableArray<string> globalAliases, bool nameofIsMember, HashSet<string> shadowedEnums)
        {
            var visible = new HashSet<string>(globalImports, StringComparer.Ordinal) { string.Empty };
            var aliases = new HashSet<string>(globalAliases, StringComparer.Ordinal);
            ImmutableArray<string>.Builder imports = ImmutableArray.CreateBuilder<string>();
            ImmutableArray<string>.Builder localAliases = ImmutableArray.CreateBuilder<string>();
            for (SyntaxNode? node = container; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case TypeDeclarationSyntax type:
                        if (type.BaseList is not null || type.TypeParameterList is not null)
                        {
                            return null;
                        }

                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        if (ns.Externs.Count > 0 || ns.Name.ContainsDiagnostics || !AddAll(ns.Usings, imports, localAliases))
                        {
                            return null;
                        }

                        // namespace A.B { } puts A.B and A in scope.
                        string name = Normalize(ns.Name);
                        string prefix = GetEnclosing(ns);
                        string full = prefix.Length == 0 ? name : prefix + "." + name;
                        for (string current = full; current.Length > 0; current = current.LastIndexOf('.') is int dot and > 0 ? current.Substring(0, dot) : string.Empty)
                        {
                            visible.Add(current);
                        }

                        break;
                    case CompilationUnitSyntax unit:
                        if (unit.Externs.Count > 0 || !AddAll(unit.Usings, imports, localAliases))
                        {
                            return null;
                        }

                        break;
                    default:
                        return null;
                }
            }

            foreach (string import in imports)
            {
                visible.Add(import);
            }

            foreach (string alias in localAliases)
            {
                aliases.Add(alias);
            }

            return new Scope(container, visible, aliases, nameofIsMember, shadowedEnums);
        }

        private static string GetEnclosing(BaseNamespaceDeclarationSyntax ns)
        {
            var names = new List<string>();
            for (SyntaxNode? node = ns.Parent; node is not null; node = node.Parent)
            {
                if (node is BaseNamespaceDeclarationSyntax outer)
                {
                    names.Insert(0, Normalize(outer.Name));
                }
            }

            return string.Join(".", names);
        }

        private static bool AddAll(SyntaxList<UsingDirectiveSyntax> usings, ImmutableArray<string>.Builder imports, ImmutableArray<string>.Builder aliases)
        {
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.ContainsDiagnostics)
                {
                    return false;
                }

                // Global usings are collected once per compilation; they count in every file.
                if (!directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && !AddUsing(directive, imports, aliases))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
