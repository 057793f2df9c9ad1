namespace StepGen.Testing.JsonAta;

/// <summary>The body of a built-in function: the call's context and the validated arguments.</summary>
internal delegate object? JsonAtaNativeBody(JsonAtaCall call, object?[] arguments);

/// <summary>A built-in function such as <c>$substring</c>.</summary>
internal sealed class JsonAtaNativeFunction : JsonAtaFunction
{
    private readonly int _arity;
    private readonly JsonAtaArgumentValidator? _signature;

    public JsonAtaNativeFunction(string name, int arity, JsonAtaArgumentValidator? signature, JsonAtaNativeBody body)
    {
        Name = name;
        _arity = arity;
        _signature = signature;
        Body = body;
    }

    /// <summary>The name without <c>$</c>.</summary>
    public string Name { get; }

    public JsonAtaNativeBody Body { get; }

    public override int Arity => _arity;

    public override JsonAtaArgumentValidator? Signature => _signature;

    public override object? Invoke(JsonAtaCall call, object?[] arguments) => Body(call, arguments);
}
