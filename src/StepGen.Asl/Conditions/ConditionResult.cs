using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Json;

namespace StepGen.Asl.Conditions;

/// <summary>
/// The outcome of <see cref="ConditionCompiler.Compile"/>: either an ASL choice rule (without <c>Next</c>)
/// or one error located in the condition text.
/// </summary>
public sealed class ConditionResult
{
    internal ConditionResult(JsonObject? rule, string? error, int errorOffset, int errorLength, IReadOnlyList<ConditionPath> paths)
    {
        Rule = error == null ? rule : null;
        Error = Rule == null ? error ?? "the condition could not be compiled" : null;
        ErrorOffset = Rule == null ? errorOffset : 0;
        ErrorLength = Rule == null ? errorLength : 0;
        Paths = paths;
    }

    /// <summary>True when <see cref="Rule"/> is set (and <see cref="Error"/> is null).</summary>
    public bool Success => Rule != null;

    /// <summary>The compiled ASL choice rule, without <c>Next</c>; null on failure.</summary>
    public JsonObject? Rule { get; }

    /// <summary>What is wrong and what was expected; null on success.</summary>
    public string? Error { get; }

    /// <summary>The index in the condition string where the problem is.</summary>
    public int ErrorOffset { get; }

    /// <summary>How many characters to underline from <see cref="ErrorOffset"/>: at least 1 when something can be underlined, 0 for an empty condition.</summary>
    public int ErrorLength { get; }

    /// <summary>
    /// Every path the condition uses, in the order written, with its position in the condition. On failure it
    /// holds the valid paths read before the problem.
    /// </summary>
    public IReadOnlyList<ConditionPath> Paths { get; }

    public override string ToString() =>
        Rule != null ? Rule.ToString() : "error at " + ErrorOffset.ToString(CultureInfo.InvariantCulture) + ": " + Error;
}
