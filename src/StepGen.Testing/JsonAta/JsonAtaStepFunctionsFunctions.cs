using System;
using System.Security.Cryptography;
using System.Text;

using StepGen.Asl.Json;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The functions AWS Step Functions adds to JSONata, as the developer guide describes them ("Transforming data with
/// JSONata in Step Functions", section "Step Functions-provided JSONata functions",
/// https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html): <c>$partition(array, size)</c>,
/// <c>$range(start, end, step)</c>, <c>$hash(data, algorithm)</c>, <c>$random([seed])</c>, <c>$uuid()</c> and
/// <c>$parse(json)</c>. The guide names no error codes; a refused argument is
/// <see cref="ErrorCode"/>, the error Step Functions reports for any failed expression.
/// </summary>
internal static class JsonAtaStepFunctionsFunctions
{
    /// <summary>The code of a failure in these functions.</summary>
    public const string ErrorCode = "States.QueryEvaluationError";

    /// <summary>$partition([1,2,3,4], 2) is [[1,2],[3,4]]: chunks of the size, the last possibly shorter.</summary>
    public static object? Partition(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        double size = a.Length > 1 && a[1] is double d ? d : double.NaN;
        if (!(size >= 1) || size != Math.Floor(size))
        {
            throw new JsonAtaException(ErrorCode, "$partition: the chunk size must be a positive integer, not " + JsonAtaValues.NumberToString(size));
        }

        var result = new JsonAtaSequence();
        JsonAtaSequence? chunk = null;
        foreach (object? item in list)
        {
            if (chunk is null || chunk.Count == size)
            {
                chunk = new JsonAtaSequence();
                result.Add(chunk);
            }

            chunk.Add(item);
        }

        return result;
    }

    /// <summary>$range(0, 10, 2) is [0,2,4,6,8,10]: from start towards end (included when a step lands on it).</summary>
    public static object? Range(JsonAtaCall call, object?[] a)
    {
        double start = (double)a[0]!;
        double end = (double)a[1]!;
        double step = (double)a[2]!;
        if (step == 0 || double.IsNaN(step))
        {
            throw new JsonAtaException(ErrorCode, "$range: the step must not be 0");
        }

        double count = Math.Floor((end - start) / step) + 1;
        var result = new JsonAtaSequence();
        if (count <= 0)
        {
            return result;
        }

        if (count > JsonAtaOperators.MaxRangeSize)
        {
            throw new JsonAtaException(ErrorCode, "$range: the range would have " + JsonAtaValues.NumberToString(count) + " items");
        }

        for (double i = 0; i < count; i++)
        {
            result.Add(start + (i * step));
        }

        return result;
    }

    /// <summary>$hash("input data", "SHA-1"): the lower-case hex digest of the string's UTF-8 bytes.</summary>
    public static object? Hash(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string data)
        {
            return null;
        }

        string algorithm = a.Length > 1 ? a[1] as string ?? string.Empty : string.Empty;
        byte[] bytes = Encoding.UTF8.GetBytes(data);
        byte[] digest = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw new JsonAtaException(ErrorCode, "$hash: the algorithm '" + algorithm + "' is not one of " + string.Join(", ", Asl.Intrinsics.IntrinsicFunctions.HashAlgorithms)),
        };
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    /// <summary>$random() is a number in [0, 1); $random(seed) is the same number for the same seed.</summary>
    public static object? Random(JsonAtaCall call, object?[] a)
    {
        if (a.Length > 0 && a[0] is double seed)
        {
            long bits = BitConverter.DoubleToInt64Bits(seed);
            return new Random(unchecked((int)bits ^ (int)(bits >> 32))).NextDouble();
        }

        return call.Evaluator.NextRandom();
    }

    /// <summary>$uuid(): a version 4 UUID.</summary>
    public static object? Uuid(JsonAtaCall call, object?[] a) => call.Evaluator.NewGuid().ToString("D");

    /// <summary>$parse('{"a":1}'): the JSON text as a value.</summary>
    public static object? Parse(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string text)
        {
            return null;
        }

        JsonParseResult parsed = JsonParser.Parse(text);
        if (!parsed.Success)
        {
            throw new JsonAtaException(ErrorCode, "$parse: the string is not JSON (at offset " + parsed.ErrorOffset + ": " + parsed.Error + ")");
        }

        return JsonAtaValues.FromJson(parsed.Value);
    }
}
