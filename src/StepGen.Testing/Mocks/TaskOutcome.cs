using System;
using System.Collections.Generic;
using System.Text.Json;

using StepGen.Asl.Json;

namespace StepGen.Testing;

/// <summary>
/// What a mocked Task does: return a result (any JSON value) or fail with an error and cause, optionally after
/// some virtual time (to exercise <c>TimeoutSeconds</c>).
/// </summary>
public sealed class TaskOutcome
{
    private TaskOutcome(JsonNode? result, string? error, string? cause, TimeSpan duration, IReadOnlyList<TimeSpan>? heartbeats = null)
    {
        ResultNode = result;
        Error = error;
        Cause = cause;
        Duration = duration;
        Heartbeats = heartbeats ?? [];
    }

    /// <summary>The error name of a failure, or null for a result.</summary>
    public string? Error { get; }

    public string? Cause { get; }

    /// <summary>How long the task takes on the virtual clock (zero by default).</summary>
    public TimeSpan Duration { get; }

    /// <summary>When the worker sends heartbeats (SendTaskHeartbeat), as offsets from the task's start.</summary>
    public IReadOnlyList<TimeSpan> Heartbeats { get; }

    internal JsonNode? ResultNode { get; }

    /// <summary>Why the outcome cannot be used (its result is not JSON), or null.</summary>
    internal string? Invalid { get; private init; }

    /// <summary>
    /// The task returns the JSON value written in <paramref name="json"/>. Text that is not JSON makes the run
    /// throw <see cref="InvalidMockException"/> naming the state, when the task uses this outcome.
    /// </summary>
    public static TaskOutcome Return(string json)
    {
        JsonParseResult parsed = JsonParser.Parse(json ?? "null", 512);
        if (!parsed.Success)
        {
            return new TaskOutcome(null, null, null, TimeSpan.Zero)
            {
                Invalid = $"its result is not JSON: {parsed.Error} at offset {parsed.ErrorOffset} of {Shorten(json ?? string.Empty)}",
            };
        }

        return new TaskOutcome(parsed.Value, null, null, TimeSpan.Zero);
    }

    /// <summary>The task returns <paramref name="value"/>, serialized with System.Text.Json.</summary>
    public static TaskOutcome ReturnValue<T>(T value, JsonSerializerOptions? options = null) =>
        Return(JsonSerializer.Serialize(value, options));

    /// <summary>The task fails with <paramref name="error"/> (e.g. <c>Lambda.ServiceException</c>) and <paramref name="cause"/>.</summary>
    public static TaskOutcome Throw(string error, string? cause = null) =>
        new TaskOutcome(null, error ?? throw new ArgumentNullException(nameof(error)), cause, TimeSpan.Zero);

    /// <summary>This outcome, arriving after <paramref name="duration"/> of virtual time.</summary>
    public TaskOutcome After(TimeSpan duration) => new TaskOutcome(ResultNode, Error, Cause, duration, Heartbeats) { Invalid = Invalid };

    /// <summary>
    /// This outcome, with heartbeats sent at <paramref name="offsets"/> from the task's start: a task with
    /// HeartbeatSeconds times out (States.HeartbeatTimeout) when a gap between heartbeats, or before the
    /// outcome, is longer than that.
    /// </summary>
    public TaskOutcome WithHeartbeats(params TimeSpan[] offsets)
    {
        var sorted = new List<TimeSpan>(offsets ?? []);
        sorted.Sort();
        return new TaskOutcome(ResultNode, Error, Cause, Duration, sorted) { Invalid = Invalid };
    }

    internal static TaskOutcome FromNode(JsonNode result) => new TaskOutcome(result, null, null, TimeSpan.Zero);

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
