namespace StepGen.Testing.JsonAta;

/// <summary><c>$f ~&gt; $g</c> for two functions: the function x ↦ g(f(x)).</summary>
internal sealed class JsonAtaComposedFunction : JsonAtaFunction
{
    private readonly JsonAtaFunction _first;
    private readonly JsonAtaFunction _second;

    public JsonAtaComposedFunction(JsonAtaFunction first, JsonAtaFunction second)
    {
        _first = first;
        _second = second;
    }

    public override int Arity => 1;

    public override object? Invoke(JsonAtaCall call, object?[] arguments)
    {
        object? inner = call.Evaluator.Apply(_first, new[] { arguments.Length > 0 ? arguments[0] : null }, null, call.Frame);
        return call.Evaluator.Apply(_second, new[] { inner }, null, call.Frame);
    }
}
