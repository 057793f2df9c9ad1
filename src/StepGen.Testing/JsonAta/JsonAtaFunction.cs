using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>A function value: a built-in, a lambda, a partial application, a regex or a transform.</summary>
internal abstract class JsonAtaFunction
{
    /// <summary>
    /// The number of parameters the function declares, which decides how many arguments the higher-order
    /// functions pass it (<c>$map</c> passes the index only to a function of two or more parameters).
    /// </summary>
    public abstract int Arity { get; }

    /// <summary>The signature its arguments are validated against, or null for none.</summary>
    public virtual JsonAtaArgumentValidator? Signature => null;

    /// <summary>Invokes the function with arguments already validated against <see cref="Signature"/>.</summary>
    public abstract object? Invoke(JsonAtaCall call, object?[] arguments);
}

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

/// <summary>
/// A partial application <c>$f(?, 2)</c>: the target with some arguments bound. Its parameters are the
/// placeholders; like the reference, a parameter the partial call does not mention is bound to undefined.
/// </summary>
internal sealed class JsonAtaPartialFunction : JsonAtaFunction
{
    private readonly JsonAtaFunction _target;
    private readonly object?[] _bound;
    private readonly bool[] _placeholder;
    private readonly int _arity;

    public JsonAtaPartialFunction(JsonAtaFunction target, object?[] bound, bool[] placeholder)
    {
        _target = target;
        _bound = bound;
        _placeholder = placeholder;
        int count = 0;
        foreach (bool p in placeholder)
        {
            if (p)
            {
                count++;
            }
        }

        _arity = count;
    }

    public override int Arity => _arity;

    public override object? Invoke(JsonAtaCall call, object?[] arguments)
    {
        var full = new List<object?>(_bound.Length);
        int next = 0;
        for (int i = 0; i < _bound.Length; i++)
        {
            full.Add(_placeholder[i] ? (next < arguments.Length ? arguments[next++] : null) : _bound[i]);
        }

        while (full.Count > 0 && full[full.Count - 1] is null)
        {
            full.RemoveAt(full.Count - 1);
        }

        return call.Evaluator.Apply(_target, full.ToArray(), call.Input, call.Frame);
    }
}
