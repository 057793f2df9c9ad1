namespace StepGen.Asl.JsonAta;

/// <summary>
/// Why a JSONata expression does not compile: the reference implementation's error code, a message in plain words
/// that names the token at fault, and the span of the characters at fault in the expression text.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is the code the reference (npm <c>jsonata</c> 2.2.2) gives for the same expression
/// (<c>S0101</c>...<c>S0402</c>), except for three codes of StepGen's own: <see cref="TooDeepCode"/> where the
/// reference itself would die with a JavaScript stack overflow, and <see cref="InvalidRegexCode"/> and
/// <see cref="InvalidSignatureCode"/> where it throws a JavaScript <c>SyntaxError</c> that has no code at all.
/// </remarks>
public sealed class JsonAtaSyntaxError
{
    /// <summary>
    /// StepGen's code for an expression nested deeper than <see cref="JsonAtaParser.MaxDepth"/> levels (brackets,
    /// operands, steps: every level of the syntax tree counts). The reference has no such limit and fails with a
    /// JavaScript <c>RangeError</c> somewhere past a few thousand levels; StepGen refuses early instead of risking
    /// the compiler's stack.
    /// </summary>
    public const string TooDeepCode = "S0299";

    /// <summary>
    /// StepGen's code for a regular expression literal that the JavaScript <c>RegExp</c> constructor refuses
    /// (a repeated flag such as <c>/a/ii</c>, or a quantifier with nothing to repeat such as <c>/*a/</c>).
    /// The reference reports these as a JavaScript <c>SyntaxError</c> without a JSONata code.
    /// </summary>
    public const string InvalidRegexCode = "S0303";

    /// <summary>
    /// StepGen's code for a lambda signature whose modifiers repeat a quantifier (<c>&lt;s++&gt;</c>,
    /// <c>&lt;s?+&gt;</c>, <c>&lt;s-+&gt;</c>): the reference builds a JavaScript regex from the signature and fails
    /// with a <c>SyntaxError</c> that has no JSONata code.
    /// </summary>
    public const string InvalidSignatureCode = "S0403";

    internal JsonAtaSyntaxError(string code, string message, int start, int end)
    {
        Code = code;
        Message = message;
        Start = start;
        End = end;
    }

    /// <summary>The reference's error code (<c>S0201</c>, <c>S0202</c>, ...), or one of StepGen's own codes above.</summary>
    public string Code { get; }

    /// <summary>What is wrong, in plain words, naming the token at fault.</summary>
    public string Message { get; }

    /// <summary>Offset of the first character at fault.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character at fault; equal to <see cref="Start"/> at the end of the text.</summary>
    public int End { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + " at " + Start + ".." + End + ": " + Message;
}
