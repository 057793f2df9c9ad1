using System;

using StepGen.Asl.Json;

using Stj = System.Text.Json.Nodes;

namespace StepGen.Testing;

/// <summary>One visit of the execution to a state: its input, its output or error, and how many attempts it took.</summary>
public sealed class StateVisit
{
    private readonly JsonNode _input;
    private JsonNode? _output;

    internal StateVisit(string name, JsonNode input, DateTimeOffset entered)
    {
        Name = name;
        _input = input;
        Entered = entered;
    }

    public string Name { get; }

    /// <summary>The state's raw input, as JSON text.</summary>
    public string InputJson => JsonWriter.Write(_input, indented: false);

    /// <summary>The state's raw input (a new copy per call).</summary>
    public Stj.JsonNode? Input => Stj.JsonNode.Parse(InputJson);

    /// <summary>The state's output as JSON text, or null when it did not exit (it failed, or is a Fail state).</summary>
    public string? OutputJson => _output is null ? null : JsonWriter.Write(_output, indented: false);

    /// <summary>The state's output (a new copy per call), or null.</summary>
    public Stj.JsonNode? Output => OutputJson is string json ? Stj.JsonNode.Parse(json) : null;

    /// <summary>The error the visit ended with (after retries; a caught error included), or null.</summary>
    public string? Error { get; private set; }

    public string? Cause { get; private set; }

    /// <summary>Attempts of a Task, Parallel or Map: 1, plus one per retry. 1 for other states.</summary>
    public int Attempts { get; internal set; } = 1;

    public DateTimeOffset Entered { get; }

    /// <summary>When the visit ended on the virtual clock, or null when the execution stopped inside it.</summary>
    public DateTimeOffset? Exited { get; private set; }

    internal void Exit(JsonNode output, DateTimeOffset time)
    {
        _output = output;
        Exited = time;
    }

    internal void Fail(string error, string? cause, DateTimeOffset time)
    {
        Error = error;
        Cause = cause;
        Exited = time;
    }

    public override string ToString() => $"{Name}: {InputJson} -> {OutputJson ?? Error ?? "(running)"}";
}
