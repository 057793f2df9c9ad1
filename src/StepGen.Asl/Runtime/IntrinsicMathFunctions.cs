using System;
using System.Globalization;

using StepGen.Asl.Json;

using Arguments = StepGen.Asl.Runtime.IntrinsicEvaluator.Arguments;

namespace StepGen.Asl.Runtime;

/// <summary>The math intrinsics ("Intrinsics for Math operations" in the guide's intrinsic functions page).</summary>
internal static class IntrinsicMathFunctions
{
    /// <summary>
    /// States.MathRandom(start, end[, seed]): the guide says "a random number between the specified start number
    /// (inclusive) and end number (exclusive)", start and end are integers (others rounded), and "if you use this
    /// function with the same seed value, it will return identical numbers". Without a seed the number comes from
    /// <see cref="EvaluationScope.NextRandom"/>; with one, from a generator seeded with it (the numbers are not the
    /// ones AWS's generator gives for that seed: the guide does not name the generator). An end not above the start
    /// fails: the range would be empty.
    /// </summary>
    public static JsonNode Random(Arguments args)
    {
        long start = args.Integer(0, "the start");
        long end = args.Integer(1, "the end");
        if (end <= start)
        {
            throw IntrinsicEvaluator.Fail(
                "States.MathRandom: the end (" + end.ToString(CultureInfo.InvariantCulture) + ", exclusive) must be greater than the start ("
                + start.ToString(CultureInfo.InvariantCulture) + ")");
        }

        double fraction;
        if (args.Count > 2)
        {
            long seed = args.Integer(2, "the seed");
            fraction = new System.Random(unchecked((int)seed ^ (int)(seed >> 32))).NextDouble();
        }
        else
        {
            fraction = args.Scope.NextRandom();
        }

        if (!(fraction >= 0 && fraction < 1))
        {
            fraction = 0;
        }

        decimal span = (decimal)end - start;
        long value = start + (long)Math.Floor((double)span * fraction);
        return JsonNumber.FromInt64(value >= end ? end - 1 : value);
    }

    /// <summary>
    /// States.MathAdd: the sum of two integers. The guide: non-integers are rounded to the nearest integer, and the
    /// values must be "in the range of -2147483648 and 2147483647". It does not say what a sum outside that range
    /// gives; it fails here too, as a Java int would not hold it.
    /// </summary>
    public static JsonNode Add(Arguments args)
    {
        long a = Int32(args, 0, "the first number");
        long b = Int32(args, 1, "the second number");
        long sum = a + b;
        if (sum < int.MinValue || sum > int.MaxValue)
        {
            throw IntrinsicEvaluator.Fail("States.MathAdd: the sum " + sum.ToString(CultureInfo.InvariantCulture) + " is outside the range -2147483648 to 2147483647");
        }

        return JsonNumber.FromInt64(sum);
    }

    private static long Int32(Arguments args, int index, string what)
    {
        long value = args.Integer(index, what);
        if (value < int.MinValue || value > int.MaxValue)
        {
            throw IntrinsicEvaluator.Fail(
                "States.MathAdd: " + what + " " + value.ToString(CultureInfo.InvariantCulture) + " is outside the range -2147483648 to 2147483647");
        }

        return value;
    }
}
