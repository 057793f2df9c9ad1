namespace StepGen.Asl.JsonAta;

/// <summary>The kinds of token the JSONata lexer produces.</summary>
internal enum JsonAtaTokenKind
{
    /// <summary>No more tokens: the end of the text (only whitespace and comments were left).</summary>
    End,

    /// <summary>A field name, bare (<c>Account</c>) or backtick-quoted (<c>`Order Id`</c>); <c>function</c> and <c>λ</c> too.</summary>
    Name,

    /// <summary>A variable: <c>$x</c> (text <c>x</c>), <c>$</c> (text empty), <c>$$</c> (text <c>$</c>).</summary>
    Variable,

    /// <summary>A string literal; the text is the decoded value.</summary>
    String,

    /// <summary>A number literal (never negative: a minus sign is an operator).</summary>
    Number,

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Constant,

    /// <summary>A regular expression literal <c>/pattern/flags</c>; only read where an operand is expected.</summary>
    Regex,

    /// <summary>An operator or punctuation symbol, including the words <c>and</c>, <c>or</c>, <c>in</c>.</summary>
    Operator,
}

/// <summary>One token: what it is, its text (the decoded value for strings), and its span in the expression.</summary>
internal readonly struct JsonAtaToken
{
    public JsonAtaToken(JsonAtaTokenKind kind, string text, int start, int end, double number = 0, string? flags = null)
    {
        Kind = kind;
        Text = text;
        Start = start;
        End = end;
        Number = number;
        Flags = flags;
    }

    public JsonAtaTokenKind Kind { get; }

    /// <summary>Name, variable name without <c>$</c>, decoded string, constant word, operator symbol, or regex pattern.</summary>
    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The value of a <see cref="JsonAtaTokenKind.Number"/>.</summary>
    public double Number { get; }

    /// <summary>The flags of a <see cref="JsonAtaTokenKind.Regex"/> as written (<c>i</c> and <c>m</c> only).</summary>
    public string? Flags { get; }

    /// <summary>Whether this is the operator or punctuation symbol <paramref name="symbol"/>.</summary>
    public bool Is(string symbol) => Kind == JsonAtaTokenKind.Operator && Text == symbol;

    /// <summary>How the token reads in a message.</summary>
    public string Describe()
    {
        switch (Kind)
        {
            case JsonAtaTokenKind.End: return "the end of the expression";
            case JsonAtaTokenKind.Variable: return "'$" + Text + "'";
            case JsonAtaTokenKind.String: return "the string \"" + Text + "\"";
            case JsonAtaTokenKind.Regex: return "the regular expression /" + Text + "/" + Flags;
            default: return "'" + Text + "'";
        }
    }
}
