using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// An object value inside the evaluator. Keys enumerate in JavaScript's property order (array-index keys
/// ascending first, then the others in insertion order), because the reference implementation's results
/// (<c>$keys</c>, <c>$each</c>, <c>*</c>, <c>$string</c>) follow that order.
/// </summary>
internal sealed class JsonAtaObject
{
    private readonly List<string> _keys;
    private readonly Dictionary<string, object?> _values;
    private bool _hasIndexKeys;
    private bool _removed;

    public JsonAtaObject()
        : this(4)
    {
    }

    public JsonAtaObject(int capacity)
    {
        _keys = new List<string>(capacity);
        _values = new Dictionary<string, object?>(capacity, System.StringComparer.Ordinal);
    }

    /// <summary>The number of members.</summary>
    public int Count => _values.Count;

    /// <summary>The keys in JavaScript property order.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            if (_removed)
            {
                _keys.RemoveAll(k => !_values.ContainsKey(k));
                _removed = false;
            }

            if (_hasIndexKeys)
            {
                OrderIndexKeysFirst();
            }

            return _keys;
        }
    }

    /// <summary>Sets a member, keeping the position of an existing key.</summary>
    public void Set(string key, object? value)
    {
        if (_values.ContainsKey(key))
        {
            _values[key] = value;
            return;
        }

        _values.Add(key, value);
        if (_removed)
        {
            _keys.RemoveAll(k => !_values.ContainsKey(k) || k == key);
            _removed = false;
        }

        _keys.Add(key);
        if (IsArrayIndex(key))
        {
            _hasIndexKeys = true;
        }
    }

    /// <summary>The member's value, or null (undefined) when absent.</summary>
    public object? Get(string key) => _values.TryGetValue(key, out object? value) ? value : null;

    public bool TryGet(string key, out object? value) => _values.TryGetValue(key, out value);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Removes a member if present.</summary>
    public void Remove(string key)
    {
        if (_values.Remove(key))
        {
            _removed = true;
        }
    }

    /// <summary>Whether <paramref name="key"/> is a canonical array index (0 to 2^32 - 2), which JavaScript orders first.</summary>
    internal static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        return value < 4294967295UL;
    }

    private void OrderIndexKeysFirst()
    {
        var index = new List<string>();
        var other = new List<string>(_keys.Count);
        foreach (string k in _keys)
        {
            (IsArrayIndex(k) ? index : other).Add(k);
        }

        index.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        _keys.Clear();
        _keys.AddRange(index);
        _keys.AddRange(other);
        // Keys added after this point are appended; the next read sorts again only when an index key was added.
        _hasIndexKeys = false;
    }
}
