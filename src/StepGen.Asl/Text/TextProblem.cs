using System.Globalization;

namespace StepGen.Asl.Text;

/// <summary>
/// A problem inside a string value (an intrinsic function call, a context-object path): <see cref="Offset"/> and
/// <see cref="Length"/> locate it in that string; <see cref="Suggestion"/>, when present, is text that could
/// replace that span.
/// </summary>
public sealed class TextProblem
{
    internal TextProblem(string message, int offset, int length, string? suggestion = null)
    {
        Message = message;
        Offset = offset;
        Length = length < 0 ? 0 : length;
        Suggestion = suggestion;
    }

    public string Message { get; }

    public int Offset { get; }

    public int Length { get; }

    public string? Suggestion { get; }

    public override string ToString() => Offset.ToString(CultureInfo.InvariantCulture) + ": " + Message;
}
