namespace StepGen.Asl.JsonAta;

/// <summary>The outcome of <see cref="JsonAtaParser.Parse"/>: the processed tree, or the first syntax error.</summary>
public sealed class JsonAtaParseResult
{
    internal JsonAtaParseResult(JsonAtaNode? root, JsonAtaSyntaxError? error)
    {
        Root = root;
        Error = error;
    }

    /// <summary>The root of the processed tree (see <see cref="JsonAtaNode"/>); <see langword="null"/> on failure.</summary>
    public JsonAtaNode? Root { get; }

    /// <summary>The first error, in the order the reference finds errors; <see langword="null"/> on success.</summary>
    public JsonAtaSyntaxError? Error { get; }

    /// <summary>Whether the expression compiles.</summary>
    public bool Success => Error is null;
}
