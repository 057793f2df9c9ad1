namespace StepGen.Asl.Json;

/// <summary>
/// The outcome of <see cref="JsonParser.Parse"/>: either a <see cref="Value"/> or an <see cref="Error"/>
/// with the span of the problem in the parsed text (<see cref="ErrorOffset"/> is a UTF-16 index;
/// <see cref="ErrorLength"/> is 0 only when nothing can be underlined, for example at the end of the text).
/// </summary>
public readonly struct JsonParseResult
{
    internal JsonParseResult(JsonNode value)
    {
        Value = value;
        Error = null;
        ErrorOffset = 0;
        ErrorLength = 0;
    }

    internal JsonParseResult(string error, int offset, int length)
    {
        Value = null;
        Error = error;
        ErrorOffset = offset;
        ErrorLength = length;
    }

    public JsonNode? Value { get; }

    public string? Error { get; }

    public int ErrorOffset { get; }

    public int ErrorLength { get; }

    public bool Success => Value != null;

    public override string ToString() =>
        Success ? "success" : "error at " + ErrorOffset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Error;
}
