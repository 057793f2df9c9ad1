using System.Collections.Generic;

namespace StepGen.Asl.JsonAta;

/// <summary>What a <see cref="JsonAtaRawNode"/> is.</summary>
internal enum JsonAtaRawKind
{
    Name,
    Variable,
    String,
    Number,
    Constant,
    Regex,

    /// <summary><c>and</c>, <c>or</c>, <c>in</c> met where an operand is expected: a field name.</summary>
    Word,

    /// <summary>The <c>?</c> of a partial application.</summary>
    Placeholder,

    /// <summary>An operand missing at the end of the text; the tree builder reports it (S0207).</summary>
    End,
    Wildcard,
    Descendant,
    Parent,
    Negate,
    Array,
    Object,
    Block,

    /// <summary>An infix operator with two operands: <see cref="JsonAtaRawNode.Operator"/> says which (<c>.</c>, <c>~&gt;</c>, <c>+</c>, ...).</summary>
    Binary,
    Predicate,
    Group,
    Sort,
    Bind,
    Focus,
    Index,
    Call,
    Lambda,
    Condition,

    /// <summary><c>a ?: b</c>: <see cref="JsonAtaRawNode.Left"/> is tested and returned, <see cref="JsonAtaRawNode.Else"/> otherwise.</summary>
    Elvis,

    /// <summary><c>a ?? b</c>: <see cref="JsonAtaRawNode.Left"/> if it exists, else <see cref="JsonAtaRawNode.Else"/>.</summary>
    Coalesce,
    Transform,
}

/// <summary>
/// A node of the syntax tree exactly as the Pratt parser builds it, before <see cref="JsonAtaTreeBuilder"/> turns
/// paths into steps and attaches predicates, bindings and groups. Internal: the public tree is
/// <see cref="JsonAtaNode"/>. One class with optional fields keeps the parser small; <see cref="Kind"/> says which
/// fields are in use.
/// </summary>
internal sealed class JsonAtaRawNode
{
    public JsonAtaRawNode(JsonAtaRawKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        OperatorStart = start;
        OperatorEnd = end;
    }

    public JsonAtaRawKind Kind { get; }

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>The span of the operator token of an infix node (<c>[</c>, <c>{</c>, <c>@</c>, ...), or of the token of a leaf.</summary>
    public int OperatorStart { get; set; }

    public int OperatorEnd { get; set; }

    /// <summary>The operator symbol of a <see cref="JsonAtaRawKind.Binary"/> node.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Name, variable name, decoded string, constant word, regex pattern.</summary>
    public string Text { get; set; } = "";

    public double Number { get; set; }

    public string? Flags { get; set; }

    public JsonAtaRawNode? Left { get; set; }

    public JsonAtaRawNode? Right { get; set; }

    public JsonAtaRawNode? Then { get; set; }

    public JsonAtaRawNode? Else { get; set; }

    /// <summary>Array items, block expressions, call arguments, lambda parameters, object keys and values alternating, sort terms.</summary>
    public List<JsonAtaRawNode>? Items { get; set; }

    /// <summary>For a sort: whether each term of <see cref="Items"/> is descending.</summary>
    public List<bool>? Descending { get; set; }

    public bool IsPartial { get; set; }

    public string? Signature { get; set; }

    /// <summary>Set by an empty predicate <c>[]</c> that follows this node.</summary>
    public bool KeepArray { get; set; }

    /// <summary>The height of the subtree (a leaf is 1), kept to bound every later recursion.</summary>
    public int Depth { get; set; } = 1;
}
