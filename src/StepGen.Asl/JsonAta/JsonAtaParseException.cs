using System;

namespace StepGen.Asl.JsonAta;

/// <summary>
/// Carries a syntax error out of the recursive lexer, parser and tree builder to <see cref="JsonAtaParser.Parse"/>,
/// which turns it into a <see cref="JsonAtaSyntaxError"/>. Never escapes the parser.
/// </summary>
internal sealed class JsonAtaParseException : Exception
{
    public JsonAtaParseException(string code, string message, int start, int end)
        : base(message)
    {
        Error = new JsonAtaSyntaxError(code, message, start, end);
    }

    public JsonAtaSyntaxError Error { get; }
}
