using System;
using StepGen.Asl.Collections;

namespace StepGen.Asl.Source;

// The source model is what the user wrote, read from attributes and nothing more: the ASL core
// interprets it. It holds only equatable values (no Roslyn types), so the generator pipeline can
// cache it and the analyzer can map every problem back to the attribute argument it came from.

/// <summary>The kind of an attribute argument's value.</summary>
public enum SourceValueKind
{
    /// <summary>An explicit <c>null</c>.</summary>
    Null,
    String,
    Boolean,
    Integer,
    Double,
    /// <summary>
    /// A <c>typeof(T)</c>; <see cref="SourceValue.Text"/> is the fully qualified name, and <see cref="SourceValue.Boolean"/>
    /// is true when generated public code can use it as a property type (not void, not open generic, public).
    /// </summary>
    Type,
    /// <summary>An enum member; <see cref="SourceValue.Integer"/> is the underlying value.</summary>
    Enum,
    Array,
    /// <summary>A value the compiler could not bind (half-typed code, a missing type).</summary>
    Error,
}

/// <summary>One attribute argument value.</summary>
public sealed record SourceValue(
    SourceValueKind Kind,
    string? Text = null,
    long Integer = 0,
    double Double = 0,
    bool Boolean = false,
    EquatableArray<SourceValue> Items = default)
{
    public static SourceValue Null { get; } = new(SourceValueKind.Null);

    public static SourceValue Error { get; } = new(SourceValueKind.Error);

    public static SourceValue FromString(string? value) => value is null ? Null : new(SourceValueKind.String, value);

    public static SourceValue FromInteger(long value) => new(SourceValueKind.Integer, Integer: value);

    public static SourceValue FromDouble(double value) => new(SourceValueKind.Double, Double: value);

    public static SourceValue FromBoolean(bool value) => new(SourceValueKind.Boolean, Boolean: value);
}

/// <summary>
/// One argument of an attribute: a constructor argument (named by its parameter) or a named
/// property argument.
/// </summary>
public sealed record SourceArgument(string Name, bool IsConstructorArgument, SourceValue Value);

/// <summary>
/// One StepGen attribute applied to a class, named without the <c>Attribute</c> suffix
/// (<c>"Pass"</c>, <c>"HttpTask"</c>, <c>"Retry"</c>...).
/// </summary>
public sealed record SourceAttribute(string Name, EquatableArray<SourceArgument> Arguments)
{
    /// <summary>The argument with this parameter or property name, or <c>null</c> when not given.</summary>
    public SourceArgument? Get(string name)
    {
        foreach (SourceArgument argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }
}

/// <summary>A class nested in a state machine that carries StepGen attributes.</summary>
public sealed record SourceState(string ClassName, bool IsPartial, EquatableArray<SourceAttribute> Attributes);

/// <summary>
/// A <c>[Branch]</c> class, referenced with <c>typeof</c> from a Parallel's <c>Branches</c> or a Map's
/// <c>Processor</c>: its own scope of states.
/// </summary>
/// <param name="Key">The fully qualified type name, as <see cref="SourceValueKind.Type"/> values give it.</param>
/// <param name="NestedPath">The classes from the machine down to this one ("Left" or "Branches.Left") when it is
/// nested in the machine through partial classes only; the generator adds its states' Name constants there.</param>
public sealed record SourceScope(
    string Key,
    string ClassName,
    bool IsPartial,
    EquatableArray<SourceAttribute> Attributes,
    EquatableArray<SourceState> States,
    string? NestedPath = null);

/// <summary>A property of an <c>[HttpEndpoint]</c> type: one field of the typed request body.</summary>
/// <param name="JsonName">The name in JSON: <c>[JsonPropertyName]</c>, else camelCase.</param>
/// <param name="IsRequired">A <c>required</c> member or <c>[JsonRequired]</c>.</param>
public sealed record SourceProperty(string Name, string JsonName, bool IsRequired);

/// <summary>An <c>[HttpEndpoint]</c> type referenced by an <c>[HttpTask(Endpoint = typeof(T))]</c>.</summary>
public sealed record SourceEndpoint(
    string Key,
    string ClassName,
    EquatableArray<SourceAttribute> Attributes,
    EquatableArray<SourceProperty> Properties);

/// <summary>
/// A <c>[StateMachine]</c> class: its own StepGen attributes, its nested state classes, the shape of its declared
/// Input type (when there is one), and the
/// <c>[Branch]</c> and <c>[HttpEndpoint]</c> types its states reference (directly or through other branches), and
/// the project's settings (<see cref="CompileOptions"/>; null is the default).
/// </summary>
public sealed record SourceMachine(
    string ClassName,
    bool IsPartial,
    EquatableArray<SourceAttribute> Attributes,
    EquatableArray<SourceState> States,
    EquatableArray<SourceScope> Branches = default,
    EquatableArray<SourceEndpoint> Endpoints = default,
    Shapes.Shape? InputShape = null,
    CompileOptions? Options = null);
