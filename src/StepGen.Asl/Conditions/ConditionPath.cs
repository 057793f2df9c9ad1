using StepGen.Asl.Paths;

namespace StepGen.Asl.Conditions;

/// <summary>One path used in a condition, for example <c>$.status</c> or <c>$$.Execution.Name</c>.</summary>
public sealed class ConditionPath
{
    internal ConditionPath(string path, int offset, int length, PathParseResult parsed)
    {
        Path = path;
        Offset = offset;
        Length = length;
        Parsed = parsed;
    }

    /// <summary>The path text as written.</summary>
    public string Path { get; }

    /// <summary>The index of the path's <c>$</c> in the condition string.</summary>
    public int Offset { get; }

    /// <summary>The length of the path text in the condition string.</summary>
    public int Length { get; }

    /// <summary>The parsed path (always successful).</summary>
    public PathParseResult Parsed { get; }

    public override string ToString() => Path;
}
