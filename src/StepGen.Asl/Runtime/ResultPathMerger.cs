using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Applies a <c>ResultPath</c>: puts a state's result into its raw input ("Specifying state output using ResultPath
/// in Step Functions" in the developer guide).
/// </summary>
/// <remarks>
/// <para>
/// The guide's cases: no ResultPath behaves as <c>"$"</c> and the result replaces the input; <c>null</c> discards
/// the result and passes the input on; a path such as <c>$.taskresult</c> or <c>$.strings.lambdaresult</c> adds the
/// result to the input, and a path to an existing node (<c>$.comment</c>) replaces that node. ResultPath is a
/// reference path, so it names one node.
/// </para>
/// <para>
/// Where the guide is silent: missing objects along the path are created (<c>$.a.b</c> on <c>{}</c> gives
/// <c>{"a":{"b":...}}</c>); an index step (<c>$.list[1]</c>) replaces an existing item of an array. A path that goes
/// through a value that is not an object (or, for an index, not an array holding that index), or any ResultPath
/// other than <c>$</c> on an input that is not an object, cannot be applied: the guide names that error
/// <see cref="AslErrorNames.ResultPathMatchFailure"/> ("A state's ResultPath field cannot be applied to the input
/// the state received").
/// </para>
/// <para>
/// The input is never mutated: the objects along the path are copied (copy on write), everything else is shared
/// with the input and the result.
/// </para>
/// </remarks>
public static class ResultPathMerger
{
    /// <summary>The state output before OutputPath: <paramref name="rawInput"/> with <paramref name="result"/> placed at <paramref name="resultPath"/>.</summary>
    /// <param name="rawInput">The state's raw input (before InputPath).</param>
    /// <param name="result">The result (after ResultSelector), or for a Catcher the Error Output.</param>
    /// <param name="resultPath">The ResultPath; null means <c>"ResultPath": null</c> (discard the result).</param>
    /// <exception cref="AslRuntimeException">
    /// <see cref="AslErrorNames.ResultPathMatchFailure"/> when the path cannot be applied;
    /// <see cref="AslErrorNames.Runtime"/> when it is not a valid reference path on <c>$</c>.
    /// </exception>
    public static JsonNode Apply(JsonNode rawInput, JsonNode result, string? resultPath)
    {
        rawInput ??= JsonNode.Null;
        result ??= JsonNode.Null;
        if (resultPath is null)
        {
            return rawInput;
        }

        PathParseResult parsed = PathCache.Parse(resultPath);
        if (parsed.Root != PathRoot.Input || !parsed.IsReferencePath)
        {
            throw new AslRuntimeException(
                AslErrorNames.Runtime,
                "Invalid ResultPath '" + resultPath + "': a ResultPath must be a reference path on '$' (names and non-negative indexes only)");
        }

        IReadOnlyList<PathSegment> segments = parsed.Segments;
        if (segments.Count == 0)
        {
            return result;
        }

        // Walk down, remembering each container on the way, then rebuild the spine bottom-up.
        var spine = new JsonNode?[segments.Count];
        JsonNode? current = rawInput;
        for (int i = 0; i < segments.Count; i++)
        {
            PathSegment segment = segments[i];
            if (segment.Kind == PathSegmentKind.Name)
            {
                if (current is null)
                {
                    spine[i] = null; // created below
                    continue;
                }

                if (current is not JsonObject obj)
                {
                    throw Mismatch(resultPath, rawInput, segments, i, current);
                }

                spine[i] = obj;
                current = obj.Get(segment.Name!);
            }
            else
            {
                int index = segment.Index!.Value;
                if (current is not JsonArray arr || index >= arr.Count)
                {
                    throw Mismatch(resultPath, rawInput, segments, i, current);
                }

                spine[i] = arr;
                current = arr[index];
            }
        }

        JsonNode value = result;
        for (int i = segments.Count - 1; i >= 0; i--)
        {
            PathSegment segment = segments[i];
            if (segment.Kind == PathSegmentKind.Name)
            {
                JsonObject copy = spine[i] is JsonObject source ? JsonValues.ShallowCopy(source) : new JsonObject();
                copy.Add(segment.Name!, value);
                value = copy;
            }
            else
            {
                var source = (JsonArray)spine[i]!;
                var copy = new JsonArray();
                for (int k = 0; k < source.Count; k++)
                {
                    copy.Add(k == segment.Index!.Value ? value : source.Items[k]);
                }

                value = copy;
            }
        }

        return value;
    }

    private static AslRuntimeException Mismatch(string resultPath, JsonNode rawInput, IReadOnlyList<PathSegment> segments, int step, JsonNode? found)
    {
        string where = step == 0 ? "the input" : "'" + resultPath.Substring(0, segments[step].Offset) + "'";
        string expected = segments[step].Kind == PathSegmentKind.Name ? "an object" : "an array with index " + segments[step].Index;
        return new AslRuntimeException(
            AslErrorNames.ResultPathMatchFailure,
            "Unable to apply ResultPath '" + resultPath + "' to input '" + JsonValues.Excerpt(rawInput) + "': " + where + " is "
            + JsonValues.Describe(found) + ", not " + expected);
    }
}
