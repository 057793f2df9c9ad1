using System;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// A JSONata syntax or evaluation error. <see cref="Code"/> is the reference implementation's error code
/// (S0201, T2001, D3030...), so a test can assert the same failure the jsonata npm package reports.
/// </summary>
internal sealed class JsonAtaException : Exception
{
    public JsonAtaException(string code, string message, int position = -1, string? token = null)
        : base(message)
    {
        Code = code;
        Position = position;
        Token = token;
    }

    /// <summary>The error code, for example <c>T2001</c>.</summary>
    public string Code { get; }

    /// <summary>The offset in the expression text the error belongs to, or -1 when none is known.</summary>
    public int Position { get; }

    /// <summary>The operator or name the error is about, when there is one.</summary>
    public string? Token { get; }

    /// <summary>A copy with the position filled in, when this error has none yet.</summary>
    internal JsonAtaException At(int position) =>
        Position >= 0 || position < 0 ? this : new JsonAtaException(Code, Message, position, Token);
}
