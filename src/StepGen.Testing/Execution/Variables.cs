using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

using StepGen.Asl.Json;

namespace StepGen.Testing.Execution;

/// <summary>
/// Workflow variables (<c>Assign</c>) of one scope. A Parallel branch or Map iteration reads the variables of the
/// scopes around it but its own assignments stay inside it, as the developer guide's "Variable scope" section
/// describes; so a scope is a dictionary over its parent's.
/// </summary>
internal sealed class Variables : IReadOnlyDictionary<string, JsonNode>
{
    private readonly Variables? _parent;
    private readonly Dictionary<string, JsonNode> _own = new(System.StringComparer.Ordinal);

    public Variables(Variables? parent = null) => _parent = parent;

    public int Count
    {
        get
        {
            int count = 0;
            foreach (KeyValuePair<string, JsonNode> _ in this)
            {
                count++;
            }

            return count;
        }
    }

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (KeyValuePair<string, JsonNode> pair in this)
            {
                yield return pair.Key;
            }
        }
    }

    public IEnumerable<JsonNode> Values
    {
        get
        {
            foreach (KeyValuePair<string, JsonNode> pair in this)
            {
                yield return pair.Value;
            }
        }
    }

    public JsonNode this[string key] => TryGetValue(key, out JsonNode? value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Sets a variable in this scope.</summary>
    public void Set(string name, JsonNode value)
    {
        // A variable that an outer scope holds is assigned there: branches and iterations cannot assign outer
        // variables at all (the validator rejects it), so only the machine's own scope reaches this with one.
        _own[name] = value;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonNode value)
    {
        for (Variables? scope = this; scope != null; scope = scope._parent)
        {
            if (scope._own.TryGetValue(key, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, JsonNode>> GetEnumerator()
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (Variables? scope = this; scope != null; scope = scope._parent)
        {
            foreach (KeyValuePair<string, JsonNode> pair in scope._own)
            {
                if (seen.Add(pair.Key))
                {
                    yield return pair;
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
