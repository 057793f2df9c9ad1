using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using StepGen.Asl.Json;
using StepGen.Testing.Execution;

using Stj = System.Text.Json.Nodes;

namespace StepGen.Testing;

/// <summary>
/// How an execution ended: <see cref="Status"/>, the output or the error and cause, the history as
/// <c>GetExecutionHistory</c> shapes it, and each state's visits.
/// </summary>
public sealed class ExecutionResult
{
    private readonly JsonNode? _output;
    private readonly StateLog _states;

    internal ExecutionResult(
        ExecutionStatus status, JsonNode? output, string? error, string? cause, IReadOnlyList<HistoryEvent> history, StateLog states, DateTimeOffset start, DateTimeOffset stop)
    {
        Status = status;
        _output = output;
        Error = error;
        Cause = cause;
        History = history;
        _states = states;
        StartTime = start;
        StopTime = stop;
    }

    public ExecutionStatus Status { get; }

    /// <summary>The status as the API spells it: <c>SUCCEEDED</c>, <c>FAILED</c>, <c>TIMED_OUT</c>, <c>ABORTED</c>.</summary>
    public string StatusName => Status switch
    {
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        _ => "ABORTED",
    };

    /// <summary>The execution's output as JSON text; null unless it succeeded.</summary>
    public string? OutputJson => _output is null ? null : JsonWriter.Write(_output, indented: false);

    /// <summary>The execution's output (a new copy per call); null unless it succeeded, or when the output is JSON null.</summary>
    public Stj.JsonNode? Output => OutputJson is string json ? Stj.JsonNode.Parse(json) : null;

    /// <summary>The error of a failed execution; null where AWS reports none (a Fail state without Error, a timeout).</summary>
    public string? Error { get; }

    /// <summary>The cause of a failed execution; null where AWS reports none.</summary>
    public string? Cause { get; }

    public IReadOnlyList<HistoryEvent> History { get; }

    public DateTimeOffset StartTime { get; }

    /// <summary>When the execution ended on the virtual clock.</summary>
    public DateTimeOffset StopTime { get; }

    /// <summary>The virtual time the execution took.</summary>
    public TimeSpan Duration => StopTime - StartTime;

    /// <summary>The visits to the state <paramref name="name"/> (empty when it was never entered), in order.</summary>
    public IReadOnlyList<StateVisit> State(string name) => _states.Visits(name);

    /// <summary>Whether the execution entered the state <paramref name="name"/>.</summary>
    public bool Entered(string name) => _states.Visits(name).Count > 0;

    /// <summary>The output deserialized to <typeparamref name="T"/> (the generated ExecutionOutput record, say).</summary>
    /// <exception cref="InvalidOperationException">The execution did not succeed.</exception>
    public T? OutputAs<T>(JsonSerializerOptions? options = null) =>
        JsonSerializer.Deserialize<T>(RequireOutput(), options);

    /// <summary>The output deserialized with source-generated metadata (trimming and AOT safe).</summary>
    public T? OutputAs<T>(JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(RequireOutput(), typeInfo);

    /// <summary>
    /// The result as <c>stepgen run</c> prints it: <c>{"status", "output", "error", "cause", "history"}</c>, where
    /// output is the JSON value (not text) and history the events.
    /// </summary>
    public string ToJson()
    {
        var root = new JsonObject();
        root.Add("status", new JsonString(StatusName));
        root.Add("output", _output ?? JsonNode.Null);
        root.Add("error", Error is null ? JsonNode.Null : new JsonString(Error));
        root.Add("cause", Cause is null ? JsonNode.Null : new JsonString(Cause));
        var history = new JsonArray();
        foreach (HistoryEvent e in History)
        {
            history.Add(e.ToNode());
        }

        root.Add("history", history);
        return JsonWriter.Write(root, indented: true);
    }

    public override string ToString()
    {
        var sb = new StringBuilder(StatusName);
        if (Status == ExecutionStatus.Succeeded)
        {
            sb.Append(' ').Append(OutputJson);
        }
        else if (Error != null || Cause != null)
        {
            sb.Append(' ').Append(Error).Append(": ").Append(Cause);
        }

        return sb.ToString();
    }

    private string RequireOutput() =>
        Status == ExecutionStatus.Succeeded && OutputJson is string json
            ? json
            : throw new InvalidOperationException($"The execution has no output: it ended {StatusName}{(Error is null ? string.Empty : " with " + Error)}{(Cause is null ? string.Empty : ": " + Cause)}.");
}
