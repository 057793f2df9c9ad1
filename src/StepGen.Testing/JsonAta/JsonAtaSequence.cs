using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// An array value inside the evaluator: either a JSON array (from the input or an array constructor) or a
/// sequence, the evaluator's own collection of results, which collapses to its single item or to undefined
/// when an expression ends. The flags are the reference implementation's array markers.
/// </summary>
internal sealed class JsonAtaSequence : List<object?>
{
    public JsonAtaSequence()
    {
    }

    public JsonAtaSequence(int capacity)
        : base(capacity)
    {
    }

    /// <summary>A result sequence rather than a JSON array: flattened into paths and collapsed when singleton.</summary>
    public bool IsSequence { get; set; }

    /// <summary>Kept as an array even with one item (the <c>[]</c> keep-array marker on a path step).</summary>
    public bool KeepSingleton { get; set; }

    /// <summary>Built by an array constructor <c>[...]</c>: a path step does not flatten it.</summary>
    public bool IsConstructed { get; set; }

    /// <summary>The singleton sequence that wraps an input document that is itself an array.</summary>
    public bool IsOuterWrapper { get; set; }

    /// <summary>A stream of tuples (focus, index and ancestor bindings) rather than of values.</summary>
    public bool IsTupleStream { get; set; }

    /// <summary>A new empty result sequence.</summary>
    public static JsonAtaSequence Create() => new JsonAtaSequence { IsSequence = true };

    /// <summary>A result sequence holding <paramref name="item"/>.</summary>
    public static JsonAtaSequence Of(object? item)
    {
        var sequence = new JsonAtaSequence { IsSequence = true };
        sequence.Add(item);
        return sequence;
    }
}
