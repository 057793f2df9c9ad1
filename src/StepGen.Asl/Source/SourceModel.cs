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
    /// <summary>A <c>typeof(T)</c>; <see cref="SourceValue.Text"/> is the fully qualified name.</summary>
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

/// <summary>A <c>[StateMachine]</c> class: its own StepGen attributes and its nested state classes.</summary>
public sealed record SourceMachine(
    string ClassName,
    bool IsPartial,
    EquatableArray<SourceAttribute> Attributes,
    EquatableArray<SourceState> States);
