using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Applies the segments of a parsed path to a root node (see <see cref="PathEvaluator"/> for the rules). Iterative:
/// the only recursion is a filter's own paths, bounded by the nesting of the filter text.
/// </summary>
internal static class PathWalk
{
    /// <summary>Runs <paramref name="parsed"/> from <paramref name="root"/> (null: an undefined variable).</summary>
    public static Result Run(PathParseResult parsed, JsonNode? root, EvaluationScope scope)
    {
        IReadOnlyList<PathSegment> segments = parsed.Segments;
        var normalized = new StringBuilder(parsed.Path.Length + 16);
        normalized.Append(parsed.Path, 0, parsed.RootLength);
        if (root is null)
        {
            return Result.Missing(normalized.ToString());
        }

        var current = new List<JsonNode> { root };
        bool definite = true;
        for (int i = 0; i < segments.Count; i++)
        {
            PathSegment segment = segments[i];
            bool last = i == segments.Count - 1;
            AppendNormalized(normalized, segment);
            if (segment.Kind == PathSegmentKind.Function)
            {
                JsonNode? input = definite ? (current.Count == 1 ? current[0] : null) : ToArray(current);
                JsonNode? value = input is null ? null : ApplyFunction(segment, input, parsed.Path);
                return value is null ? Result.Missing(normalized.ToString()) : Result.Found(value);
            }

            if (segment.IsDeepScan)
            {
                definite = false;
                current = Descendants(current);
            }

            var next = new List<JsonNode>();
            switch (segment.Kind)
            {
                case PathSegmentKind.Name:
                    foreach (JsonNode node in current)
                    {
                        if (node is JsonObject obj && obj.Get(segment.Name!) is JsonNode v)
                        {
                            next.Add(v);
                        }
                    }

                    break;
                case PathSegmentKind.Index:
                    foreach (JsonNode node in current)
                    {
                        if (node is JsonArray arr && ItemAt(arr, segment.Index!.Value) is JsonNode v)
                        {
                            next.Add(v);
                        }
                    }

                    break;
                case PathSegmentKind.Wildcard:
                    definite = false;
                    foreach (JsonNode node in current)
                    {
                        AddChildren(node, next);
                    }

                    break;
                case PathSegmentKind.Slice:
                    definite = false;
                    foreach (JsonNode node in current)
                    {
                        if (node is JsonArray arr)
                        {
                            AddSlice(arr, segment.SliceStart, segment.SliceEnd, segment.SliceStep ?? 1, next);
                        }
                    }

                    break;
                case PathSegmentKind.Union when segment.UnionIndexes.Count > 0:
                    definite = false;
                    foreach (JsonNode node in current)
                    {
                        if (node is JsonArray arr)
                        {
                            foreach (int index in segment.UnionIndexes)
                            {
                                if (ItemAt(arr, index) is JsonNode v)
                                {
                                    next.Add(v);
                                }
                            }
                        }
                    }

                    break;
                case PathSegmentKind.Union:
                    if (last && definite)
                    {
                        // Jayway's "multi-property merge": the members found, as one object.
                        if (current.Count == 1 && current[0] is JsonObject source)
                        {
                            var merged = new JsonObject();
                            foreach (string name in segment.UnionNames)
                            {
                                if (source.Get(name) is JsonNode v)
                                {
                                    merged.Add(name, v);
                                }
                            }

                            next.Add(merged);
                        }

                        break;
                    }

                    definite = false;
                    foreach (JsonNode node in current)
                    {
                        if (node is JsonObject obj)
                        {
                            foreach (string name in segment.UnionNames)
                            {
                                if (obj.Get(name) is JsonNode v)
                                {
                                    next.Add(v);
                                }
                            }
                        }
                    }

                    break;
                case PathSegmentKind.Filter:
                    {
                        definite = false;
                        FilterExpression filter = FilterExpression.Get(segment.Expression ?? string.Empty, parsed.Path);
                        foreach (JsonNode node in current)
                        {
                            if (node is JsonArray arr)
                            {
                                foreach (JsonNode item in arr.Items)
                                {
                                    if (filter.Matches(item, root, scope))
                                    {
                                        next.Add(item);
                                    }
                                }
                            }
                            else if (node is JsonObject && !segment.IsDeepScan && filter.Matches(node, root, scope))
                            {
                                // Jayway applies a filter on an object to the object itself.
                                next.Add(node);
                            }
                        }

                        break;
                    }
            }

            current = next;
            if (definite && current.Count == 0)
            {
                return Result.Missing(normalized.ToString());
            }
        }

        if (!definite)
        {
            return Result.Found(ToArray(current));
        }

        return current.Count == 1 ? Result.Found(current[0]) : Result.Missing(normalized.ToString());
    }

    /// <summary>The item at <paramref name="index"/>, counting from the end when negative (Jayway), or null.</summary>
    private static JsonNode? ItemAt(JsonArray array, int index) => array[index < 0 ? array.Count + index : index];

    private static void AddChildren(JsonNode node, List<JsonNode> into)
    {
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode> member in obj.Members)
            {
                into.Add(member.Value);
            }
        }
        else if (node is JsonArray arr)
        {
            into.AddRange(arr.Items);
        }
    }

    /// <summary>Slice bounds as Python and Jayway read them: negative counts from the end, out of range is clamped.</summary>
    private static void AddSlice(JsonArray array, int? start, int? end, int step, List<JsonNode> into)
    {
        int n = array.Count;
        if (step == 0)
        {
            return;
        }

        if (step > 0)
        {
            int from = Clamp(start ?? 0, n, 0, n);
            int to = Clamp(end ?? n, n, 0, n);
            for (int i = from; i < to; i += step)
            {
                into.Add(array.Items[i]);
            }
        }
        else
        {
            int from = Clamp(start ?? n - 1, n, -1, n - 1);
            int to = end.HasValue ? Clamp(end.Value, n, -1, n - 1) : -1;
            for (int i = from; i > to; i += step)
            {
                into.Add(array.Items[i]);
            }
        }
    }

    private static int Clamp(int bound, int n, int min, int max)
    {
        long v = bound < 0 ? (long)n + bound : bound;
        return v < min ? min : v > max ? max : (int)v;
    }

    /// <summary>Every container at or below the given nodes, each node before its children (Jayway's scan order).</summary>
    private static List<JsonNode> Descendants(List<JsonNode> roots)
    {
        var all = new List<JsonNode>();
        var stack = new Stack<JsonNode>();
        for (int r = roots.Count - 1; r >= 0; r--)
        {
            stack.Push(roots[r]);
        }

        while (stack.Count > 0)
        {
            JsonNode node = stack.Pop();
            if (node is JsonObject obj)
            {
                all.Add(node);
                for (int i = obj.Count - 1; i >= 0; i--)
                {
                    stack.Push(obj.Members[i].Value);
                }
            }
            else if (node is JsonArray arr)
            {
                all.Add(node);
                for (int i = arr.Count - 1; i >= 0; i--)
                {
                    stack.Push(arr.Items[i]);
                }
            }
        }

        return all;
    }

    private static JsonArray ToArray(List<JsonNode> nodes)
    {
        var array = new JsonArray();
        foreach (JsonNode node in nodes)
        {
            array.Add(node);
        }

        return array;
    }

    /// <summary>
    /// Jayway's <c>length()</c>: the number of items of an array or members of an object. The guide documents no
    /// path function (its "Reference Paths" section only says reference paths exclude them), so the others Jayway
    /// has are refused rather than guessed.
    /// </summary>
    private static JsonNode? ApplyFunction(PathSegment segment, JsonNode input, string path)
    {
        if (segment.Name == "length" && string.IsNullOrWhiteSpace(segment.Expression))
        {
            return input switch
            {
                JsonArray a => JsonNumber.FromInt64(a.Count),
                JsonObject o => JsonNumber.FromInt64(o.Count),
                _ => null,
            };
        }

        throw new AslRuntimeException(
            AslErrorNames.Runtime,
            "Invalid path '" + path + "': the function '" + segment.Name + "()' is not supported; only length() is");
    }

    private static void AppendNormalized(StringBuilder sb, PathSegment segment)
    {
        if (segment.IsDeepScan)
        {
            sb.Append("..");
        }

        switch (segment.Kind)
        {
            case PathSegmentKind.Name:
                sb.Append("['").Append(segment.Name).Append("']");
                break;
            case PathSegmentKind.Index:
                sb.Append('[').Append(segment.Index!.Value.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case PathSegmentKind.Wildcard:
                sb.Append("[*]");
                break;
            case PathSegmentKind.Function:
                sb.Append('.').Append(segment.Name).Append("()");
                break;
            case PathSegmentKind.Union when segment.UnionNames.Count > 0:
                sb.Append("['").Append(string.Join("','", segment.UnionNames)).Append("']");
                break;
            default:
                sb.Append('[').Append(Text(segment)).Append(']');
                break;
        }
    }

    private static string Text(PathSegment segment) => segment.Kind switch
    {
        PathSegmentKind.Filter => "?(" + segment.Expression + ")",
        PathSegmentKind.Slice => Bound(segment.SliceStart) + ":" + Bound(segment.SliceEnd) + (segment.SliceStep.HasValue ? ":" + Bound(segment.SliceStep) : string.Empty),
        _ => string.Join(",", segment.UnionIndexes),
    };

    private static string Bound(int? value) => value.HasValue ? value.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>What a path gave: a value (an array for an indefinite path), or where a definite one found nothing.</summary>
    internal readonly struct Result
    {
        private Result(JsonNode? value, string failedAt)
        {
            Value = value;
            FailedAt = failedAt;
        }

        /// <summary>The value; null when a definite path matched nothing.</summary>
        public JsonNode? Value { get; }

        /// <summary>The normalized path up to the step that found nothing, as Jayway writes it: <c>$['a']['b']</c>.</summary>
        public string FailedAt { get; }

        public static Result Found(JsonNode value) => new Result(value, string.Empty);

        public static Result Missing(string failedAt) => new Result(null, failedAt);
    }
}
