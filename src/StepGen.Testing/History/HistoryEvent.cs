using System;
using System.Globalization;
using System.Text;

using StepGen.Asl.Json;
using StepGen.Testing.History;

using Stj = System.Text.Json.Nodes;

namespace StepGen.Testing;

/// <summary>
/// One event of an execution's history, shaped as the <c>GetExecutionHistory</c> API shapes it: an
/// <see cref="Id"/> numbered from 1, the <see cref="PreviousEventId"/> of the event that led to it, a
/// <see cref="Type"/> such as <c>TaskStateEntered</c>, a <see cref="Timestamp"/> on the virtual clock, and one
/// details object named after the type (<c>stateEnteredEventDetails</c>, <c>taskScheduledEventDetails</c>...).
/// </summary>
public sealed class HistoryEvent
{
    private JsonObject? _details;
    private string? _payloadName;
    private JsonNode? _payload;

    internal HistoryEvent(
        long id, long previousEventId, string type, DateTimeOffset timestamp, string? detailsName, JsonObject? details, string? payloadName = null, JsonNode? payload = null)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Type = type;
        Timestamp = timestamp;
        DetailsName = detailsName;
        _details = details;
        _payloadName = payloadName;
        _payload = payload;
    }

    public long Id { get; }

    public long PreviousEventId { get; }

    /// <summary>The event type, as the API names it (<c>ExecutionStarted</c>, <c>PassStateExited</c>...).</summary>
    public string Type { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>The name of the details member (<c>stateExitedEventDetails</c>), or null for events without one.</summary>
    public string? DetailsName { get; }

    /// <summary>The details object, or null. Each call returns a new copy.</summary>
    public Stj.JsonObject? Details => DetailsNode() is JsonObject details ? (Stj.JsonObject?)Stj.JsonNode.Parse(JsonWriter.Write(details, indented: false)) : null;

    /// <summary>The state name of a state event (<c>details.name</c>), or null.</summary>
    public string? StateName => (_details?.Get("name") as JsonString)?.Value;

    /// <summary>
    /// The details, with the payload (a state's input or output) written as JSON text only now: a long run records
    /// two payloads per state, and most histories are never read in full.
    /// </summary>
    private JsonObject? DetailsNode()
    {
        if (_payloadName != null && _payload != null)
        {
            HistoryRecorder.WithPayload(_details ??= new JsonObject(), _payloadName, _payload);
            _payloadName = null;
            _payload = null;
        }

        return _details;
    }

    /// <summary>The event as one JSON object, with the timestamp in ISO 8601 (as the AWS CLI prints it).</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        Write(sb);
        return sb.ToString();
    }

    internal JsonObject ToNode()
    {
        var node = new JsonObject();
        node.Add("timestamp", new JsonString(FormatTimestamp(Timestamp)));
        node.Add("type", new JsonString(Type));
        node.Add("id", JsonNumber.FromInt64(Id));
        node.Add("previousEventId", JsonNumber.FromInt64(PreviousEventId));
        if (DetailsName != null && DetailsNode() is JsonObject details)
        {
            node.Add(DetailsName, details);
        }

        return node;
    }

    internal void Write(StringBuilder sb) => JsonWriter.Write(sb, ToNode(), indented: false);

    public override string ToString() => $"{Id} {Type}" + (StateName is null ? string.Empty : " " + StateName);

    /// <summary>UTC, millisecond precision: <c>2026-01-01T00:00:00.000Z</c>.</summary>
    internal static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
