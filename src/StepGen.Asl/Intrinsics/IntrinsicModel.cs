using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Paths;
using StepGen.Asl.Text;

namespace StepGen.Asl.Intrinsics;

/// <summary>What an argument of an intrinsic function call is, syntactically.</summary>
public enum IntrinsicArgumentKind
{
    /// <summary>A single-quoted string literal such as <c>'Hello, {}'</c>.</summary>
    String,

    /// <summary>A number literal such as <c>3</c>, <c>-1</c> or <c>2.5</c>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary>A path: <c>$...</c> (input), <c>$$...</c> (Context Object) or <c>$name...</c> (variable).</summary>
    Path,

    /// <summary>A nested intrinsic function call.</summary>
    Call,
}

/// <summary>
/// One intrinsic function call, <c>Name(arg, ...)</c>. Offsets are into the expression given to
/// <see cref="IntrinsicParser.Parse"/>; <see cref="Offset"/>/<see cref="Length"/> cover the name through the closing <c>)</c>.
/// </summary>
public sealed class IntrinsicCall
{
    internal IntrinsicCall(string name, int nameOffset, int offset, int length, IReadOnlyList<IntrinsicArgument> arguments)
    {
        Name = name;
        NameOffset = nameOffset;
        NameLength = name.Length;
        Offset = offset;
        Length = length;
        Arguments = arguments;
    }

    /// <summary>The function name as written, for example <c>States.Format</c>.</summary>
    public string Name { get; }

    public int NameOffset { get; }

    public int NameLength { get; }

    public int Offset { get; }

    public int Length { get; }

    public IReadOnlyList<IntrinsicArgument> Arguments { get; }

    public override string ToString() => Name + "(" + Arguments.Count.ToString(CultureInfo.InvariantCulture) + " arguments)";
}

/// <summary>One argument of an <see cref="IntrinsicCall"/>.</summary>
public sealed class IntrinsicArgument
{
    internal IntrinsicArgument(
        IntrinsicArgumentKind kind,
        string text,
        int offset,
        string? stringValue = null,
        IntrinsicCall? call = null,
        PathParseResult? path = null)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
        Length = text.Length;
        StringValue = stringValue;
        Call = call;
        Path = path;
    }

    public IntrinsicArgumentKind Kind { get; }

    /// <summary>The source text of the argument (with the quotes for a string, the whole call for a nested call).</summary>
    public string Text { get; }

    /// <summary>
    /// For <see cref="IntrinsicArgumentKind.String"/>: the decoded literal. <c>\'</c>, <c>\{</c>, <c>\}</c> and <c>\\</c>
    /// stand for the escaped character; any other backslash pair is kept as written.
    /// </summary>
    public string? StringValue { get; }

    /// <summary>For <see cref="IntrinsicArgumentKind.Call"/>: the nested call.</summary>
    public IntrinsicCall? Call { get; }

    /// <summary>For <see cref="IntrinsicArgumentKind.Path"/>: the parsed path (offsets relative to <see cref="Offset"/>).</summary>
    public PathParseResult? Path { get; }

    public int Offset { get; }

    public int Length { get; }

    /// <summary>The value of a <see cref="IntrinsicArgumentKind.Number"/> literal, or null (also when out of range).</summary>
    internal double? NumberValue
    {
        get
        {
            if (Kind != IntrinsicArgumentKind.Number
                || !double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || double.IsNaN(value)
                || double.IsInfinity(value))
            {
                return null;
            }

            return value;
        }
    }

    public override string ToString() => Kind + " " + Text;
}

/// <summary>The outcome of <see cref="IntrinsicParser.Parse"/>.</summary>
public sealed class IntrinsicParseResult
{
    internal IntrinsicParseResult(string expression, IntrinsicCall? call, string? error, int errorOffset, int errorLength)
    {
        Expression = expression;
        Error = error;
        ErrorOffset = error == null ? 0 : errorOffset;
        ErrorLength = error == null ? 0 : errorLength;
        Call = error == null ? call : null;
    }

    /// <summary>The parsed text (never null).</summary>
    public string Expression { get; }

    public bool Success => Error == null;

    /// <summary>The top-level call; null on failure.</summary>
    public IntrinsicCall? Call { get; }

    /// <summary>What is wrong and what would be right; null on success.</summary>
    public string? Error { get; }

    public int ErrorOffset { get; }

    public int ErrorLength { get; }

    public override string ToString() =>
        Success ? Expression : "error at " + ErrorOffset.ToString(CultureInfo.InvariantCulture) + ": " + Error;
}

