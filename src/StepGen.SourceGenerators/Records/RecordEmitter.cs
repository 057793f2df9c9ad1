using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.SourceGenerators.Emit;

namespace StepGen.SourceGenerators.Records;

/// <summary>
/// Writes the typed records of one state machine and a <c>JsonSerializerContext</c> whose metadata is written out
/// with System.Text.Json's public metadata API (<c>JsonMetadataServices</c>), because the STJ source generator
/// cannot see types that another generator emits. What every machine's context would repeat (scalar contracts,
/// the object, property, list and map shapes, the untyped HTTP result) lives once per assembly in
/// <see cref="SharedJsonContracts"/>; a context only names its records and their properties. The output uses no
/// reflection, so it works with trimming and native AOT, and it needs only what System.Text.Json 8 offers (net8+,
/// or netstandard2.0 with the 8.x package).
/// </summary>
/// <remarks>
/// The members are written at the writer's position, to be nested in the machine's partial class: the records
/// are referred to by simple name, which C# resolves through the enclosing class. Output is deterministic.
/// Type choices: lists are <c>IReadOnlyList&lt;T&gt;</c> (<c>CreateIEnumerableInfo</c>; deserialized as
/// <c>List&lt;T&gt;</c>), string maps <c>IReadOnlyDictionary&lt;string, T&gt;</c> (<c>CreateIReadOnlyDictionaryInfo</c>;
/// deserialized as <c>Dictionary&lt;string, T&gt;</c>), value types as <c>Nullable&lt;T&gt;</c> (<c>GetNullableConverter</c>).
/// Property, element and key contracts are left to the options' resolver, so external types resolve through
/// whatever resolver the context is combined with; the context itself returns null for them.
/// </remarks>
internal static class RecordEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Serialization = "global::System.Text.Json.Serialization";
    private const string Metadata = "global::System.Text.Json.Serialization.Metadata";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";
    private const string Contracts = SharedJsonContracts.TypeName;

    /// <summary>Members a context already has (from JsonSerializerContext and object), or that the emitter writes itself.</summary>
    private static readonly string[] ReservedContextMembers =
    {
        "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    public static void Emit(SourceWriter writer, RecordSetSpec spec)
    {
        bool first = true;
        // A property whose only documentation would be its JSON name, which its attribute already shows, gets none.
        writer.Line("#pragma warning disable CS1591");
        foreach (RecordSpec record in spec.Records)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteRecord(writer, spec, record);
        }

        writer.Line("#pragma warning restore CS1591");
        if (!first)
        {
            writer.Line();
        }

        WriteContext(writer, spec, CollectTypeInfos(spec));
    }

    private static void WriteRecord(SourceWriter writer, RecordSetSpec spec, RecordSpec record)
    {
        WriteSummary(writer, record.Summary ?? "The " + record.Name + " data.");
        writer.Line("/// <remarks>Serialize it with <c>" + Escape(spec.ContextName) + "</c>.</remarks>");
        writer.Line("public sealed partial record " + Identifier(record.Name) + (SharedJsonContracts.IsHttpResult(record) ? " : " + SharedJsonContracts.HttpResultInterface : string.Empty));
        writer.Open();
        foreach (PropertySpec property in record.Properties)
        {
            if (property.Summary is not null)
            {
                WriteSummary(writer, property.Summary);
            }

            if (UsesExternal(property.Type))
            {
                writer.Line("/// <remarks>This value has a type from outside StepGen: its JSON contract comes from the resolver that <c>"
                    + Escape(spec.ContextName) + "</c> is combined with, for example <c>JsonTypeInfoResolver.Combine("
                    + Escape(spec.ContextName) + ".Default, YourContext.Default)</c>.</remarks>");
            }

            writer.Line("[" + Serialization + ".JsonPropertyName(" + Literal(property.JsonName) + ")] public " + PropertyTypeName(property.Type) + " " + Identifier(property.Name) + " { get; set; }");
        }

        writer.Close();
    }

    private static void WriteContext(SourceWriter writer, RecordSetSpec spec, List<TypeInfoEntry> entries)
    {
        string context = Identifier(spec.ContextName);
        var names = new MemberNames(spec.ContextName);

        // Allocate every member name up front, in a fixed order, so collisions resolve the same way every time.
        var typedProperties = new List<(RecordSpec Record, string Property, string Field)>();
        foreach (RecordSpec record in spec.Records)
        {
            typedProperties.Add((record, names.Take(record.Name, "TypeInfo"), string.Empty));
        }

        for (int i = 0; i < typedProperties.Count; i++)
        {
            typedProperties[i] = (typedProperties[i].Record, typedProperties[i].Property, names.Take("_" + typedProperties[i].Property, string.Empty));
        }

        bool hasExternal = false;
        foreach (RecordSpec record in spec.Records)
        {
            foreach (PropertySpec property in record.Properties)
            {
                hasExternal |= UsesExternal(property.Type);
            }
        }

        writer.Line("/// <summary>");
        writer.Line("/// System.Text.Json contracts for the records of this state machine, written out by StepGen without reflection,");
        writer.Line("/// so they work with trimming and native AOT. Use <see cref=\"Default\"/>, or combine it with other resolvers:");
        writer.Line("/// <c>new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(" + Escape(spec.ContextName) + ".Default, YourContext.Default) }</c>.");
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// Types from outside StepGen are not covered: <see cref=\"GetTypeInfo(global::System.Type)\"/> returns null for them, and their");
        writer.Line("/// contracts are taken from the options' resolver, so chain a resolver that knows them.");
        if (hasExternal)
        {
            writer.Line("/// Some records here use such types: serialize them through options whose resolver combines this context with one that covers those types.");
        }

        writer.Line("/// </remarks>");
        writer.Line("public sealed partial class " + context + " : " + Serialization + ".JsonSerializerContext, " + Metadata + ".IJsonTypeInfoResolver");
        writer.Open();

        writer.Line("/// <summary>The default instance. Its options leave out properties that are null when writing.</summary>");
        writer.Line("public static " + context + " Default { get; } = new " + context + "(new " + Options + " { DefaultIgnoreCondition = " + Serialization + ".JsonIgnoreCondition.WhenWritingNull });");
        writer.Line();
        writer.Line("/// <summary>Creates a context with default options, created when first used.</summary>");
        writer.Line("public " + context + "() : base(null) { }");
        writer.Line();
        writer.Line("/// <summary>Creates a context bound to <paramref name=\"options\"/>, which become read-only and resolve through this context.</summary>");
        writer.Line("/// <param name=\"options\">The options to bind.</param>");
        writer.Line("public " + context + "(" + Options + " options) : base(options) { }");
        writer.Line();
        writer.Line("/// <summary>None: StepGen writes no fast-path serialization code, so no options need to match.</summary>");
        writer.Line("protected override " + Options + "? GeneratedSerializerOptions => null;");

        foreach ((RecordSpec record, string property, string field) in typedProperties)
        {
            string type = Metadata + ".JsonTypeInfo<" + Identifier(record.Name) + ">";
            writer.Line();
            writer.Line("private " + type + "? " + Identifier(field) + ";");
            writer.Line("/// <summary>The contract of <see cref=\"" + Identifier(record.Name) + "\"/> for this context's options.</summary>");
            if (UsesExternalAnywhere(spec, record))
            {
                writer.Line("/// <remarks>The record reaches types from outside StepGen: this works only when these options can resolve them. Otherwise combine resolvers and call <c>GetTypeInfo</c> on those options.</remarks>");
            }

            writer.Line("public " + type + " " + Identifier(property) + " => " + Contracts + ".Cached(ref " + Identifier(field) + ", Options);");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override " + Metadata + ".JsonTypeInfo? GetTypeInfo(global::System.Type type)");
        writer.Open();
        writer.Line("Options.TryGetTypeInfo(type, out " + Metadata + ".JsonTypeInfo? typeInfo);");
        writer.Line("return typeInfo;");
        writer.Close();
        writer.Line();

        // Called by whichever options this context serves, also when combined with other resolvers: the contracts are
        // created for those options, and null says "not mine" so the next resolver in the chain gets its turn.
        writer.Line(Metadata + ".JsonTypeInfo? " + Metadata + ".IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, " + Options + " options)");
        writer.Open();
        foreach (TypeInfoEntry entry in entries)
        {
            WriteEntry(writer, entry);
        }

        writer.Line("return " + Contracts + ".Scalar(type, options);");
        writer.Close();
        writer.Close();
    }

    /// <summary>One type the context answers for, through the shared contracts (<see cref="SharedJsonContracts"/>).</summary>
    private static void WriteEntry(SourceWriter writer, TypeInfoEntry entry)
    {
        string test = "if (type == typeof(" + entry.Type + ")) return ";
        switch (entry.Kind)
        {
            case EntryKind.List:
                writer.Line(test + Contracts + ".List<" + entry.Argument + ">(options);");
                return;

            case EntryKind.Map:
                writer.Line(test + Contracts + ".Map<" + entry.Argument + ">(options);");
                return;

            case EntryKind.Object when entry.Record is RecordSpec record && SharedJsonContracts.IsHttpResult(record):
                writer.Line(test + Contracts + ".HttpResult<" + entry.Type + ">(options);");
                return;

            case EntryKind.Object when entry.Record is RecordSpec record:
                string owner = entry.Type;
                if (record.Properties.Count == 0)
                {
                    writer.Line(test + Contracts + ".Object<" + owner + ">(options, " + Contracts + ".NoProperties);");
                    return;
                }

                writer.Line(test + Contracts + ".Object<" + owner + ">(options, static o => new " + Metadata + ".JsonPropertyInfo[]");
                writer.Open();
                foreach (PropertySpec property in record.Properties)
                {
                    // The property's type contract stays with the options, so it resolves through every resolver they combine.
                    string member = Identifier(property.Name);
                    writer.Line(Contracts + ".Property<" + owner + ", " + PropertyTypeName(property.Type) + ">(o, " + Literal(property.Name) + ", " + Literal(property.JsonName)
                        + ", static x => x." + member + ", static (x, v) => x." + member + " = v),");
                }

                writer.Close(");");
                return;
        }
    }

    /// <summary>
    /// Every type the context answers for beyond the scalars (which <see cref="SharedJsonContracts"/> answers for):
    /// records first, then lists and maps in order of first use. External types are left out.
    /// </summary>
    private static List<TypeInfoEntry> CollectTypeInfos(RecordSetSpec spec)
    {
        var entries = new List<TypeInfoEntry>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);

        void Need(TypeSpec type)
        {
            if (type.Kind is not (TypeSpecKind.List or TypeSpecKind.StringMap))
            {
                // Scalars are shared; records are all added up front; external types belong to another resolver.
                return;
            }

            if (seen.Add(TypeName(type)))
            {
                entries.Add(new TypeInfoEntry(type.Kind == TypeSpecKind.List ? EntryKind.List : EntryKind.Map, TypeName(type), TypeName(ElementOf(type))));
                Need(ElementOf(type));
            }
        }

        foreach (RecordSpec record in spec.Records)
        {
            seen.Add(Identifier(record.Name));
            entries.Add(new TypeInfoEntry(EntryKind.Object, Identifier(record.Name), string.Empty) { Record = record });
        }

        foreach (RecordSpec record in spec.Records)
        {
            foreach (PropertySpec property in record.Properties)
            {
                Need(property.Type);
            }
        }

        return entries;
    }

    private static TypeSpec ElementOf(TypeSpec type) => type.Element ?? TypeSpec.Json;

    /// <summary>The C# type without a nullable annotation (usable in typeof and as a type argument).</summary>
    private static string TypeName(TypeSpec type) => type.Kind switch
    {
        TypeSpecKind.String => "string",
        TypeSpecKind.Number => "double",
        TypeSpecKind.Integer => "long",
        TypeSpecKind.Boolean => "bool",
        TypeSpecKind.Json => Json + ".JsonElement",
        TypeSpecKind.Record => Identifier(type.Name ?? "object"),
        TypeSpecKind.External => type.Name ?? "object",
        TypeSpecKind.List => "global::System.Collections.Generic.IReadOnlyList<" + TypeName(ElementOf(type)) + ">",
        TypeSpecKind.StringMap => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeName(ElementOf(type)) + ">",
        _ => "object",
    };

    /// <summary>
    /// Properties are optional data: reference types annotated, value types as Nullable&lt;T&gt;. An external type that
    /// is already nullable (<c>int?</c>) stays as it is.
    /// </summary>
    private static string PropertyTypeName(TypeSpec type)
    {
        string name = TypeName(type);
        return name.EndsWith("?", System.StringComparison.Ordinal) ? name : name + "?";
    }

    private static bool UsesExternal(TypeSpec type) => type.Kind switch
    {
        TypeSpecKind.External => true,
        TypeSpecKind.List or TypeSpecKind.StringMap => UsesExternal(ElementOf(type)),
        _ => false,
    };

    /// <summary>Whether the record reaches an external type, directly or through other records of the set.</summary>
    private static bool UsesExternalAnywhere(RecordSetSpec spec, RecordSpec root)
    {
        var visited = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<RecordSpec>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            RecordSpec record = pending.Pop();
            if (!visited.Add(record.Name))
            {
                continue;
            }

            foreach (PropertySpec property in record.Properties)
            {
                TypeSpec type = property.Type;
                while (type.Kind is TypeSpecKind.List or TypeSpecKind.StringMap)
                {
                    type = ElementOf(type);
                }

                if (type.Kind == TypeSpecKind.External)
                {
                    return true;
                }

                if (type.Kind == TypeSpecKind.Record)
                {
                    foreach (RecordSpec other in spec.Records)
                    {
                        if (other.Name == type.Name)
                        {
                            pending.Push(other);
                        }
                    }
                }
            }
        }

        return false;
    }

    private static void WriteSummary(SourceWriter writer, string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim().Split('\n');
        if (lines.Length == 1)
        {
            writer.Line("/// <summary>" + Escape(lines[0].Trim()) + "</summary>");
            return;
        }

        writer.Line("/// <summary>");
        foreach (string line in lines)
        {
            writer.Line(("/// " + Escape(line.Trim())).TrimEnd());
        }

        writer.Line("/// </summary>");
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A name as a C# identifier: reserved keywords get '@'.</summary>
    private static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private enum EntryKind
    {
        Object,
        List,
        Map,
    }

    private sealed class TypeInfoEntry
    {
        public TypeInfoEntry(EntryKind kind, string type, string argument)
        {
            Kind = kind;
            Type = type;
            Argument = argument;
        }

        public EntryKind Kind { get; }

        /// <summary>The C# type the contract is for, as written in typeof.</summary>
        public string Type { get; }

        /// <summary>The element type (collections).</summary>
        public string Argument { get; }

        public RecordSpec? Record { get; set; }
    }

    /// <summary>Hands out unique member names for the context, in call order.</summary>
    private sealed class MemberNames
    {
        private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

        public MemberNames(string contextName)
        {
            _taken.Add(contextName);
            foreach (string name in ReservedContextMembers)
            {
                _taken.Add(name);
            }
        }

        /// <summary>The name itself if free, else with <paramref name="suffix"/>, else with a number.</summary>
        public string Take(string name, string suffix)
        {
            if (_taken.Add(name))
            {
                return name;
            }

            if (suffix.Length > 0 && _taken.Add(name + suffix))
            {
                return name + suffix;
            }

            for (int i = 2; ; i++)
            {
                string candidate = name + suffix + i.ToString(CultureInfo.InvariantCulture);
                if (_taken.Add(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
