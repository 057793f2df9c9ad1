using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The numeric built-ins: <c>$number</c>, <c>$abs</c>, <c>$floor</c>, <c>$ceil</c>, <c>$round</c> (half to even,
/// with a decimal precision), <c>$sqrt</c>, <c>$power</c>, <c>$random</c>, <c>$formatBase</c> and the aggregates
/// <c>$sum</c>, <c>$max</c>, <c>$min</c>, <c>$average</c>, <c>$count</c>.
/// </summary>
internal static class JsonAtaNumericFunctions
{
    private static readonly Regex DecimalNumber = new Regex("^-?[0-9]+(\\.[0-9]+)?([Ee][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PrefixedNumber = new Regex("^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$", RegexOptions.CultureInvariant);

    public static object? Number(JsonAtaCall call, object?[] a)
    {
        object? arg = a[0];
        switch (arg)
        {
            case null:
                return null;
            case double d:
                return d;
            case bool b:
                return b ? 1d : 0d;
            case string s when DecimalNumber.IsMatch(s):
                {
                    double value = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
                    if (!double.IsInfinity(value))
                    {
                        return value;
                    }

                    break;
                }

            case string s when PrefixedNumber.IsMatch(s):
                return JsNumberOfPrefixed(s);
        }

        throw new JsonAtaException("D3030", "Unable to cast value to a number: " + JsonAtaValues.ToJsonAtaString(arg));
    }

    /// <summary>JavaScript's <c>Number("0x1F")</c> (and 0o, 0b): the value, or NaN when the rest is not all digits.</summary>
    private static double JsNumberOfPrefixed(string s)
    {
        string t = s.Trim();
        if (t.Length < 3 || t[0] != '0')
        {
            return double.NaN;
        }

        int radix = char.ToLowerInvariant(t[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
        if (radix == 0)
        {
            return double.NaN;
        }

        double value = 0;
        for (int i = 2; i < t.Length; i++)
        {
            int digit = HexDigit(t[i]);
            if (digit < 0 || digit >= radix)
            {
                return double.NaN;
            }

            value = (value * radix) + digit;
        }

        return value;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public static object? Abs(JsonAtaCall call, object?[] a) => a[0] is double d ? Math.Abs(d) : null;

    public static object? Floor(JsonAtaCall call, object?[] a) => a[0] is double d ? Math.Floor(d) : null;

    public static object? Ceil(JsonAtaCall call, object?[] a) => a[0] is double d ? Math.Ceiling(d) : null;

    public static object? Round(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double value)
        {
            return null;
        }

        double precision = a.Length > 1 && a[1] is double p ? p : 0;
        return RoundHalfEven(value, precision);
    }

    /// <summary>
    /// The reference's <c>$round</c>: shift the decimal point through the number's JavaScript text, round half
    /// to even, shift back.
    /// </summary>
    internal static double RoundHalfEven(double value, double precision)
    {
        double arg = value;
        if (precision != 0 && !double.IsNaN(precision))
        {
            arg = ShiftDecimal(arg, precision);
        }

        double result = Math.Floor(arg + 0.5);
        double diff = result - arg;
        if (Math.Abs(diff) == 0.5 && Math.Abs(result % 2) == 1)
        {
            result -= 1;
        }

        if (precision != 0 && !double.IsNaN(precision))
        {
            result = ShiftDecimal(result, -precision);
        }

        return result == 0 ? 0 : result;
    }

    private static double ShiftDecimal(double value, double by)
    {
        string text = JsonAtaValues.NumberToString(value);
        int e = text.IndexOf('e');
        string mantissa = e < 0 ? text : text.Substring(0, e);
        double exponent = e < 0 ? by : double.Parse(text.Substring(e + 1), NumberStyles.Float, CultureInfo.InvariantCulture) + by;
        string shifted = mantissa + "e" + JsonAtaValues.NumberToString(exponent);
        return double.TryParse(shifted, NumberStyles.Float, CultureInfo.InvariantCulture, out double r) ? r : double.NaN;
    }

    public static object? Sqrt(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double d)
        {
            return null;
        }

        if (d < 0)
        {
            throw new JsonAtaException("D3060", "$sqrt cannot take the square root of a negative number: " + JsonAtaValues.NumberToString(d));
        }

        return Math.Sqrt(d);
    }

    public static object? Power(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double b)
        {
            return null;
        }

        double e = a.Length > 1 && a[1] is double x ? x : double.NaN;
        double result = JsPow(b, e);
        if (double.IsInfinity(result) || double.IsNaN(result))
        {
            throw new JsonAtaException("D3061", "$power(" + JsonAtaValues.NumberToString(b) + ", " + JsonAtaValues.NumberToString(e) + ") is not a finite number");
        }

        return result;
    }

    /// <summary>JavaScript's Math.pow, which differs from .NET's for a base of ±1 and an infinite or NaN exponent.</summary>
    internal static double JsPow(double b, double e)
    {
        if (double.IsNaN(e) || ((b == 1 || b == -1) && double.IsInfinity(e)))
        {
            return double.NaN;
        }

        return Math.Pow(b, e);
    }

    public static object? Random(JsonAtaCall call, object?[] a) => call.Evaluator.NextRandom();

    public static object? FormatBase(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double v)
        {
            return null;
        }

        double value = RoundHalfEven(v, 0);
        double radix = a.Length > 1 && a[1] is double r ? RoundHalfEven(r, 0) : 10;
        if (radix < 2 || radix > 36)
        {
            throw new JsonAtaException("D3100", "The radix of $formatBase must be between 2 and 36; it was " + JsonAtaValues.NumberToString(radix));
        }

        return ToRadix(value, (int)radix);
    }

    /// <summary>An integral double in base 2 to 36 with lowercase digits, as JavaScript's <c>toString(radix)</c>.</summary>
    internal static string ToRadix(double value, int radix)
    {
        if (radix == 10)
        {
            return JsonAtaValues.NumberToString(value);
        }

        bool negative = value < 0;
        var big = new BigInteger(Math.Abs(value));
        if (big.IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        while (!big.IsZero)
        {
            int digit = (int)(big % radix);
            sb.Insert(0, (char)(digit < 10 ? '0' + digit : 'a' + digit - 10));
            big /= radix;
        }

        if (negative)
        {
            sb.Insert(0, '-');
        }

        return sb.ToString();
    }

    public static object? Sum(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        double total = 0;
        foreach (object? item in list)
        {
            total += (double)item!;
        }

        return total;
    }

    public static object? Count(JsonAtaCall call, object?[] a) => a[0] is JsonAtaSequence list ? (double)list.Count : 0d;

    public static object? Max(JsonAtaCall call, object?[] a) => Extreme(a[0], double.NegativeInfinity, Math.Max);

    public static object? Min(JsonAtaCall call, object?[] a) => Extreme(a[0], double.PositiveInfinity, Math.Min);

    /// <summary>$max and $min: undefined for an empty array, NaN as soon as an item is NaN (as JavaScript's Math.max).</summary>
    private static object? Extreme(object? argument, double start, Func<double, double, double> pick)
    {
        if (argument is not JsonAtaSequence list || list.Count == 0)
        {
            return null;
        }

        double extreme = start;
        foreach (object? item in list)
        {
            double d = (double)item!;
            if (double.IsNaN(d))
            {
                return double.NaN;
            }

            extreme = pick(extreme, d);
        }

        return extreme;
    }

    public static object? Average(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list || list.Count == 0)
        {
            return null;
        }

        double total = 0;
        foreach (object? item in list)
        {
            total += (double)item!;
        }

        return total / list.Count;
    }
}
