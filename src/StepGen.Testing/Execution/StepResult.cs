using StepGen.Asl.Json;

namespace StepGen.Testing.Execution;

/// <summary>What a state hands on: its output, and the next state (null when the graph ends here).</summary>
internal readonly struct StepResult
{
    public StepResult(JsonNode output, string? next)
    {
        Output = output;
        Next = next;
    }

    public JsonNode Output { get; }

    public string? Next { get; }
}
