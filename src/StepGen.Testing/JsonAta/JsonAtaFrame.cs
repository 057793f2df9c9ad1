using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// A scope of variable bindings: a block, a lambda call or a tuple of path bindings. A lookup walks out
/// through the enclosing frames to the built-in functions.
/// </summary>
internal sealed class JsonAtaFrame
{
    private readonly JsonAtaFrame? _parent;
    private Dictionary<string, object?>? _bindings;

    public JsonAtaFrame(JsonAtaFrame? parent) => _parent = parent;

    /// <summary>Binds (or rebinds) <paramref name="name"/> in this frame.</summary>
    public void Bind(string name, object? value) =>
        (_bindings ??= new Dictionary<string, object?>(System.StringComparer.Ordinal))[name] = value;

    /// <summary>The value bound to <paramref name="name"/> here or outside, or null (undefined).</summary>
    public object? Lookup(string name)
    {
        for (JsonAtaFrame? frame = this; frame != null; frame = frame._parent)
        {
            if (frame._bindings != null && frame._bindings.TryGetValue(name, out object? value))
            {
                return value;
            }
        }

        return null;
    }
}

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
