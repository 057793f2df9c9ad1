using System.Collections.Generic;

namespace StepGen.Asl.Conditions;

/// <summary>The outcome of <see cref="ConditionParser.Parse"/>: the syntax tree, or the first syntax error.</summary>
internal sealed class ConditionParseResult
{
    public ConditionParseResult(
        ConditionSyntax? root,
        ConditionError? error,
        IReadOnlyList<ComparisonSyntax> comparisons,
        IReadOnlyList<ConditionPath> paths)
    {
        Root = error == null ? root : null;
        Error = error;
        Comparisons = comparisons;
        Paths = paths;
    }

    /// <summary>The whole condition; null when <see cref="Error"/> is set.</summary>
    public ConditionSyntax? Root { get; }

    public ConditionError? Error { get; }

    /// <summary>Every comparison read completely, in the order written (on failure: those before the error).</summary>
    public IReadOnlyList<ComparisonSyntax> Comparisons { get; }

    /// <summary>Every valid path read, in the order written (on failure: those read before the error).</summary>
    public IReadOnlyList<ConditionPath> Paths { get; }
}
