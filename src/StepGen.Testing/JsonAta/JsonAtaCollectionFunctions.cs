using System;
using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The array and object built-ins: <c>$append</c>, <c>$reverse</c>, <c>$shuffle</c>, <c>$sort</c>,
/// <c>$distinct</c>, <c>$zip</c>, <c>$keys</c>, <c>$lookup</c>, <c>$spread</c>, <c>$merge</c>, <c>$each</c>,
/// <c>$sift</c>, and the boolean and type built-ins.
/// </summary>
internal static class JsonAtaCollectionFunctions
{
    public static object? Boolean(JsonAtaCall call, object?[] a)
    {
        bool? truth = JsonAtaValues.Truthy(a[0]);
        return truth is bool b ? JsonAtaValues.Box(b) : null;
    }

    public static object? Not(JsonAtaCall call, object?[] a)
    {
        bool? truth = JsonAtaValues.Truthy(a[0]);
        return truth is bool b ? JsonAtaValues.Box(!b) : null;
    }

    public static object? Exists(JsonAtaCall call, object?[] a) => JsonAtaValues.Box(a.Length > 0 && a[0] is not null);

    public static object? Type(JsonAtaCall call, object?[] a)
    {
        if (a[0] is double d)
        {
            JsonAtaValues.IsNumber(d);
        }

        return JsonAtaValues.TypeName(a[0]);
    }

    /// <summary>The reference's <c>$append</c>, also the evaluator's way of joining sequences.</summary>
    public static object? Append(object? first, object? second)
    {
        if (first is null)
        {
            return second;
        }

        if (second is null)
        {
            return first;
        }

        // Like Array.prototype.concat, the result is a plain array: the sequence markers are not carried over.
        var result = new JsonAtaSequence((first as JsonAtaSequence)?.Count + 1 ?? 2);
        if (first is JsonAtaSequence left)
        {
            result.AddRange(left);
        }
        else
        {
            result.Add(first);
        }

        if (second is JsonAtaSequence right)
        {
            result.AddRange(right);
        }
        else
        {
            result.Add(second);
        }

        return result;
    }

    public static object? Append(JsonAtaCall call, object?[] a) => Append(a[0], a.Length > 1 ? a[1] : null);

    public static object? Reverse(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        if (list.Count <= 1)
        {
            return list;
        }

        var result = new JsonAtaSequence(list.Count);
        for (int i = list.Count - 1; i >= 0; i--)
        {
            result.Add(list[i]);
        }

        return result;
    }

    public static object? Shuffle(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        if (list.Count <= 1)
        {
            return list;
        }

        var result = new object?[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            int j = (int)Math.Floor(call.Evaluator.NextRandom() * (i + 1));
            if (i != j)
            {
                result[i] = result[j];
            }

            result[j] = list[i];
        }

        var shuffled = new JsonAtaSequence(result.Length);
        shuffled.AddRange(result);
        return shuffled;
    }

    public static object? Sort(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        if (list.Count <= 1)
        {
            return list;
        }

        Func<object?, object?, bool> swap;
        if (a.Length < 2 || a[1] is not JsonAtaFunction comparator)
        {
            bool numbers = JsonAtaValues.IsArrayOfNumbers(list);
            if (!numbers && !JsonAtaValues.IsArrayOfStrings(list))
            {
                throw new JsonAtaException("D3070", "$sort without a comparison function sorts only an array of all strings or all numbers");
            }

            swap = numbers
                ? (x, y) => (double)x! > (double)y!
                : (x, y) => string.CompareOrdinal((string)x!, (string)y!) > 0;
        }
        else
        {
            JsonAtaCall c = call;
            // The reference tests the comparator's result with JavaScript's truthiness, not $boolean's: [] and {} swap.
            swap = (x, y) => c.Call(comparator, x, y) switch
            {
                null or JsonAtaNull => false,
                bool b => b,
                double d => d != 0 && !double.IsNaN(d),
                string s => s.Length > 0,
                _ => true,
            };
        }

        var result = new JsonAtaSequence(list.Count);
        result.AddRange(MergeSort(list, swap));
        return result;
    }

    /// <summary>The reference's merge sort: stable, and <paramref name="swap"/>(left, right) true puts right first.</summary>
    internal static List<object?> MergeSort(IReadOnlyList<object?> items, Func<object?, object?, bool> swap)
    {
        var array = new List<object?>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            array.Add(items[i]);
        }

        return Sort(array);

        List<object?> Sort(List<object?> part)
        {
            if (part.Count <= 1)
            {
                return part;
            }

            int middle = part.Count / 2;
            List<object?> left = Sort(part.GetRange(0, middle));
            List<object?> right = Sort(part.GetRange(middle, part.Count - middle));
            var merged = new List<object?>(part.Count);
            int l = 0;
            int r = 0;
            while (l < left.Count && r < right.Count)
            {
                if (swap(left[l], right[r]))
                {
                    merged.Add(right[r++]);
                }
                else
                {
                    merged.Add(left[l++]);
                }
            }

            while (l < left.Count)
            {
                merged.Add(left[l++]);
            }

            while (r < right.Count)
            {
                merged.Add(right[r++]);
            }

            return merged;
        }
    }

    public static object? Distinct(JsonAtaCall call, object?[] a)
    {
        object? arg = a[0];
        if (arg is not JsonAtaSequence list || list.Count <= 1)
        {
            return arg;
        }

        var result = new JsonAtaSequence { IsSequence = list.IsSequence };
        foreach (object? value in list)
        {
            bool seen = false;
            foreach (object? kept in result)
            {
                if (JsonAtaValues.DeepEqual(value, kept))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public static object? Zip(JsonAtaCall call, object?[] a)
    {
        var result = new JsonAtaSequence();
        if (a.Length == 0)
        {
            return result;
        }

        int length = int.MaxValue;
        foreach (object? arg in a)
        {
            length = Math.Min(length, arg is JsonAtaSequence l ? l.Count : 0);
        }

        for (int i = 0; i < length; i++)
        {
            var tuple = new JsonAtaSequence(a.Length);
            foreach (object? arg in a)
            {
                tuple.Add(((JsonAtaSequence)arg!)[i]);
            }

            result.Add(tuple);
        }

        return result;
    }

    public static object? Keys(JsonAtaCall call, object?[] a)
    {
        JsonAtaSequence result = JsonAtaSequence.Create();
        switch (a[0])
        {
            case JsonAtaSequence list:
                {
                    var merged = new JsonAtaObject();
                    foreach (object? item in list)
                    {
                        if (Keys(call, new[] { item }) is JsonAtaSequence itemKeys)
                        {
                            foreach (object? key in itemKeys)
                            {
                                merged.Set((string)key!, JsonAtaValues.True);
                            }
                        }
                    }

                    foreach (string key in merged.Keys)
                    {
                        result.Add(key);
                    }

                    break;
                }

            case JsonAtaObject obj:
                foreach (string key in obj.Keys)
                {
                    result.Add(key);
                }

                break;
        }

        return result;
    }

    /// <summary>The reference's <c>$lookup</c>, also how a path step reads a field.</summary>
    public static object? Lookup(object? input, string key)
    {
        if (input is JsonAtaSequence list)
        {
            JsonAtaSequence result = JsonAtaSequence.Create();
            foreach (object? item in list)
            {
                object? value = Lookup(item, key);
                if (value is JsonAtaSequence inner)
                {
                    result.AddRange(inner);
                }
                else if (value is not null)
                {
                    result.Add(value);
                }
            }

            return result;
        }

        return input is JsonAtaObject obj ? obj.Get(key) : null;
    }

    public static object? Lookup(JsonAtaCall call, object?[] a) => Lookup(a[0], a.Length > 1 && a[1] is string key ? key : "undefined");

    public static object? Spread(JsonAtaCall call, object?[] a) => Spread(a[0]);

    private static object? Spread(object? arg)
    {
        switch (arg)
        {
            case JsonAtaSequence list:
                {
                    object? result = JsonAtaSequence.Create();
                    foreach (object? item in list)
                    {
                        result = Append(result, Spread(item));
                    }

                    return result;
                }

            case JsonAtaObject obj:
                {
                    JsonAtaSequence result = JsonAtaSequence.Create();
                    foreach (string key in obj.Keys)
                    {
                        var single = new JsonAtaObject(1);
                        single.Set(key, obj.Get(key));
                        result.Add(single);
                    }

                    return result;
                }

            default:
                return arg;
        }
    }

    public static object? Merge(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        var result = new JsonAtaObject();
        foreach (object? item in list)
        {
            if (item is JsonAtaObject obj)
            {
                foreach (string key in obj.Keys)
                {
                    result.Set(key, obj.Get(key));
                }
            }
        }

        return result;
    }

    public static object? Each(JsonAtaCall call, object?[] a)
    {
        JsonAtaSequence result = JsonAtaSequence.Create();
        if (a[0] is JsonAtaObject obj)
        {
            var function = (JsonAtaFunction)a[1]!;
            foreach (string key in Snapshot(obj.Keys))
            {
                object? value = call.CallWithUpTo3(function, obj.Get(key), key, obj);
                if (value is not null)
                {
                    result.Add(value);
                }
            }
        }

        return result;
    }

    public static object? Sift(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaObject obj)
        {
            return null;
        }

        var function = (JsonAtaFunction)a[1]!;
        var result = new JsonAtaObject();
        foreach (string key in Snapshot(obj.Keys))
        {
            object? value = obj.Get(key);
            if (JsonAtaValues.Truthy(call.CallWithUpTo3(function, value, key, obj)) == true)
            {
                result.Set(key, value);
            }
        }

        return result.Count == 0 ? null : result;
    }

    public static object? Map(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        var function = (JsonAtaFunction)a[1]!;
        JsonAtaSequence result = JsonAtaSequence.Create();
        for (int i = 0; i < list.Count; i++)
        {
            object? value = call.CallWithUpTo3(function, list[i], (double)i, list);
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public static object? Filter(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        var function = (JsonAtaFunction)a[1]!;
        JsonAtaSequence result = JsonAtaSequence.Create();
        for (int i = 0; i < list.Count; i++)
        {
            if (JsonAtaValues.Truthy(call.CallWithUpTo3(function, list[i], (double)i, list)) == true)
            {
                result.Add(list[i]);
            }
        }

        return result;
    }

    public static object? Single(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        JsonAtaFunction? function = a.Length > 1 ? a[1] as JsonAtaFunction : null;
        bool found = false;
        object? result = null;
        for (int i = 0; i < list.Count; i++)
        {
            bool positive = function == null || JsonAtaValues.Truthy(call.CallWithUpTo3(function, list[i], (double)i, list)) == true;
            if (positive)
            {
                if (found)
                {
                    throw new JsonAtaException("D3138", "$single expected exactly one matching value and found more");
                }

                result = list[i];
                found = true;
            }
        }

        if (!found)
        {
            throw new JsonAtaException("D3139", "$single expected exactly one matching value and found none");
        }

        return result;
    }

    public static object? Reduce(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        var function = (JsonAtaFunction)a[1]!;
        int arity = function.Arity;
        if (arity < 2)
        {
            throw new JsonAtaException("D3050", "The function given to $reduce must take at least two arguments");
        }

        object? result;
        int index;
        object? init = a.Length > 2 ? a[2] : null;
        if (init is null && list.Count > 0)
        {
            result = list[0];
            index = 1;
        }
        else
        {
            result = init;
            index = 0;
        }

        while (index < list.Count)
        {
            var args = new List<object?>(4) { result, list[index] };
            if (arity >= 3)
            {
                args.Add((double)index);
            }

            if (arity >= 4)
            {
                args.Add(list);
            }

            result = call.Call(function, args.ToArray());
            index++;
        }

        return result;
    }

    public static object? Error(JsonAtaCall call, object?[] a) =>
        throw new JsonAtaException("D3137", a.Length > 0 && a[0] is string s && s.Length > 0 ? s : "$error() function evaluated");

    public static object? Assert(JsonAtaCall call, object?[] a)
    {
        if (!(a[0] is bool b && b))
        {
            throw new JsonAtaException("D3141", a.Length > 1 && a[1] is string s && s.Length > 0 ? s : "$assert() statement failed");
        }

        return null;
    }

    public static object? Clone(JsonAtaCall call, object?[] a) => a[0] is null ? null : JsonAtaValues.Clone(a[0]);

    private static string[] Snapshot(IReadOnlyList<string> keys)
    {
        var copy = new string[keys.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = keys[i];
        }

        return copy;
    }
}
