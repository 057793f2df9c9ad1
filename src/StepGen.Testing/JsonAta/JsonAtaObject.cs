using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// An object value inside the evaluator. Keys enumerate in JavaScript's property order (array-index keys
/// ascending first, then the others in insertion order), because the reference implementation's results
/// (<c>$keys</c>, <c>$each</c>, <c>*</c>, <c>$string</c>) follow that order. Small objects, the usual case, are
/// searched linearly; a dictionary indexes the keys of larger ones.
/// </summary>
internal sealed class JsonAtaObject
{
    private const int IndexedFrom = 9;

    private readonly List<string> _keys;
    private readonly List<object?> _values;
    private Dictionary<string, int>? _index;
    private bool _unordered;

    public JsonAtaObject()
        : this(4)
    {
    }

    public JsonAtaObject(int capacity)
    {
        _keys = new List<string>(capacity);
        _values = new List<object?>(capacity);
    }

    /// <summary>The number of members.</summary>
    public int Count => _keys.Count;

    /// <summary>The keys in JavaScript property order.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            if (_unordered)
            {
                OrderIndexKeysFirst();
            }

            return _keys;
        }
    }

    /// <summary>Sets a member, keeping the position of an existing key.</summary>
    public void Set(string key, object? value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            _values[i] = value;
            return;
        }

        if (_keys.Count > 0 && !_unordered && IsArrayIndex(key))
        {
            _unordered = true;
        }

        _keys.Add(key);
        _values.Add(value);
        if (_index != null)
        {
            _index[key] = _keys.Count - 1;
        }
        else if (_keys.Count >= IndexedFrom)
        {
            Reindex();
        }
    }

    /// <summary>The member's value, or null (undefined) when absent.</summary>
    public object? Get(string key)
    {
        int i = IndexOf(key);
        return i >= 0 ? _values[i] : null;
    }

    public bool TryGet(string key, out object? value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Removes a member if present.</summary>
    public void Remove(string key)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            return;
        }

        _keys.RemoveAt(i);
        _values.RemoveAt(i);
        if (_index != null)
        {
            Reindex();
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

    private int IndexOf(string key)
    {
        if (_index != null)
        {
            return _index.TryGetValue(key, out int i) ? i : -1;
        }

        for (int i = 0; i < _keys.Count; i++)
        {
            if (string.Equals(_keys[i], key, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Reindex()
    {
        _index ??= new Dictionary<string, int>(_keys.Count * 2, System.StringComparer.Ordinal);
        _index.Clear();
        for (int i = 0; i < _keys.Count; i++)
        {
            _index[_keys[i]] = i;
        }
    }

    private void OrderIndexKeysFirst()
    {
        var order = new List<int>(_keys.Count);
        for (int i = 0; i < _keys.Count; i++)
        {
            order.Add(i);
        }

        // Stable: index keys by value, the others keep their insertion order.
        order.Sort((a, b) =>
        {
            bool ia = IsArrayIndex(_keys[a]);
            bool ib = IsArrayIndex(_keys[b]);
            if (ia && ib)
            {
                int byValue = _keys[a].Length != _keys[b].Length ? _keys[a].Length.CompareTo(_keys[b].Length) : string.CompareOrdinal(_keys[a], _keys[b]);
                return byValue != 0 ? byValue : a.CompareTo(b);
            }

            return ia ? -1 : ib ? 1 : a.CompareTo(b);
        });
        var keys = new List<string>(_keys.Count);
        var values = new List<object?>(_keys.Count);
        foreach (int i in order)
        {
            keys.Add(_keys[i]);
            values.Add(_values[i]);
        }

        _keys.Clear();
        _keys.AddRange(keys);
        _values.Clear();
        _values.AddRange(values);
        if (_index != null)
        {
            Reindex();
        }

        // Keys added after this point are appended; the next read sorts again only when an index key was added.
        _unordered = false;
    }
}
