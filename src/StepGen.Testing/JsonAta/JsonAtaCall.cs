namespace StepGen.Testing.JsonAta;

/// <summary>The context of a built-in function call: the evaluation, the focus value and the caller's scope.</summary>
internal readonly struct JsonAtaCall
{
    public JsonAtaCall(JsonAtaEvaluator evaluator, object? input, JsonAtaFrame frame)
    {
        Evaluator = evaluator;
        Input = input;
        Frame = frame;
    }

    public JsonAtaEvaluator Evaluator { get; }

    /// <summary>The context value (what <c>$</c> is at the call).</summary>
    public object? Input { get; }

    public JsonAtaFrame Frame { get; }

    /// <summary>Calls a function argument the way the higher-order built-ins do (no focus value).</summary>
    public object? Call(JsonAtaFunction function, params object?[] arguments) =>
        Evaluator.Apply(function, arguments, null, Frame);

    /// <summary>
    /// Calls <paramref name="function"/> with the value, and the index and whole collection when it declares
    /// that many parameters (the reference's rule for <c>$map</c>, <c>$filter</c>, <c>$each</c>...).
    /// </summary>
    public object? CallWithUpTo3(JsonAtaFunction function, object? first, object? second, object? third)
    {
        int arity = function.Arity;
        object?[] arguments = arity >= 3 ? new[] { first, second, third } : arity == 2 ? new[] { first, second } : new[] { first };
        return Evaluator.Apply(function, arguments, null, Frame);
    }
}
