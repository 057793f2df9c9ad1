namespace StepGen.Testing.JsonAta;

/// <summary>
/// The JSON value <c>null</c> inside the evaluator. C# null stands for JSONata's "undefined" (no value), so
/// JSON null needs a value of its own.
/// </summary>
internal sealed class JsonAtaNull
{
    private JsonAtaNull()
    {
    }

    /// <summary>The one JSON null.</summary>
    public static JsonAtaNull Value { get; } = new JsonAtaNull();

    public override string ToString() => "null";
}
