using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

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
