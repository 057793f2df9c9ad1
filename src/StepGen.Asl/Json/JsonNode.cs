using System.Collections.Generic;

namespace StepGen.Asl.Json;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
public enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A node of a JSON document. Subclasses: <see cref="JsonObject"/>, <see cref="JsonArray"/>,
/// <see cref="JsonString"/>, <see cref="JsonNumber"/> and <see cref="JsonLiteral"/> (the singletons
/// <see cref="True"/>, <see cref="False"/> and <see cref="Null"/>).
/// </summary>
/// <remarks>
/// Nodes are plain mutable trees and have reference equality; use <see cref="DeepEquals"/> to
/// compare values. No member of this type or its subclasses throws.
/// </remarks>
public abstract class JsonNode
{
    private protected JsonNode()
    {
    }

    /// <summary>The JSON literal <c>true</c>.</summary>
    public static JsonNode True { get; } = new JsonLiteral(JsonNodeKind.True);

    /// <summary>The JSON literal <c>false</c>.</summary>
    public static JsonNode False { get; } = new JsonLiteral(JsonNodeKind.False);

    /// <summary>The JSON literal <c>null</c>.</summary>
    public static JsonNode Null { get; } = new JsonLiteral(JsonNodeKind.Null);

    public abstract JsonNodeKind Kind { get; }

    /// <summary>Returns <see cref="True"/> or <see cref="False"/>.</summary>
    public static JsonNode FromBoolean(bool value) => value ? True : False;

    /// <summary>What kind of value this is, as a message says it: "an object", "an array", "a string", "a number", "a boolean", "null".</summary>
    public string KindPhrase => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Null => "null",
        _ => "a boolean",
    };

    /// <summary>The compact JSON text of this node (no whitespace).</summary>
    public override string ToString() => JsonWriter.Write(this, indented: false);

    /// <summary>
    /// Structural equality of two JSON values. Numbers compare by their source text
    /// (<c>1</c> and <c>1.0</c> differ). Object members compare in order unless
    /// <paramref name="ignoreMemberOrder"/> is set. Never recurses; safe for any depth.
    /// </summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b, bool ignoreMemberOrder = false) =>
        DeepEqualsBy(a, b, ignoreMemberOrder, numbersEqual: null);

    /// <summary>
    /// <see cref="DeepEquals(JsonNode?, JsonNode?, bool)"/> with numbers compared by <paramref name="numbersEqual"/>
    /// (by their text when null): the run-time value equality compares <c>1</c> and <c>1.0</c> as equal.
    /// </summary>
    internal static bool DeepEqualsBy(JsonNode? a, JsonNode? b, bool ignoreMemberOrder, System.Func<JsonNumber, JsonNumber, bool>? numbersEqual)
    {
        var stack = new Stack<KeyValuePair<JsonNode?, JsonNode?>>();
        stack.Push(new KeyValuePair<JsonNode?, JsonNode?>(a, b));
        int visited = 0;
        while (stack.Count > 0)
        {
            KeyValuePair<JsonNode?, JsonNode?> pair = stack.Pop();
            JsonNode? x = pair.Key;
            JsonNode? y = pair.Value;
            if (ReferenceEquals(x, y))
            {
                continue;
            }

            if (x is null || y is null || x.Kind != y.Kind)
            {
                return false;
            }

            // A cyclic graph built by hand would otherwise loop forever.
            if (++visited > 50_000_000)
            {
                return false;
            }

            switch (x)
            {
                case JsonString s:
                    if (!string.Equals(s.Value, ((JsonString)y).Value, System.StringComparison.Ordinal))
                    {
                        return false;
                    }

                    break;
                case JsonNumber n:
                    if (numbersEqual is null
                        ? !string.Equals(n.Text, ((JsonNumber)y).Text, System.StringComparison.Ordinal)
                        : !numbersEqual(n, (JsonNumber)y))
                    {
                        return false;
                    }

                    break;
                case JsonArray arr:
                    {
                        var other = (JsonArray)y;
                        if (arr.Count != other.Count)
                        {
                            return false;
                        }

                        for (int i = 0; i < arr.Count; i++)
                        {
                            stack.Push(new KeyValuePair<JsonNode?, JsonNode?>(arr[i], other[i]));
                        }

                        break;
                    }

                case JsonObject obj:
                    {
                        var other = (JsonObject)y;
                        if (obj.Count != other.Count)
                        {
                            return false;
                        }

                        IReadOnlyList<KeyValuePair<string, JsonNode>> xm = obj.Members;
                        IReadOnlyList<KeyValuePair<string, JsonNode>> ym = other.Members;
                        for (int i = 0; i < xm.Count; i++)
                        {
                            if (ignoreMemberOrder)
                            {
                                JsonNode? match = other.Get(xm[i].Key);
                                if (match is null)
                                {
                                    return false;
                                }

                                stack.Push(new KeyValuePair<JsonNode?, JsonNode?>(xm[i].Value, match));
                            }
                            else
                            {
                                if (!string.Equals(xm[i].Key, ym[i].Key, System.StringComparison.Ordinal))
                                {
                                    return false;
                                }

                                stack.Push(new KeyValuePair<JsonNode?, JsonNode?>(xm[i].Value, ym[i].Value));
                            }
                        }

                        break;
                    }
            }
        }

        return true;
    }
}

/// <summary>One of the three literals; use <see cref="JsonNode.True"/>, <see cref="JsonNode.False"/>, <see cref="JsonNode.Null"/>.</summary>
public sealed class JsonLiteral : JsonNode
{
    private readonly JsonNodeKind _kind;

    internal JsonLiteral(JsonNodeKind kind) => _kind = kind;

    public override JsonNodeKind Kind => _kind;
}

/// <summary>A JSON object that keeps its members in insertion order. Keys are unique (ordinal).</summary>
public sealed class JsonObject : JsonNode
{
    private readonly List<KeyValuePair<string, JsonNode>> _members = new List<KeyValuePair<string, JsonNode>>();
    private readonly Dictionary<string, int> _index = new Dictionary<string, int>(System.StringComparer.Ordinal);
    private Dictionary<string, JsonSpan>? _keySpans;

    public override JsonNodeKind Kind => JsonNodeKind.Object;

    /// <summary>Where the parser read the object (its braces included); <see cref="JsonSpan.None"/> for a built node.</summary>
    public JsonSpan Span { get; internal set; } = JsonSpan.None;

    /// <summary>The members in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members => _members;

    public int Count => _members.Count;

    /// <summary>
    /// Adds a member at the end. If <paramref name="key"/> already exists, its value is replaced in
    /// place (the member keeps its position) so an object never holds duplicate keys.
    /// A null key is stored as <c>""</c>, a null value as <see cref="JsonNode.Null"/>.
    /// </summary>
    public void Add(string key, JsonNode value)
    {
        key ??= string.Empty;
        value ??= Null;
        if (_index.TryGetValue(key, out int existing))
        {
            _members[existing] = new KeyValuePair<string, JsonNode>(key, value);
            return;
        }

        _index.Add(key, _members.Count);
        _members.Add(new KeyValuePair<string, JsonNode>(key, value));
    }

    /// <summary>Adds a member unless the key exists; returns false (and changes nothing) if it does.</summary>
    public bool TryAdd(string key, JsonNode value)
    {
        key ??= string.Empty;
        if (_index.ContainsKey(key))
        {
            return false;
        }

        Add(key, value);
        return true;
    }

    public bool ContainsKey(string key) => key != null && _index.ContainsKey(key);

    /// <summary>Where the parser read <paramref name="key"/>, or <see cref="JsonSpan.None"/>.</summary>
    public JsonSpan KeySpan(string key) =>
        key != null && _keySpans != null && _keySpans.TryGetValue(key, out JsonSpan span) ? span : JsonSpan.None;

    internal void SetKeySpan(string key, JsonSpan span)
    {
        if (span.IsKnown)
        {
            (_keySpans ??= new Dictionary<string, JsonSpan>(System.StringComparer.Ordinal))[key] = span;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public JsonNode? Get(string key)
    {
        if (key != null && _index.TryGetValue(key, out int i))
        {
            return _members[i].Value;
        }

        return null;
    }
}

/// <summary>A JSON array.</summary>
public sealed class JsonArray : JsonNode
{
    private readonly List<JsonNode> _items = new List<JsonNode>();

    public override JsonNodeKind Kind => JsonNodeKind.Array;

    /// <summary>Where the parser read the array (its brackets included); <see cref="JsonSpan.None"/> for a built node.</summary>
    public JsonSpan Span { get; internal set; } = JsonSpan.None;

    public IReadOnlyList<JsonNode> Items => _items;

    public int Count => _items.Count;

    /// <summary>The item at <paramref name="index"/>, or null when out of range.</summary>
    public JsonNode? this[int index] => index >= 0 && index < _items.Count ? _items[index] : null;

    /// <summary>Appends an item; null is stored as <see cref="JsonNode.Null"/>.</summary>
    public void Add(JsonNode value) => _items.Add(value ?? Null);
}

/// <summary>A JSON string. The value may contain any UTF-16 code units, lone surrogates included.</summary>
public sealed class JsonString : JsonNode
{
    /// <summary>Creates a string node; null becomes <c>""</c>.</summary>
    public JsonString(string value) => Value = value ?? string.Empty;

    public override JsonNodeKind Kind => JsonNodeKind.String;

    public string Value { get; }

    /// <summary>Where the parser read the string (quotes included); <see cref="JsonSpan.None"/> for a built node.</summary>
    public JsonSpan Span { get; internal set; } = JsonSpan.None;
}

/// <summary>
/// Where a string token (quotes included) stands in the text it was parsed from. <see cref="Verbatim"/> is true
/// when the token has no escape sequence, so the value's character <c>i</c> is the text's <c>Offset + 1 + i</c>.
/// </summary>
public readonly struct JsonSpan
{
    public JsonSpan(int offset, int length, bool verbatim)
    {
        Offset = offset;
        Length = length;
        Verbatim = verbatim;
    }

    /// <summary>No position: the node was built, not parsed.</summary>
    public static JsonSpan None => new JsonSpan(-1, 0, false);

    public int Offset { get; }

    public int Length { get; }

    public bool Verbatim { get; }

    public bool IsKnown => Offset >= 0;
}
