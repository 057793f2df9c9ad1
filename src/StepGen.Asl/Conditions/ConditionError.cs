namespace StepGen.Asl.Conditions;

/// <summary>A problem found in a condition: the message and the characters it underlines, kept inside the text.</summary>
internal sealed class ConditionError
{
    private ConditionError(string message, int offset, int length)
    {
        Message = message;
        Offset = offset;
        Length = length;
    }

    public string Message { get; }

    public int Offset { get; }

    public int Length { get; }

    /// <summary>The problem at <paramref name="offset"/>, with the span clamped to <paramref name="text"/>.</summary>
    public static ConditionError At(string text, string message, int offset, int length)
    {
        if (offset < 0)
        {
            offset = 0;
        }

        if (offset > text.Length)
        {
            offset = text.Length;
        }

        if (length < 0 || offset + length > text.Length)
        {
            length = text.Length - offset;
        }

        return new ConditionError(message, offset, length);
    }
}
