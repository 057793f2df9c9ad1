using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Reading;

// Why about 700 lines: the reading itself (TryRead and the literal conversions it must get exactly right) stays in one
// file so that every rule the shortcut answers by can be checked against C# in one place; the catalog, the referenced
// assemblies' facts and the scope are split out (SyntaxShortcut.Catalog/.AssemblyFacts/.Scope.cs).

/// <summary>
/// Reads the StepGen attributes of a state class from its syntax, without binding them, when the syntax alone decides
/// what the compiler would bind; otherwise says so (null) and the caller reads the symbol.
/// </summary>
/// <remarks>
/// Why: <c>ForAttributeWithMetadataName</c> re-runs the generator's transform for every machine on every edit,
/// anywhere in the project, and binding a machine's ~30 attribute arguments on the new compilation is most of what
/// that costs. Reading literals, <c>nameof</c>s of sibling classes and enum members from syntax makes the re-read
/// cheap. The shortcut only answers when binding could not differ: the attribute's simple name must reach StepGen's
/// attribute through a <c>using StepGen;</c> (or an enclosing StepGen namespace) with no other candidate in scope (no
/// source type or namespace of that name, no alias of it, no attribute class of it in an imported referenced namespace,
/// no <c>using static</c>, no base class contributing nested types), each argument must be a literal that converts to
/// the parameter or property type exactly as the compiler converts it, and the class must parse without errors.
/// Anything else (typeof, constants, expressions, named-colon arguments, partial state classes) goes to the symbol
/// reader. Tests check that both readers give equal models on every corpus source and mutation, and Debug builds of the
/// generator compare the two readings of every machine they read (<see cref="ShortcutCheck"/>). A project can turn the
/// shortcut off with the MSBuild property <c>StepGenSyntaxShortcut</c> (<see cref="OffSymbol"/>).
/// </remarks>
internal sealed partial class SyntaxShortcut
{
    private const string AttributeSuffix = "Attribute";
    private const string NameofKeyword = "nameof";

    private static readonly ConditionalWeakTable<IAssemblySymbol, Catalog> Catalogs = new();
    private static readonly ConditionalWeakTable<IAssemblySymbol, AssemblyFacts> MetadataFacts = new();
    private static readonly ConditionalWeakTable<Compilation, StrongBox<SyntaxShortcut?>> PerCompilation = new();

    /// <summary>Shortcuts made lately; a new compilation with the same facts (most edits) gets the same instance.</summary>
    private static readonly SyntaxShortcut?[] Recent = new SyntaxShortcut?[4];

    /// <summary>
    /// What <see cref="TryRead"/> answered for a class declaration, for as long as that syntax node lives. The answer is
    /// a function of the node (and, through its parents, of its file), of this instance's facts and of the scope's two
    /// symbol-derived flags, which the entry records; an unchanged file in a new compilation hits it.
    /// </summary>
    private readonly ConditionalWeakTable<TypeDeclarationSyntax, ReadMemo> reads = new();

    private readonly Catalog catalog;

    /// <summary>Names that some source declaration (type or namespace) also uses: never decided by syntax.</summary>
    private readonly HashSet<string> sourceConflicts;

    /// <summary>Attribute classes (and, for the enum, types) of watched names in referenced assemblies, by namespace.</summary>
    private readonly ImmutableArray<(string Namespace, string Name)> metadataConflicts;

    private readonly ImmutableArray<string> globalImports;
    private readonly ImmutableArray<string> globalAliases;
    private readonly bool globalStaticOrExtern;

    private SyntaxShortcut(Catalog catalog, HashSet<string> sourceConflicts, ImmutableArray<(string, string)> metadataConflicts, ImmutableArray<string> globalImports, ImmutableArray<string> globalAliases, bool globalStaticOrExtern)
    {
        this.catalog = catalog;
        this.sourceConflicts = sourceConflicts;
        this.metadataConflicts = metadataConflicts;
        this.globalImports = globalImports;
        this.globalAliases = globalAliases;
        this.globalStaticOrExtern = globalStaticOrExtern;
    }

    /// <summary>
    /// The preprocessor symbol that turns the shortcut off: the package's MSBuild targets define it when the project sets
    /// <c>StepGenSyntaxShortcut</c> to <c>false</c>. A symbol, because the generator's per-machine transform sees the
    /// compilation and its parse options but not the project's analyzer-config options.
    /// </summary>
    public const string OffSymbol = "STEPGEN_NO_SYNTAX_SHORTCUT";

    /// <summary>
    /// The shortcut for a compilation, or null when StepGen's attributes are not one referenced assembly or the project
    /// turned the shortcut off (<see cref="OffSymbol"/>); then every attribute is bound.
    /// </summary>
    public static SyntaxShortcut? For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new StrongBox<SyntaxShortcut?>(IsTurnedOff(c) ? null : Create(c))).Value;

    /// <summary>Whether the project defines <see cref="OffSymbol"/>; every file of a project has the same parse options.</summary>
    internal static bool IsTurnedOff(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            return tree.Options is CSharpParseOptions options && options.PreprocessorSymbolNames.Contains(OffSymbol, StringComparer.Ordinal);
        }

        return false;
    }

    private static SyntaxShortcut? Create(Compilation compilation)
    {
        INamedTypeSymbol? marker = compilation.GetTypeByMetadataName(MachineReader.Namespace + ".StateMachineAttribute");
        if (marker is null || SymbolEqualityComparer.Default.Equals(marker.ContainingAssembly, compilation.Assembly))
        {
            return null;
        }

        IAssemblySymbol attributesAssembly = marker.ContainingAssembly;
        Catalog catalog = Catalogs.GetValue(attributesAssembly, Catalog.Build);
        if (catalog.Attributes.Count == 0)
        {
            return null;
        }

        // A StepGen namespace declared in source (other than for user types nested deeper, "StepGen.Samples") could
        // hold attribute classes the catalog does not know, or capture a "using StepGen;" inside a namespace.
        foreach (ISymbol symbol in compilation.GetSymbolsWithName(static name => name == MachineReader.Namespace, SymbolFilter.Namespace))
        {
            if (symbol is not INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true } ns)
            {
                return null;
            }

            foreach (INamedTypeSymbol type in ns.GetTypeMembers())
            {
                if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
                {
                    return null;
                }
            }
        }

        // The names of every type and namespace declared in source, nested ones included (kept by the compilation's
        // declaration table, so no walk here).
        // A type or namespace named nameof (half-typed code can declare "namespace nameof") makes nameof(...) bind to it.
        var sourceConflicts = new HashSet<string>(StringComparer.Ordinal);
        ICollection<string> typeNames = compilation.Assembly.TypeNames;
        ICollection<string> namespaceNames = compilation.Assembly.NamespaceNames;
        foreach (string name in catalog.AllNames.Append(NameofKeyword))
        {
            if (typeNames.Contains(name) || namespaceNames.Contains(name))
            {
                sourceConflicts.Add(name);
            }
        }

        ImmutableArray<(string, string)>.Builder metadata = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, attributesAssembly))
            {
                AssemblyFacts facts = MetadataFacts.GetValue(assembly, a => AssemblyFacts.Scan(a, catalog));
                if (!ReferenceEquals(facts.Catalog, catalog))
                {
                    facts = AssemblyFacts.Scan(assembly, catalog);
                }

                if (facts.DeclaresStepGen)
                {
                    return null;
                }

                metadata.AddRange(facts.Conflicts);
            }
        }

        var imports = ImmutableArray.CreateBuilder<string>();
        var aliases = ImmutableArray.CreateBuilder<string>();
        bool staticOrExtern = false;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (UsingDirectiveSyntax directive in unit.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                {
                    staticOrExtern |= !AddUsing(directive, imports, aliases);
                }
            }
        }

        var created = new SyntaxShortcut(
            catalog,
            sourceConflicts,
            metadata.ToImmutable(),
            imports.ToImmutable(),
            aliases.ToImmutable(),
            staticOrExtern);
        lock (Recent)
        {
            foreach (SyntaxShortcut? known in Recent)
            {
                if (known is not null && known.HasSameFacts(created))
                {
                    return known;
                }
            }

            Array.Copy(Recent, 0, Recent, 1, Recent.Length - 1);
            Recent[0] = created;
        }

        return created;
    }

    private bool HasSameFacts(SyntaxShortcut other) =>
        ReferenceEquals(catalog, other.catalog)
        && globalStaticOrExtern == other.globalStaticOrExtern
        && sourceConflicts.SetEquals(other.sourceConflicts)
        && metadataConflicts.SequenceEqual(other.metadataConflicts)
        && globalImports.SequenceEqual(other.globalImports)
        && globalAliases.SequenceEqual(other.globalAliases);

    /// <summary>
    /// What is in scope for the attributes of classes nested directly in <paramref name="container"/>; null when it holds
    /// something the shortcut does not model. Compute once per container, then call <see cref="TryRead"/>.
    /// </summary>
    /// <param name="containerSymbol">The container's symbol: its members and its containing types' members, from every
    /// partial declaration, are in scope too (a method named nameof, a property named like StepGen's enum).</param>
    public Scope? ScopeOf(TypeDeclarationSyntax container, INamedTypeSymbol containerSymbol)
    {
        if (globalStaticOrExtern)
        {
            return null;
        }

        (bool nameofIsMember, HashSet<string> shadowedEnums) = (false, NoNames);
        for (INamedTypeSymbol? type = containerSymbol; type is not null; type = type.ContainingType)
        {
            (nameofIsMember, shadowedEnums) = Shadowing(type.MemberNames, nameofIsMember, shadowedEnums);
        }

        return Scope.Of(container, globalImports, globalAliases, nameofIsMember, shadowedEnums);
    }

    /// <summary>
    /// The StepGen attributes of a class nested directly in the container of <paramref name="scope"/>, read from
    /// syntax, or null when only binding can tell.
    /// </summary>
    /// <param name="symbol">
    /// The class's symbol, when it has other declarations (without attributes): their members are in scope too.
    /// </param>
    public EquatableArray<SourceAttribute>? TryRead(TypeDeclarationSyntax type, Scope scope, INamedTypeSymbol? symbol = null)
    {
        if (!ReferenceEquals(type.Parent, scope.Container))
        {
            return null;
        }

        // The class's own members are in scope for its attributes: a method named nameof, or a member named like a
        // StepGen enum, changes what binding gives. (A base type could bring more; Read declines a base list.)
        (bool nameofIsMember, HashSet<string> shadowed) = Shadowing(
    symbol is null || symbol.DeclaringSyntaxReferences.Length == 1 ? DeclaredNames(type) : DeclaredNames(type).Concat(symbol.MemberNames),
    scope.NameofIsMember,
    scope.ShadowedEnums);


        if (nameofIsMember != scope.NameofIsMember || !ReferenceEquals(shadowed, scope.ShadowedEnums))
        {
            scope = scope.With(nameofIsMember, shadowed);
        }

        ReadMemo memo = reads.GetValue(type, static _ => new ReadMemo());
        if (memo.Last is { } last && last.NameofIsMember == scope.NameofIsMember && last.ShadowedEnums.SetEquals(scope.ShadowedEnums))
        {
            return last.Result;
        }

        EquatableArray<SourceAttribute>? result = Read(type, scope);
        memo.Last = new ReadAnswer(scope.NameofIsMember, scope.ShadowedEnums, result);
        return result;
    }

    /// <summary>An empty set that is never changed: <see cref="Shadowing"/> copies before it adds.</summary>
    private static readonly HashSet<string> NoNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds what member names in scope take from the shortcut: a member named nameof turns nameof(...) into a call, a
    /// member named like a StepGen enum takes the enum's name. The set is copied before it grows, so a caller's set (a
    /// scope's, shared by its classes) is never changed and an unchanged one comes back as the same instance.
    /// </summary>
    private (bool NameofIsMember, HashSet<string> Shadowed) Shadowing(IEnumerable<string> members, bool nameofIsMember, HashSet<string> shadowed)
    {
        foreach (string member in members)
        {
            if (member == NameofKeyword)
            {
                nameofIsMember = true;
            }
            else if (catalog.EnumNames.Contains(member) && !shadowed.Contains(member))
            {
                shadowed = new HashSet<string>(shadowed, StringComparer.Ordinal) { member };
            }
        }

        return (nameofIsMember, shadowed);
    }

    private sealed class ReadMemo
    {
        /// <summary>Replaced whole, so readers on other threads see one answer or the other.</summary>
        public ReadAnswer? Last;
    }

    private sealed record ReadAnswer(bool NameofIsMember, HashSet<string> ShadowedEnums, EquatableArray<SourceAttribute>? Result);

    private EquatableArray<SourceAttribute>? Read(TypeDeclarationSyntax type, Scope scope)
    {
        if (type.ContainsDiagnostics
            || type.TypeParameterList is not null
            || type.BaseList is not null
            || type.Parent is not TypeDeclarationSyntax container)
        {
            return null;
        }

        var result = new List<SourceAttribute>();
        foreach (AttributeListSyntax list in type.AttributeLists)
        {
            if (list.Target is not null)
            {
                return null;
            }

            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (attribute.Name is not IdentifierNameSyntax { Identifier: var identifier })
                {
                    // Qualified or generic names are StepGen's only when their last part is one of its names.
                    if (catalog.WatchedNames.Contains(RightmostName(attribute.Name)) || scope.Aliases.Contains(RightmostName(attribute.Name)))
                    {
                        return null;
                    }

                    continue;
                }

                string name = identifier.ValueText;
                if (!IsPlain(identifier) || scope.Aliases.Contains(name))
                {
                    return null;
                }

                AttributeShape? shape = Resolve(name, scope, out bool decided);
                if (!decided)
                {
                    return null;
                }

                if (shape is null)
                {
                    continue;
                }

                SourceAttribute? read = ReadAttribute(attribute, shape, container, scope);
                if (read is null)
                {
                    return null;
                }

                result.Add(read);
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The StepGen attribute a simple name binds to (null: not StepGen's). <paramref name="decided"/> is false when
    /// another candidate could be in scope, so only binding can tell.
    /// </summary>
    private AttributeShape? Resolve(string name, Scope scope, out bool decided)
    {
        catalog.Attributes.TryGetValue(name, out AttributeShape? exact);
        catalog.Attributes.TryGetValue(name + AttributeSuffix, out AttributeShape? suffixed);
        if (exact is null && suffixed is null)
        {
            // Not a StepGen name, and no alias of it (checked by the caller): the compiler cannot bind it to StepGen.
            decided = !catalog.WatchedNames.Contains(name);
            return null;
        }

        decided = scope.SeesStepGen
            && (exact is null || suffixed is null)
            && !IsContested(name, scope)
            && !IsContested(name + AttributeSuffix, scope);
        return exact ?? suffixed;
    }

    private bool IsContested(string name, Scope scope)
    {
        if (sourceConflicts.Contains(name) || scope.Aliases.Contains(name))
        {
            return true;
        }

        foreach ((string ns, string conflict) in metadataConflicts)
        {
            if (conflict == name && scope.Sees(ns))
            {
                return true;
            }
        }

        return false;
    }

    private SourceAttribute? ReadAttribute(AttributeSyntax attribute, AttributeShape shape, TypeDeclarationSyntax container, Scope scope)
    {
        var positional = new List<ExpressionSyntax>();
        var named = new List<(string Name, ExpressionSyntax Value)>();
        if (attribute.ArgumentList is { } arguments)
        {
            foreach (AttributeArgumentSyntax argument in arguments.Arguments)
            {
                if (argument.NameColon is not null)
                {
                    return null;
                }

                if (argument.NameEquals is { } equals)
                {
                    if (!IsPlain(equals.Name.Identifier))
                    {
                        return null;
                    }

                    named.Add((equals.Name.Identifier.ValueText, argument.Expression));
                }
                else if (named.Count > 0)
                {
                    return null;
                }
                else
                {
                    positional.Add(argument.Expression);
                }
            }
        }

        ConstructorShape? constructor = null;
        foreach (ConstructorShape candidate in shape.Constructors)
        {
            if (candidate.Accepts(positional.Count))
            {
                if (constructor is not null)
                {
                    return null;
                }

                constructor = candidate;
            }
        }

        if (constructor is null)
        {
            return null;
        }

        var read = new List<SourceArgument>(constructor.Parameters.Length + named.Count);
        for (int i = 0; i < constructor.Parameters.Length; i++)
        {
            (string parameter, ValueShape kind) = constructor.Parameters[i];
            SourceValue? value;
            if (constructor.IsParams && i == constructor.Parameters.Length - 1)
            {
                var items = new List<SourceValue>();
                for (int j = i; j < positional.Count; j++)
                {
                    // Only the expanded form of a string params array: one literal per element.
                    if (positional[j] is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
                    {
                        return null;
                    }

                    items.Add(SourceValue.FromString(literal.Token.ValueText));
                }

                value = new SourceValue(SourceValueKind.Array, Items: items.ToEquatableArray());
            }
            else
            {
                value = Convert(positional[i], kind, container, scope);
            }

            if (value is null)
            {
                return null;
            }

            read.Add(new SourceArgument(parameter, true, value));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, ExpressionSyntax expression) in named)
        {
            if (!seen.Add(name) || !shape.Properties.TryGetValue(name, out ValueShape kind))
            {
                return null;
            }

            SourceValue? value = Convert(expression, kind, container, scope);
            if (value is null)
            {
                return null;
            }

            read.Add(new SourceArgument(name, false, value));
        }

        return new SourceAttribute(shape.ShortName, read.ToEquatableArray());
    }

    /// <summary>
    /// The value the compiler would give this expression as an argument of the given type, when the syntax decides it;
    /// the conversions are C#'s implicit constant conversions for the types StepGen's attributes use.
    /// </summary>
    private SourceValue? Convert(ExpressionSyntax expression, ValueShape kind, TypeDeclarationSyntax container, Scope scope)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                return kind.Kind is ValueKind.String or ValueKind.Object ? SourceValue.Null : null;
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text:
                return kind.Kind is ValueKind.String or ValueKind.Object ? SourceValue.FromString(text.Token.ValueText) : null;
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } flag:
                return kind.Kind is ValueKind.Boolean or ValueKind.Object ? SourceValue.FromBoolean(flag.IsKind(SyntaxKind.TrueLiteralExpression)) : null;
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number:
                return Number(number.Token.Value, negate: false, kind);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } negated }:
                return Number(negated.Token.Value, negate: true, kind);
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: NameofKeyword }, ArgumentList.Arguments: { Count: 1 } nameofArguments }
                when !scope.NameofIsMember
                    && !sourceConflicts.Contains(NameofKeyword)
                    && kind.Kind is ValueKind.String or ValueKind.Object
                    && nameofArguments[0] is { NameColon: null, RefKindKeyword.RawKind: (int)SyntaxKind.None, Expression: IdentifierNameSyntax target }
                    && IsPlain(target.Identifier)
                    && DeclaresNestedType(container, target.Identifier.ValueText):
                // nameof of a class declared beside this one: it binds, and its value is the name as written.
                return SourceValue.FromString(target.Identifier.ValueText);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax type, Name: IdentifierNameSyntax member }
                when kind.Kind == ValueKind.Enum
                    && type.Identifier.ValueText == kind.EnumName
                    && IsPlain(type.Identifier)
                    && IsPlain(member.Identifier)
                    && scope.SeesStepGen
                    && !IsContested(kind.EnumName!, scope)
                    && !scope.ShadowedEnums.Contains(kind.EnumName!)
                    && kind.Members!.TryGetValue(member.Identifier.ValueText, out long enumValue):
                return new SourceValue(SourceValueKind.Enum, Integer: enumValue);
            default:
                return null;
        }
    }

    private static SourceValue? Number(object? literal, bool negate, ValueShape kind)
    {
        switch (kind.Kind)
        {
            case ValueKind.Int32:
                return literal is int whole ? SourceValue.FromInteger(negate ? -whole : whole) : null;
            case ValueKind.Double:
                return literal switch
                {
                    // Negated in the literal's own type first, as C# does: -0 is the integer 0, so +0.0.
                    int i when !(negate && i == int.MinValue) => SourceValue.FromDouble(negate ? -i : i),
                    long l when !(negate && l == long.MinValue) => SourceValue.FromDouble(negate ? -l : l),
                    uint u => SourceValue.FromDouble(negate ? -(long)u : u),
                    ulong u when !negate => SourceValue.FromDouble(u),
                    double d => SourceValue.FromDouble(negate ? -d : d),
                    _ => null,
                };
            case ValueKind.Object:
                // Boxed as the literal's own type (a negated uint is a long), then read as the symbol reader reads it.
                return literal switch
                {
                    int i when !(negate && i == int.MinValue) => SourceValue.FromInteger(negate ? -i : i),
                    long l when !(negate && l == long.MinValue) => SourceValue.FromInteger(negate ? -l : l),
                    uint u => SourceValue.FromInteger(negate ? -(long)u : u),
                    ulong u when !negate => u > long.MaxValue ? SourceValue.FromDouble(u) : SourceValue.FromInteger((long)u),
                    double d => SourceValue.FromDouble(negate ? -d : d),
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>The names a type declaration gives its members (and, for a record, its primary constructor's parameters).</summary>
    private static IEnumerable<string> DeclaredNames(TypeDeclarationSyntax type)
    {
        if (type.ParameterList is { } parameters)
        {
            foreach (ParameterSyntax parameter in parameters.Parameters)
            {
                yield return parameter.Identifier.ValueText;
            }
        }

        foreach (MemberDeclarationSyntax member in type.Members)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax nested:
                    yield return nested.Identifier.ValueText;
                    break;
                case DelegateDeclarationSyntax del:
                    yield return del.Identifier.ValueText;
                    break;
                case MethodDeclarationSyntax method:
                    yield return method.Identifier.ValueText;
                    break;
                case PropertyDeclarationSyntax property:
                    yield return property.Identifier.ValueText;
                    break;
                case EventDeclarationSyntax @event:
                    yield return @event.Identifier.ValueText;
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        yield return variable.Identifier.ValueText;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// An identifier written as its own value: no @, no \u escape, no formatting character. The compiler compares such
    /// identifiers by value but recognizes a contextual keyword such as nameof only as written, so others are left to it.
    /// </summary>
    private static bool IsPlain(SyntaxToken identifier) => identifier.Text == identifier.ValueText;

    private static bool DeclaresNestedType(TypeDeclarationSyntax container, string name)
    {
        foreach (MemberDeclarationSyntax member in container.Members)
        {
            if (member is BaseTypeDeclarationSyntax nested && nested.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>Adds a using directive's import or alias; false for a static using, which the shortcut does not model.</summary>
    private static bool AddUsing(UsingDirectiveSyntax directive, ImmutableArray<string>.Builder imports, ImmutableArray<string>.Builder aliases)
    {
        if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
        {
            return false;
        }

        if (directive.Alias is { } alias)
        {
            aliases.Add(alias.Name.Identifier.ValueText);
        }
        else if (directive.Name is { } name)
        {
            imports.Add(Normalize(name));
        }

        return true;
    }

    /// <summary>A namespace name as written, without spaces or a global:: prefix ("System.Threading.Tasks").</summary>
    private static string Normalize(NameSyntax name)
    {
        string text = name is AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global" } global ? global.Name.ToString() : name.ToString();
        return text.IndexOf(' ') >= 0 || text.IndexOf('\n') >= 0 || text.IndexOf('\t') >= 0 || text.IndexOf('\r') >= 0
            ? string.Concat(text.Split(new[] { ' ', '\n', '\t', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            : text;
    }
}
