using System;
using System.Collections.Generic;

namespace StepGen.Asl.Paths;

/// <summary>What the root of a path refers to.</summary>
public enum PathRoot
{
    /// <summary><c>$</c>: the state's input (or the template's input).</summary>
    Input,

    /// <summary><c>$$</c>: the Context Object.</summary>
    Context,

    /// <summary><c>$name</c>: a workflow variable (<see cref="PathParseResult.VariableName"/>).</summary>
    Variable,
}

/// <summary>The kind of one step of a path.</summary>
public enum PathSegmentKind
{
    /// <summary><c>.name</c>, <c>['name']</c> or <c>["name"]</c>.</summary>
    Name,

    /// <summary><c>[3]</c> or <c>[-1]</c>.</summary>
    Index,

    /// <summary><c>.*</c> or <c>[*]</c>.</summary>
    Wildcard,

    /// <summary><c>[?(...)]</c>.</summary>
    Filter,

    /// <summary><c>[1:3]</c>, <c>[-1:]</c>, <c>[:2]</c>, <c>[0:10:2]</c>.</summary>
    Slice,

    /// <summary><c>[0,1]</c> or <c>['a','b']</c>.</summary>
    Union,

    /// <summary><c>.length()</c> and other Jayway functions (always the last step).</summary>
    Function,
}

/// <summary>
/// One step of a parsed path. <see cref="Offset"/>/<see cref="Length"/> cover the whole step in the
/// source, its leading <c>.</c> or <c>..</c> and brackets included, so the root text followed by every
/// segment's text is the path. <see cref="NameOffset"/>/<see cref="NameLength"/> cover just the name
/// (inside the quotes for <c>['name']</c>) or the index digits, for pointing at "the unknown field".
/// </summary>
public sealed class PathSegment
{
    private static readonly IReadOnlyList<string> NoNames = Array.Empty<string>();
    private static readonly IReadOnlyList<int> NoIndexes = Array.Empty<int>();

    internal PathSegment(PathSegmentKind kind, int offset, int length, bool isDeepScan)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
        NameOffset = offset;
        NameLength = length;
        IsDeepScan = isDeepScan;
    }

    public PathSegmentKind Kind { get; }

    /// <summary>The property name (unescaped) of a <see cref="PathSegmentKind.Name"/> step, or the function name.</summary>
    public string? Name { get; internal set; }

    /// <summary>The index of a <see cref="PathSegmentKind.Index"/> step (may be negative).</summary>
    public int? Index { get; internal set; }

    public bool IsWildcard => Kind == PathSegmentKind.Wildcard;

    /// <summary>True when the step is preceded by <c>..</c> (recursive descent).</summary>
    public bool IsDeepScan { get; }

    public bool IsFilter => Kind == PathSegmentKind.Filter;

    public bool IsSlice => Kind == PathSegmentKind.Slice;

    public bool IsUnion => Kind == PathSegmentKind.Union;

    public bool IsFunction => Kind == PathSegmentKind.Function;

    /// <summary>True for the bracket forms (<c>['a']</c>, <c>[0]</c>, <c>[*]</c>, ...).</summary>
    public bool IsBracketed { get; internal set; }

    public int Offset { get; }

    public int Length { get; }

    public int NameOffset { get; internal set; }

    public int NameLength { get; internal set; }

    /// <summary>Slice bounds; null when omitted (<c>[:2]</c> has no start).</summary>
    public int? SliceStart { get; internal set; }

    public int? SliceEnd { get; internal set; }

    public int? SliceStep { get; internal set; }

    /// <summary>The names of a <c>['a','b']</c> union (empty otherwise).</summary>
    public IReadOnlyList<string> UnionNames { get; internal set; } = NoNames;

    /// <summary>The indexes of a <c>[0,1]</c> union (empty otherwise).</summary>
    public IReadOnlyList<int> UnionIndexes { get; internal set; } = NoIndexes;

    /// <summary>The filter expression between <c>?(</c> and <c>)</c>, or a function's argument text.</summary>
    public string? Expression { get; internal set; }

    public override string ToString() =>
        Kind + (Name != null ? " " + Name : string.Empty) + (Index.HasValue ? " " + Index.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}
