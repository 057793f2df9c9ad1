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
