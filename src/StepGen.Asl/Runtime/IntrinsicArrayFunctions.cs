using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Intrinsics;
using StepGen.Asl.Json;

using Arguments = StepGen.Asl.Runtime.IntrinsicEvaluator.Arguments;

namespace StepGen.Asl.Runtime;

/// <summary>The array intrinsics ("Intrinsics for arrays" in the guide's intrinsic functions page).</summary>
internal static class IntrinsicArrayFunctions
{
    /// <summary>States.Array: "a JSON array containing the values of the arguments in the order provided".</summary>
    public static JsonNode Array(Arguments args)
    {
        var array = new JsonArray();
        for (int i = 0; i < args.Count; i++)
        {
            array.Add(args.Value(i));
        }

        return array;
    }

    /// <summary>
    /// States.ArrayPartition: chunks of the given size, the last one possibly shorter. The guide: the chunk size must
    /// be "a non-zero, positive integer"; a non-integer is rounded to the nearest integer.
    /// </summary>
    public static JsonNode Partition(Arguments args)
    {
        JsonArray source = args.Array(0, "the first argument");
        long size = args.Integer(1, "the chunk size");
        if (size <= 0)
        {
            throw IntrinsicEvaluator.Fail("States.ArrayPartition: the chunk size must be a positive integer, but is " + size.ToString(CultureInfo.InvariantCulture));
        }

        var result = new JsonArray();
        JsonArray? chunk = null;
        foreach (JsonNode item in source.Items)
        {
            if (chunk is null || chunk.Count == size)
            {
                chunk = new JsonArray();
                result.Add(chunk);
            }

            chunk.Add(item);
        }

        return result;
    }

    /// <summary>
    /// States.ArrayContains: whether the value is in the array. The guide does not say how values compare; they
    /// compare as JSON values, numbers by value (<c>1</c> is <c>1.0</c>), objects whatever their member order.
    /// </summary>
    public static JsonNode Contains(Arguments args)
    {
        JsonArray source = args.Array(0, "the first argument");
        JsonNode wanted = args.Value(1);
        foreach (JsonNode item in source.Items)
        {
            if (JsonValues.ValueEquals(item, wanted))
            {
                return JsonNode.True;
            }
        }

        return JsonNode.False;
    }

    /// <summary>
    /// States.ArrayRange(first, last, step): from the first element to the final one, both included when the steps
    /// land on it. The guide: integers (others rounded), a non-zero step, at most 1000 items. A range whose step
    /// points away from the final element is empty (the guide is silent).
    /// </summary>
    public static JsonNode Range(Arguments args)
    {
        long start = args.Integer(0, "the start");
        long end = args.Integer(1, "the end");
        long step = args.Integer(2, "the step");
        if (step == 0)
        {
            throw IntrinsicEvaluator.Fail("States.ArrayRange: the step must not be 0");
        }

        decimal count = (end - (decimal)start) / step;
        long items = count < 0 ? 0 : (long)decimal.Floor(count) + 1;
        if (items > IntrinsicFunctions.MaxRangeItems)
        {
            throw IntrinsicEvaluator.Fail(
                "States.ArrayRange: the range would have " + items.ToString(CultureInfo.InvariantCulture) + " items; at most "
                + IntrinsicFunctions.MaxRangeItems.ToString(CultureInfo.InvariantCulture) + " are allowed");
        }

        var result = new JsonArray();
        for (long i = 0; i < items; i++)
        {
            result.Add(JsonNumber.FromInt64(start + (i * step)));
        }

        return result;
    }

    /// <summary>
    /// States.ArrayGetItem: "a specified index's value" (zero-based, the guide's example gives 6 for index 5 of
    /// 1..9). An index outside the array, negative included, fails: the guide names no other result.
    /// </summary>
    public static JsonNode GetItem(Arguments args)
    {
        JsonArray source = args.Array(0, "the first argument");
        long index = args.Integer(1, "the index");
        if (index < 0 || index >= source.Count)
        {
            throw IntrinsicEvaluator.Fail(
                "States.ArrayGetItem: the index " + index.ToString(CultureInfo.InvariantCulture) + " is outside the array of "
                + source.Count.ToString(CultureInfo.InvariantCulture) + " items");
        }

        return source.Items[(int)index];
    }

    /// <summary>States.ArrayLength: the number of items.</summary>
    public static JsonNode Length(Arguments args) => JsonNumber.FromInt64(args.Array(0, "the argument").Count);

    /// <summary>
    /// States.ArrayUnique: the array without duplicates. The guide's example keeps the first of each value in
    /// order (<c>[1,2,3,3,3,3,3,3,4]</c> gives <c>[1,2,3,4]</c>); values compare as in <see cref="Contains"/>.
    /// </summary>
    public static JsonNode Unique(Arguments args)
    {
        JsonArray source = args.Array(0, "the argument");
        var seen = new Dictionary<int, List<JsonNode>>();
        var result = new JsonArray();
        foreach (JsonNode item in source.Items)
        {
            int hash = JsonValues.ValueHash(item);
            if (!seen.TryGetValue(hash, out List<JsonNode>? bucket))
            {
                bucket = new List<JsonNode>();
                seen.Add(hash, bucket);
            }

            if (!bucket.Exists(other => JsonValues.ValueEquals(other, item)))
            {
                bucket.Add(item);
                result.Add(item);
            }
        }

        return result;
    }
}
