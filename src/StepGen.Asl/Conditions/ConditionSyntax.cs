using System.Collections.Generic;

namespace StepGen.Asl.Conditions;

/// <summary>
/// A node of a parsed <c>[When]</c> condition, made by <see cref="ConditionParser"/> and turned into a Choice rule by
/// <see cref="ChoiceRuleWriter"/>. Offsets are into the condition text; a node's span runs from its first token to its
/// last (parentheses only group, so they have no node of their own, but a span includes those it encloses).
/// </summary>
internal abstract class ConditionSyntax
{
    protected ConditionSyntax(int offset, int length)
    {
        Offset = offset;
        Length = length;
    }

    public int Offset { get; }

    public int Length { get; }

    public int End => Offset + Length;
}

/// <summary>How a <see cref="LogicalSyntax"/> joins its operands.</summary>
internal enum LogicalOperator
{
    And,
    Or,
}

/// <summary><c>a &amp;&amp; b &amp;&amp; ...</c> or <c>a || b || ...</c>: two or more operands joined by one operator.</summary>
internal sealed class LogicalSyntax : ConditionSyntax
{
    public LogicalSyntax(LogicalOperator op, IReadOnlyList<ConditionSyntax> operands, int offset, int length)
        : base(offset, length)
    {
        Operator = op;
        Operands = operands;
    }

    public LogicalOperator Operator { get; }

    public IReadOnlyList<ConditionSyntax> Operands { get; }
}

/// <summary><c>!operand</c>; the span starts at the <c>!</c>.</summary>
internal sealed class NotSyntax : ConditionSyntax
{
    public NotSyntax(ConditionSyntax operand, int offset, int length)
        : base(offset, length) => Operand = operand;

    public ConditionSyntax Operand { get; }
}

/// <summary>A type test such as <c>ispresent($.x)</c>; the span runs from the function name to the closing <c>)</c>.</summary>
internal sealed class TypeTestSyntax : ConditionSyntax
{
    public TypeTestSyntax(string functionName, string aslOperator, string path, int offset, int length)
        : base(offset, length)
    {
        FunctionName = functionName;
        AslOperator = aslOperator;
        Path = path;
    }

    /// <summary>The function as written, for example <c>ispresent</c>.</summary>
    public string FunctionName { get; }

    /// <summary>The Choice rule operator it stands for, for example <c>IsPresent</c>.</summary>
    public string AslOperator { get; }

    /// <summary>The path it tests, as written.</summary>
    public string Path { get; }
}

/// <summary>The operators of a comparison.</summary>
internal enum ComparisonOperator
{
    Equals,
    NotEquals,
    LessThan,
    LessThanEquals,
    GreaterThan,
    GreaterThanEquals,
    Like,
}

/// <summary><c>left op right</c>, for example <c>$.count &gt;= 3</c> or <c>$.name like 'log-*'</c>.</summary>
internal sealed class ComparisonSyntax : ConditionSyntax
{
    public ComparisonSyntax(OperandSyntax left, ComparisonOperator op, string operatorText, int operatorOffset, OperandSyntax right)
        : base(left.Offset, right.End - left.Offset)
    {
        Left = left;
        Operator = op;
        OperatorText = operatorText;
        OperatorOffset = operatorOffset;
        Right = right;
    }

    public OperandSyntax Left { get; }

    public ComparisonOperator Operator { get; }

    /// <summary>The operator as written: <c>==</c>, <c>&lt;=</c>, <c>like</c>...</summary>
    public string OperatorText { get; }

    public int OperatorOffset { get; }

    public int OperatorLength => OperatorText.Length;

    public OperandSyntax Right { get; }
}

/// <summary>What an <see cref="OperandSyntax"/> is.</summary>
internal enum OperandKind
{
    Path,
    String,
    Number,
    Boolean,
    Null,
    Timestamp,
}

/// <summary>The kind of value a comparison compares, which picks the Choice rule operator family.</summary>
internal enum ValueFamily
{
    String,
    Numeric,
    Boolean,
    Timestamp,
}

/// <summary>
/// One side of a comparison: a path (possibly read as a kind, as in <c>number($.a)</c>) or a literal. The span covers
/// the whole operand (for <c>number($.a)</c> the whole call, for <c>'text'</c> the quotes).
/// </summary>
internal sealed class OperandSyntax
{
    private OperandSyntax(OperandKind kind, string text, int offset, int length, ValueFamily? conversion, string conversionName)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
        Length = length;
        Conversion = conversion;
        ConversionName = conversionName;
    }

    public OperandKind Kind { get; }

    /// <summary>
    /// Path: the path; String: the raw content between the quotes (escapes not yet decoded); Number: the text;
    /// Boolean: <c>true</c> or <c>false</c>; Null: <c>null</c>; Timestamp: the decoded value.
    /// </summary>
    public string Text { get; }

    public int Offset { get; }

    public int Length { get; }

    public int End => Offset + Length;

    public bool IsPath => Kind == OperandKind.Path;

    /// <summary>For a path inside <c>number(...)</c>, <c>string(...)</c>, <c>boolean(...)</c> or <c>timestamp(...)</c>: that kind.</summary>
    public ValueFamily? Conversion { get; }

    /// <summary>The conversion function as written (<c>number</c>...), or empty.</summary>
    public string ConversionName { get; }

    /// <summary>For <see cref="OperandKind.Boolean"/>: the value.</summary>
    public bool BooleanValue => Kind == OperandKind.Boolean && Text == "true";

    public static OperandSyntax Literal(OperandKind kind, string text, int offset, int length) =>
        new OperandSyntax(kind, text, offset, length, null, string.Empty);

    public static OperandSyntax Path(string path, int offset, int length, ValueFamily? conversion = null, string conversionName = "") =>
        new OperandSyntax(OperandKind.Path, path, offset, length, conversion, conversionName);
}
