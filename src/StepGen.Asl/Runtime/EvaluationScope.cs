using System;
using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Asl.Runtime;

/// <summary>
/// What an expression is evaluated against: the current effective input (<c>$</c>), the Context Object
/// (<c>$$</c>), the workflow variables (<c>$name</c>) and the two sources of chance, States.MathRandom's
/// <see cref="NextRandom"/> and States.UUID's <see cref="NewGuid"/>, which tests replace to be deterministic.
/// </summary>
/// <remarks>
/// A scope is immutable; <see cref="WithInput"/> makes the scope of the next step of a state's data flow. Nothing
/// evaluated against it mutates its nodes, and values it returns may share nodes with them, so callers must not
/// mutate either.
/// </remarks>
public sealed class EvaluationScope
{
    private static readonly IReadOnlyDictionary<string, JsonNode> NoVariables = new Dictionary<string, JsonNode>();

    public EvaluationScope(
        JsonNode input,
        JsonNode? context = null,
        IReadOnlyDictionary<string, JsonNode>? variables = null,
        Func<double>? nextRandom = null,
        Func<Guid>? newGuid = null)
    {
        Input = input ?? JsonNode.Null;
        Context = context ?? new JsonObject();
        Variables = variables ?? NoVariables;
        if (nextRandom is null)
        {
            var random = new Random();
            nextRandom = () =>
            {
                lock (random)
                {
                    return random.NextDouble();
                }
            };
        }

        NextRandom = nextRandom;
        NewGuid = newGuid ?? Guid.NewGuid;
    }

    /// <summary>The value of <c>$</c>.</summary>
    public JsonNode Input { get; }

    /// <summary>The value of <c>$$</c> (an empty object when none was given).</summary>
    public JsonNode Context { get; }

    /// <summary>The values of <c>$name</c> paths, by name without the <c>$</c>.</summary>
    public IReadOnlyDictionary<string, JsonNode> Variables { get; }

    /// <summary>A number in [0, 1), as <see cref="Random.NextDouble"/>; used by States.MathRandom without a seed.</summary>
    public Func<double> NextRandom { get; }

    /// <summary>A new version 4 UUID; used by States.UUID.</summary>
    public Func<Guid> NewGuid { get; }

    /// <summary>This scope with another input: the same context, variables and hooks.</summary>
    public EvaluationScope WithInput(JsonNode input) => new EvaluationScope(input, Context, Variables, NextRandom, NewGuid);
}
