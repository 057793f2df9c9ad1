using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Testing.Definition;

/// <summary>
/// Reads typed fields of one JSON object of a definition (a state, a retrier, a catcher), throwing a
/// <see cref="StateMachineDefinitionException"/> that names the state and field when a value has the wrong type.
/// </summary>
internal readonly struct FieldReader
{
    private readonly string _state;
    private readonly string _prefix;
    private readonly JsonObject _json;

    public FieldReader(string state, JsonObject json, string prefix = "")
    {
        _state = state;
        _json = json;
        _prefix = prefix;
    }

    /// <summary>The object this reader reads.</summary>
    public JsonObject Source => _json;

    public JsonNode? Json(string field) => _json.Get(field);

    public string? String(string field) => _json.Get(field) switch
    {
        null => null,
        JsonString s => s.Value,
        _ => throw Wrong(field, "a string"),
    };

    public string RequiredString(string field) =>
        String(field) ?? throw new StateMachineDefinitionException($"State '{_state}' has no {_prefix}{field}: add it.");

    public bool Bool(string field) => _json.Get(field) switch
    {
        null => false,
        JsonNode b when b.Kind == JsonNodeKind.True => true,
        JsonNode b when b.Kind == JsonNodeKind.False => false,
        _ => throw Wrong(field, "true or false"),
    };

    public long? Integer(string field) => _json.Get(field) switch
    {
        null => null,
        JsonNumber n when n.TryGetInt64(out long value) => value,
        _ => throw Wrong(field, "an integer"),
    };

    public double? Number(string field) => _json.Get(field) switch
    {
        null => null,
        JsonNumber n when n.TryGetDouble(out double value) => value,
        _ => throw Wrong(field, "a number"),
    };

    /// <summary>A path field: absent is <c>"$"</c>, JSON null is null, otherwise a string.</summary>
    public string? Path(string field) => _json.Get(field) switch
    {
        null => "$",
        JsonNode n when n.Kind == JsonNodeKind.Null => null,
        JsonString s => s.Value,
        _ => throw Wrong(field, "a path string or null"),
    };

    public JsonObject? Object(string field) => _json.Get(field) switch
    {
        null => null,
        JsonObject o => o,
        _ => throw Wrong(field, "an object"),
    };

    public JsonArray? Array(string field) => _json.Get(field) switch
    {
        null => null,
        JsonArray a => a,
        _ => throw Wrong(field, "an array"),
    };

    public IReadOnlyList<string> Strings(string field)
    {
        JsonArray? array = Array(field);
        if (array is null)
        {
            throw new StateMachineDefinitionException($"State '{_state}' has no {_prefix}{field}: add a list of error names.");
        }

        var values = new List<string>(array.Count);
        foreach (JsonNode item in array.Items)
        {
            values.Add(item is JsonString s ? s.Value : throw Wrong(field, "an array of strings"));
        }

        return values;
    }

    /// <summary>A reader for the object at <c>field[index]</c>.</summary>
    public FieldReader Element(string field, int index) =>
        Array(field)?[index] is JsonObject element
            ? new FieldReader(_state, element, $"{_prefix}{field}[{index}].")
            : throw Wrong($"{field}[{index}]", "an object");

    private StateMachineDefinitionException Wrong(string field, string expected) =>
        new($"State '{_state}': {_prefix}{field} must be {expected}, not {Describe(_json.Get(field))}.");

    private static string Describe(JsonNode? value) => value switch
    {
        null => "absent",
        JsonString s => "the string \"" + s.Value + "\"",
        _ => value.ToString(),
    };
}
