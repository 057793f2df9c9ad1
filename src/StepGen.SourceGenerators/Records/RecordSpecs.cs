using StepGen.Asl.Collections;

namespace StepGen.SourceGenerators.Records;

/// <summary>
/// All typed records of one state machine and the name of the System.Text.Json context that serves them.
/// Value-equatable, no Roslyn types: the pipeline caches it as it is.
/// </summary>
/// <remarks>
/// Names are C# identifiers chosen by the caller: record names unique, different from <see cref="ContextName"/>
/// and from the machine's other nested types; property names unique within their record and different from
/// the record's name. Reserved keywords are escaped with '@' by the emitter.
/// </remarks>
internal sealed record RecordSetSpec(string ContextName, EquatableArray<RecordSpec> Records);

/// <summary>One record: a class of optional, settable properties.</summary>
internal sealed record RecordSpec(string Name, string? Summary, EquatableArray<PropertySpec> Properties);

/// <summary>One property: its C# name, its name in JSON, its type and an optional doc summary.</summary>
internal sealed record PropertySpec(string Name, string JsonName, TypeSpec Type, string? Summary);

/// <summary>
/// The type of a property or element. Recursive through <see cref="Element"/>; record equality compares it
/// by value all the way down.
/// </summary>
internal sealed record TypeSpec(TypeSpecKind Kind, string? Name = null, TypeSpec? Element = null)
{
    public static readonly TypeSpec String = new(TypeSpecKind.String);
    public static readonly TypeSpec Number = new(TypeSpecKind.Number);
    public static readonly TypeSpec Integer = new(TypeSpecKind.Integer);
    public static readonly TypeSpec Boolean = new(TypeSpecKind.Boolean);
    public static readonly TypeSpec Json = new(TypeSpecKind.Json);

    public static TypeSpec Record(string name) => new(TypeSpecKind.Record, name);

    /// <summary>A user type, by its fully qualified name with the global:: prefix.</summary>
    public static TypeSpec External(string fullyQualifiedName) => new(TypeSpecKind.External, fullyQualifiedName);

    public static TypeSpec List(TypeSpec element) => new(TypeSpecKind.List, Element: element);

    public static TypeSpec StringMap(TypeSpec element) => new(TypeSpecKind.StringMap, Element: element);
}

internal enum TypeSpecKind
{
    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>double</c>.</summary>
    Number,

    /// <summary><c>long</c>.</summary>
    Integer,

    /// <summary><c>bool</c>.</summary>
    Boolean,

    /// <summary><c>System.Text.Json.JsonElement</c>: any JSON.</summary>
    Json,

    /// <summary>A record of the same <see cref="RecordSetSpec"/>, by <see cref="TypeSpec.Name"/>.</summary>
    Record,

    /// <summary>A user type, <see cref="TypeSpec.Name"/> fully qualified (global::...). Its contract comes from another resolver.</summary>
    External,

    /// <summary><c>IReadOnlyList&lt;Element&gt;</c>.</summary>
    List,

    /// <summary><c>IReadOnlyDictionary&lt;string, Element&gt;</c>.</summary>
    StringMap,
}
