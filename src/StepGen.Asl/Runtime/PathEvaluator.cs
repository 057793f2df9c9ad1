using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Evaluates ASL JSONPath paths against an <see cref="EvaluationScope"/>: <c>$...</c> on the input, <c>$$...</c> on
/// the Context Object, <c>$name...</c> on a workflow variable. Paths are parsed by <see cref="PathParser"/>.
/// </summary>
/// <remarks>
/// <para>
/// The guide's "Paths" page says paths follow Jayway JsonPath syntax (the Java library Step Functions uses), and
/// its "Reference Paths" section that a reference path "can identify only a single node". Which paths give one value
/// and which give a list follows Jayway's "definite path" rule: a path of names and single indexes is definite and
/// gives its one value, or nothing; a path with <c>*</c>, <c>..</c>, a filter, a slice or a union of indexes is
/// indefinite and gives a JSON array of its matches, possibly empty. A union of names as the last step
/// (<c>$['a','b']</c>) gives an object of the members found, as in Jayway. A function (<c>.length()</c>) applies to
/// the value before it, or to the array of matches of an indefinite path, and gives one value.
/// </para>
/// <para>
/// A definite path that matches nothing is an error (<see cref="AslErrorNames.Runtime"/>) with Jayway's
/// "No results for path" cause, the one AWS shows. Values returned share nodes with the scope; do not mutate them.
/// </para>
/// </remarks>
public static class PathEvaluator
{
    /// <summary>
    /// Evaluates a definite path (names and indexes only, such as <c>$.a.b[0]</c>): the one value it identifies.
    /// For fields whose value must be a single node (ItemsPath and the <c>*Path</c> fields). InputPath and OutputPath
    /// are Paths, not reference paths: the guide's InputPath page shows <c>$.a[0:2]</c> giving <c>[1, 2]</c>, so they
    /// use <see cref="Evaluate(string, EvaluationScope)"/>.
    /// </summary>
    /// <exception cref="AslRuntimeException">
    /// <see cref="AslErrorNames.Runtime"/>: the path is invalid, is not definite, or matches nothing.
    /// </exception>
    public static JsonNode EvaluateReference(string path, EvaluationScope scope)
    {
        PathParseResult parsed = PathCache.Parse(path);
        foreach (PathSegment segment in parsed.Segments)
        {
            if (segment.IsDeepScan || (segment.Kind != PathSegmentKind.Name && segment.Kind != PathSegmentKind.Index))
            {
                throw new AslRuntimeException(
                    AslErrorNames.Runtime,
                    "Invalid path '" + path + "': a reference path must identify a single node, with names and indexes only");
            }
        }

        return Evaluate(parsed, scope);
    }

    /// <summary>
    /// Evaluates any path: the value of a definite path, or the JSON array of the matches of an indefinite one.
    /// For InputPath, OutputPath, the values of <c>.$</c> fields and the Choice rule's <c>Variable</c>.
    /// </summary>
    /// <exception cref="AslRuntimeException">
    /// <see cref="AslErrorNames.Runtime"/>: the path is invalid, or is definite and matches nothing.
    /// </exception>
    public static JsonNode Evaluate(string path, EvaluationScope scope) => Evaluate(PathCache.Parse(path), scope);

    /// <summary>
    /// As <see cref="Evaluate(string, EvaluationScope)"/>, but a definite path that matches nothing returns false
    /// instead of throwing (what Choice's IsPresent asks). An indefinite path always "matches": its value is the
    /// array of its matches, possibly empty, as in Jayway.
    /// </summary>
    /// <exception cref="AslRuntimeException"><see cref="AslErrorNames.Runtime"/>: the path is invalid.</exception>
    public static bool TryEvaluate(string path, EvaluationScope scope, out JsonNode? value)
    {
        PathParseResult parsed = PathCache.Parse(path);
        PathWalk.Result result = PathWalk.Run(parsed, RootOf(parsed, scope), scope);
        value = result.Value;
        return value != null;
    }

    internal static JsonNode Evaluate(PathParseResult parsed, EvaluationScope scope)
    {
        PathWalk.Result result = PathWalk.Run(parsed, RootOf(parsed, scope), scope);
        if (result.Value is null)
        {
            throw new AslRuntimeException(AslErrorNames.Runtime, "Invalid path '" + parsed.Path + "' : No results for path: " + result.FailedAt);
        }

        return result.Value;
    }

    /// <summary>The node a path's root names, or null for an undefined variable.</summary>
    internal static JsonNode? RootOf(PathParseResult parsed, EvaluationScope scope)
    {
        switch (parsed.Root)
        {
            case PathRoot.Context:
                return scope.Context;
            case PathRoot.Variable:
                return parsed.VariableName != null && scope.Variables.TryGetValue(parsed.VariableName, out JsonNode? value) ? value : null;
            default:
                return scope.Input;
        }
    }
}
