using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// One item of a tuple stream: the context value (under <c>@</c>) with the focus, index and ancestor bindings a
/// path collected for it (<c>@$x</c>, <c>#$i</c>, <c>%</c>). The bindings become variables when an expression is
/// evaluated for the tuple.
/// </summary>
internal sealed class JsonAtaTuple
{
    /// <summary>The key of the context value.</summary>
    public const string ContextKey = "@";

    private readonly List<KeyValuePair<string, object?>> _bindings;

    public JsonAtaTuple(object? context)
    {
        _bindings = new List<KeyValuePair<string, object?>>(3) { new KeyValuePair<string, object?>(ContextKey, context) };
    }

    private JsonAtaTuple(List<KeyValuePair<string, object?>> bindings) => _bindings = bindings;

    /// <summary>The bindings, the context first.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Bindings => _bindings;

    /// <summary>The context value.</summary>
    public object? Context => Get(ContextKey);

    public object? Get(string key)
    {
        foreach (KeyValuePair<string, object?> binding in _bindings)
        {
            if (binding.Key == key)
            {
                return binding.Value;
            }
        }

        return null;
    }

    public void Set(string key, object? value)
    {
        for (int i = 0; i < _bindings.Count; i++)
        {
            if (_bindings[i].Key == key)
            {
                _bindings[i] = new KeyValuePair<string, object?>(key, value);
                return;
            }
        }

        _bindings.Add(new KeyValuePair<string, object?>(key, value));
    }

    public void Remove(string key) => _bindings.RemoveAll(b => b.Key == key);

    /// <summary>A copy whose bindings can change without touching this one.</summary>
    public JsonAtaTuple Copy() => new JsonAtaTuple(new List<KeyValuePair<string, object?>>(_bindings));

    /// <summary>A scope with every binding of the tuple as a variable.</summary>
    public JsonAtaFrame ToFrame(JsonAtaFrame parent)
    {
        var frame = new JsonAtaFrame(parent);
        foreach (KeyValuePair<string, object?> binding in _bindings)
        {
            frame.Bind(binding.Key, binding.Value);
        }

        return frame;
    }
}
