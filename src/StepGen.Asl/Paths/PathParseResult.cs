using System;
using System.Collections.Generic;

namespace StepGen.Asl.Paths;

/// <summary>
/// The outcome of <see cref="PathParser.Parse"/>. On failure <see cref="Error"/> says what is wrong,
/// <see cref="ErrorOffset"/>/<see cref="ErrorLength"/> locate it in <see cref="Path"/>, and
/// <see cref="Segments"/> holds the steps read before the problem.
/// </summary>
public sealed class PathParseResult
{
    internal PathParseResult(
        string path,
        string? error,
        int errorOffset,
        int errorLength,
        PathRoot root,
        string? variableName,
        int rootLength,
        IReadOnlyList<PathSegment> segments,
        bool isReferencePath)
    {
        Path = path;
        Error = error;
        ErrorOffset = errorOffset;
        ErrorLength = errorLength;
        Root = root;
        VariableName = variableName;
        RootLength = rootLength;
        Segments = segments ?? Array.Empty<PathSegment>();
        IsReferencePath = error == null && isReferencePath;
    }

    /// <summary>The parsed text (never null).</summary>
    public string Path { get; }

    public bool Success => Error == null;

    public string? Error { get; }

    public int ErrorOffset { get; }

    public int ErrorLength { get; }

    public PathRoot Root { get; }

    /// <summary>For <see cref="PathRoot.Variable"/>: the variable name without <c>$</c>.</summary>
    public string? VariableName { get; }

    /// <summary>The length of the root text: 1 for <c>$</c>, 2 for <c>$$</c>, 1 + name length for a variable.</summary>
    public int RootLength { get; }

    /// <summary>
    /// True when the path can only denote one node: its steps are only names and non-negative
    /// indexes (no <c>*</c>, <c>..</c>, filters, slices, unions, negative indexes or functions).
    /// Always false on failure. Whether the root is allowed (for example <c>$$</c> in
    /// <c>ResultPath</c>) is for the caller to decide.
    /// </summary>
    public bool IsReferencePath { get; }

    public IReadOnlyList<PathSegment> Segments { get; }

    public override string ToString() => Success ? Path : "error at " + ErrorOffset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Error;
}
