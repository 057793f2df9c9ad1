using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Testing.Execution;

namespace StepGen.Testing.History;

/// <summary>
/// Numbers and keeps the events of one execution. Each event follows its strand's last event
/// (<c>previousEventId</c>), and becomes that strand's last event.
/// </summary>
internal sealed class HistoryRecorder
{
    private readonly List<HistoryEvent> _events = new();

    public IReadOnlyList<HistoryEvent> Events => _events;

    public long LastId => _events.Count;

    public HistoryEvent Add(Strand strand, string type, string? detailsName = null, JsonObject? details = null) =>
        Add(strand, type, detailsName, details, null, null);

    /// <summary>An event whose details end with a payload (<c>input</c> or <c>output</c>), written when first read.</summary>
    public HistoryEvent Add(Strand strand, string type, string? detailsName, JsonObject? details, string? payloadName, JsonNode? payload)
    {
        var e = new HistoryEvent(_events.Count + 1, strand.LastEventId, type, strand.Now, detailsName, details, payloadName, payload);
        _events.Add(e);
        strand.LastEventId = e.Id;
        return e;
    }

    /// <summary>A details object with string members, skipping null values.</summary>
    public static JsonObject Details(params (string Name, string? Value)[] members)
    {
        var details = new JsonObject();
        foreach ((string name, string? value) in members)
        {
            if (value != null)
            {
                details.Add(name, new JsonString(value));
            }
        }

        return details;
    }

    /// <summary>Adds the JSON text of <paramref name="value"/> and its <c>...Details: {"truncated": false}</c>.</summary>
    public static JsonObject WithPayload(JsonObject details, string member, JsonNode value)
    {
        details.Add(member, new JsonString(JsonWriter.Write(value, indented: false)));
        var truncated = new JsonObject();
        truncated.Add("truncated", JsonNode.False);
        details.Add(member + "Details", truncated);
        return details;
    }
}
