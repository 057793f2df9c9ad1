using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.SourceGenerators.Emit;

namespace StepGen.SourceGenerators.Records;

/// <summary>
/// Writes the typed records of one state machine and a <c>JsonSerializerContext</c> whose metadata is written out
/// with System.Text.Json's public metadata API (<c>JsonMetadataServices</c>), because the STJ source generator
/// cannot see types that another generator emits. The output uses no reflection, so it works with trimming and
/// native AOT, and it needs only what System.Text.Json 8 offers (net8+, or netstandard2.0 with the 8.x package).
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
    private const string Services = "global::System.Text.Json.Serialization.Metadata.JsonMetadataServices";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";

    /// <summary>Members a context already has (from JsonSerializerContext and object), or that the emitter writes itself.</summary>
    private static readonly string[] ReservedContextMembers =
    {
        "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "FromRuntimeConverter",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    public static void Emit(SourceWriter writer, RecordSetSpec spec)
    {
        bool first = true;
        foreach (RecordSpec record in spec.Records)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteRecord(writer, spec, record);
        }

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
        writer.Line("public sealed partial record " + Identifier(record.Name));
        writer.Open();
        bool first = true;
        foreach (PropertySpec property in record.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteSummary(writer, property.Summary ?? "The \"" + property.JsonName + "\" field.");
            if (UsesExternal(property.Type))
            {
                writer.Line("/// <remarks>This value has a type from outside StepGen: its JSON contract comes from the resolver that <c>"
                    + Escape(spec.ContextName) + "</c> is combined with, for example <c>JsonTypeInfoResolver.Combine("
                    + Escape(spec.ContextName) + ".Default, YourContext.Default)</c>.</remarks>");
            }

            writer.Line("[" + Serialization + ".JsonPropertyName(" + Literal(property.JsonName) + ")]");
            writer.Line("public " + PropertyTypeName(property.Type) + " " + Identifier(property.Name) + " { get; set; }");
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

        foreach (TypeInfoEntry entry in entries)
        {
            entry.Method = names.Take("Create_" + entry.Moniker, string.Empty);
            if (entry.Record is not null)
            {
                entry.PropertiesMethod = names.Take(entry.Moniker + "Properties", string.Empty);
            }
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
        writer.Line("public " + context + "() : base(null)");
        writer.Open();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Creates a context bound to <paramref name=\"options\"/>, which become read-only and resolve through this context.</summary>");
        writer.Line("/// <param name=\"options\">The options to bind.</param>");
        writer.Line("public " + context + "(" + Options + " options) : base(options)");
        writer.Open();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>None: StepGen writes no fast-path serialization code, so no options need to match.</summary>");
        writer.Line("protected override " + Options + "? GeneratedSerializerOptions => null;");

        foreach ((RecordSpec record, string property, string field) in typedProperties)
        {
            string type = Metadata + ".JsonTypeInfo<" + Identifier(record.Name) + ">";
            writer.Line();
            writer.Line("private " + type + "? " + Identifier(field) + ";");
            writer.Line();
            writer.Line("/// <summary>The contract of the <c>" + Escape(record.Name) + "</c> record, for this context's <see cref=\"global::System.Text.Json.Serialization.JsonSerializerContext.Options\"/>.</summary>");
            if (UsesExternalAnywhere(spec, record))
            {
                writer.Line("/// <remarks>The record reaches types from outside StepGen: this works only when these options can resolve them. Otherwise combine resolvers and call <c>GetTypeInfo</c> on those options.</remarks>");
            }

            writer.Line("public " + type + " " + Identifier(property) + " => " + Identifier(field) + " ??= (" + type + ")Options.GetTypeInfo(typeof(" + Identifier(record.Name) + "));");
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
            writer.Line("if (type == typeof(" + entry.Type + "))");
            writer.Open();
            writer.Line("return " + entry.Method + "(options);");
            writer.Close();
            writer.Line();
        }

        writer.Line("return null;");
        writer.Close();

        foreach (TypeInfoEntry entry in entries)
        {
            writer.Line();
            WriteCreate(writer, entry);
        }

        writer.Line();
        writer.Line("/// <summary>A converter in the options' Converters for <typeparamref name=\"T\"/> wins over the written-out contract, as with System.Text.Json's own generator.</summary>");
        writer.Line("private static " + Metadata + ".JsonTypeInfo<T>? FromRuntimeConverter<T>(" + Options + " options)");
        writer.Open();
        writer.Line("foreach (" + Serialization + ".JsonConverter converter in options.Converters)");
        writer.Open();
        writer.Line("if (converter is null || !converter.CanConvert(typeof(T)))");
        writer.Open();
        writer.Line("continue;");
        writer.Close();
        writer.Line();
        writer.Line(Serialization + ".JsonConverter? resolved = converter is " + Serialization + ".JsonConverterFactory factory ? factory.CreateConverter(typeof(T), options) : converter;");
        writer.Line("if (resolved is null || resolved is " + Serialization + ".JsonConverterFactory)");
        writer.Open();
        writer.Line("throw new global::System.InvalidOperationException(\"The converter factory '\" + converter.GetType() + \"' returned no converter for '\" + typeof(T) + \"'.\");");
        writer.Close();
        writer.Line();
        writer.Line("return " + Services + ".CreateValueInfo<T>(options, resolved);");
        writer.Close();
        writer.Line();
        writer.Line("return null;");
        writer.Close();

        writer.Close();
    }

    private static void WriteCreate(SourceWriter writer, TypeInfoEntry entry)
    {
        string info = Metadata + ".JsonTypeInfo<" + entry.Type + ">";
        writer.Line("private static " + info + " " + entry.Method + "(" + Options + " options)");
        writer.Open();
        switch (entry.Kind)
        {
            case EntryKind.Value:
                writer.Line("return FromRuntimeConverter<" + entry.Type + ">(options)");
                writer.Line("    ?? " + Services + ".CreateValueInfo<" + entry.Type + ">(options, " + Services + "." + entry.Argument + ");");
                break;

            case EntryKind.Nullable:
                writer.Line("return FromRuntimeConverter<" + entry.Type + ">(options)");
                writer.Line("    ?? " + Services + ".CreateValueInfo<" + entry.Type + ">(options, " + Services + ".GetNullableConverter<" + entry.Argument + ">(options));");
                break;

            case EntryKind.List:
                writer.Line("return FromRuntimeConverter<" + entry.Type + ">(options)");
                writer.Line("    ?? " + Services + ".CreateIEnumerableInfo<" + entry.Type + ", " + entry.Argument + ">(options, new " + Metadata + ".JsonCollectionInfoValues<" + entry.Type + ">());");
                break;

            case EntryKind.Map:
                writer.Line("return FromRuntimeConverter<" + entry.Type + ">(options)");
                writer.Line("    ?? " + Services + ".CreateIReadOnlyDictionaryInfo<" + entry.Type + ", string, " + entry.Argument + ">(options, new " + Metadata + ".JsonCollectionInfoValues<" + entry.Type + ">());");
                break;

            case EntryKind.Object:
                writer.Line("return FromRuntimeConverter<" + entry.Type + ">(options)");
                writer.Line("    ?? " + Services + ".CreateObjectInfo<" + entry.Type + ">(options, new " + Metadata + ".JsonObjectInfoValues<" + entry.Type + ">");
                writer.Line("    {");
                writer.Line("        ObjectCreator = static () => new " + entry.Type + "(),");
                writer.Line("        PropertyMetadataInitializer = _ => " + entry.PropertiesMethod + "(options),");
                writer.Line("    });");
                break;
        }

        writer.Close();

        if (entry.Record is RecordSpec record)
        {
            writer.Line();
            WriteProperties(writer, entry, record);
        }
    }

    private static void WriteProperties(SourceWriter writer, TypeInfoEntry entry, RecordSpec record)
    {
        writer.Line("private static " + Metadata + ".JsonPropertyInfo[] " + entry.PropertiesMethod + "(" + Options + " options)");
        writer.Open();
        if (record.Properties.Count == 0)
        {
            writer.Line("return new " + Metadata + ".JsonPropertyInfo[0];");
            writer.Close();
            return;
        }

        writer.Line("return new " + Metadata + ".JsonPropertyInfo[]");
        writer.Open();
        foreach (PropertySpec property in record.Properties)
        {
            // PropertyTypeInfo stays null: the options resolve it, through every resolver they combine.
            string type = PropertyTypeName(property.Type);
            string member = Identifier(property.Name);
            writer.Line(Services + ".CreatePropertyInfo<" + type + ">(options, new " + Metadata + ".JsonPropertyInfoValues<" + type + ">");
            writer.Open();
            writer.Line("IsProperty = true,");
            writer.Line("IsPublic = true,");
            writer.Line("DeclaringType = typeof(" + entry.Type + "),");
            writer.Line("Getter = static obj => ((" + entry.Type + ")obj)." + member + ",");
            writer.Line("Setter = static (obj, value) => ((" + entry.Type + ")obj)." + member + " = value,");
            writer.Line("PropertyName = " + Literal(property.Name) + ",");
            writer.Line("JsonPropertyName = " + Literal(property.JsonName) + ",");
            writer.Close("),");
        }

        writer.Close(";");
        writer.Close();
    }

    /// <summary>Every type the context must answer for, records first, then in order of first use. External types are left out.</summary>
    private static List<TypeInfoEntry> CollectTypeInfos(RecordSetSpec spec)
    {
        var entries = new List<TypeInfoEntry>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);

        void Add(TypeInfoEntry entry)
        {
            if (seen.Add(entry.Type))
            {
                entries.Add(entry);
            }
        }

        void Need(TypeSpec type, bool nullable)
        {
            string name = TypeName(type);
            switch (type.Kind)
            {
                case TypeSpecKind.String:
                    Add(new TypeInfoEntry(EntryKind.Value, name, "String", "StringConverter"));
                    break;
                case TypeSpecKind.Number:
                case TypeSpecKind.Integer:
                case TypeSpecKind.Boolean:
                case TypeSpecKind.Json:
                    string moniker = Moniker(type);
                    Add(new TypeInfoEntry(EntryKind.Value, name, moniker, moniker + "Converter"));
                    if (nullable)
                    {
                        Add(new TypeInfoEntry(EntryKind.Nullable, name + "?", "Nullable" + moniker, name));
                    }

                    break;
                case TypeSpecKind.List:
                    if (!seen.Contains(name))
                    {
                        Add(new TypeInfoEntry(EntryKind.List, name, Moniker(type), TypeName(ElementOf(type))));
                        Need(ElementOf(type), nullable: false);
                    }

                    break;
                case TypeSpecKind.StringMap:
                    if (!seen.Contains(name))
                    {
                        Add(new TypeInfoEntry(EntryKind.Map, name, Moniker(type), TypeName(ElementOf(type))));
                        Need(TypeSpec.String, nullable: false);
                        Need(ElementOf(type), nullable: false);
                    }

                    break;

                // Records are all added up front; external types belong to another resolver.
                case TypeSpecKind.Record:
                case TypeSpecKind.External:
                    break;
            }
        }

        foreach (RecordSpec record in spec.Records)
        {
            Add(new TypeInfoEntry(EntryKind.Object, Identifier(record.Name), record.Name, string.Empty) { Record = record });
        }

        foreach (RecordSpec record in spec.Records)
        {
            foreach (PropertySpec property in record.Properties)
            {
                Need(property.Type, nullable: true);
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

    private static string Moniker(TypeSpec type) => type.Kind switch
    {
        TypeSpecKind.String => "String",
        TypeSpecKind.Number => "Double",
        TypeSpecKind.Integer => "Int64",
        TypeSpecKind.Boolean => "Boolean",
        TypeSpecKind.Json => "JsonElement",
        TypeSpecKind.Record => type.Name ?? "Object",
        TypeSpecKind.External => ExternalMoniker(type.Name ?? "Object"),
        TypeSpecKind.List => "ListOf" + Moniker(ElementOf(type)),
        TypeSpecKind.StringMap => "MapOf" + Moniker(ElementOf(type)),
        _ => "Object",
    };

    /// <summary>The letters and digits after the last '.' or ':' before any type arguments: <c>global::A.B&lt;C&gt;</c> gives <c>BC</c>.</summary>
    private static string ExternalMoniker(string name)
    {
        int generic = name.IndexOf('<');
        int head = generic >= 0 ? generic : name.Length;
        int start = System.Math.Max(name.LastIndexOf('.', head - 1 < 0 ? 0 : head - 1), name.LastIndexOf(':', head - 1 < 0 ? 0 : head - 1)) + 1;
        var builder = new StringBuilder();
        for (int i = start; i < name.Length; i++)
        {
            if (char.IsLetterOrDigit(name[i]) || name[i] == '_')
            {
                builder.Append(name[i]);
            }
        }

        return builder.Length == 0 ? "External" : builder.ToString();
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
        Value,
        Nullable,
        Object,
        List,
        Map,
    }

    private sealed class TypeInfoEntry
    {
        public TypeInfoEntry(EntryKind kind, string type, string moniker, string argument)
        {
            Kind = kind;
            Type = type;
            Moniker = moniker;
            Argument = argument;
        }

        public EntryKind Kind { get; }

        /// <summary>The C# type the contract is for, as written in typeof.</summary>
        public string Type { get; }

        public string Moniker { get; }

        /// <summary>The converter property (values), the underlying type (nullables) or the element type (collections).</summary>
        public string Argument { get; }

        public RecordSpec? Record { get; set; }

        public string Method { get; set; } = string.Empty;

        public string PropertiesMethod { get; set; } = string.Empty;
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
