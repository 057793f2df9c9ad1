namespace StepGen.Asl.Conditions;

/// <summary>What a <see cref="ConditionToken"/> is.</summary>
internal enum ConditionTokenKind
{
    End,
    Path,
    Identifier,
    Number,
    String,
    Timestamp,
    Compare,
    AndAnd,
    OrOr,
    Not,
    LParen,
    RParen,
    Comma,
    Other,
    Error,
}

/// <summary>One token of a condition, read by <see cref="ConditionLexer"/>.</summary>
internal readonly struct ConditionToken
{
    public ConditionToken(ConditionTokenKind kind, int start, int length, string text, ComparisonOperator op = ComparisonOperator.Equals)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Operator = op;
    }

    public ConditionTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>
    /// Path: the path; Identifier: the name; Number: the text; String: the raw content between the quotes;
    /// Timestamp: the decoded value; Compare and punctuation: the operator; Error: the message.
    /// </summary>
    public string Text { get; }

    /// <summary>For <see cref="ConditionTokenKind.Compare"/>: which comparison.</summary>
    public ComparisonOperator Operator { get; }

    public int End => Start + Length;

    public static ConditionToken Error(string message, int start, int length) =>
        new ConditionToken(ConditionTokenKind.Error, start, length, message);
}
