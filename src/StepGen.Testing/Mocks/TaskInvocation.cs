using System;

using Stj = System.Text.Json.Nodes;

namespace StepGen.Testing;

/// <summary>
/// What a mocked Task receives: the state, its resource, and the payload Step Functions would send (the
/// state's input after <c>InputPath</c> and <c>Parameters</c>).
/// </summary>
public sealed class TaskInvocation
{
    internal TaskInvocation(string stateName, string resource, string payloadJson, int attempt, int invocation, string? taskToken, DateTimeOffset time)
    {
        StateName = stateName;
        Resource = resource;
        PayloadJson = payloadJson;
        Attempt = attempt;
        Invocation = invocation;
        TaskToken = taskToken;
        Time = time;
    }

    public string StateName { get; }

    /// <summary>The Task's <c>Resource</c>, e.g. <c>arn:aws:states:::lambda:invoke</c>.</summary>
    public string Resource { get; }

    /// <summary>The payload as JSON text.</summary>
    public string PayloadJson { get; }

    /// <summary>The payload as a <see cref="System.Text.Json.Nodes.JsonNode"/> (a new copy per call; null for JSON null).</summary>
    public Stj.JsonNode? Payload => Stj.JsonNode.Parse(PayloadJson);

    /// <summary>0 for the first attempt of this visit to the state, 1 for its first retry...</summary>
    public int Attempt { get; }

    /// <summary>How many times this state was invoked before in the execution (retries and Map iterations count).</summary>
    public int Invocation { get; }

    /// <summary>The task token of a <c>.waitForTaskToken</c> task, else null.</summary>
    public string? TaskToken { get; }

    /// <summary>The virtual time of the call.</summary>
    public DateTimeOffset Time { get; }
}
