using System.Globalization;
using System.Text;

namespace StepGen.Asl.Json;

/// <summary>
/// A JSON number, kept as its exact text (for example <c>1.50</c> stays <c>1.50</c>).
/// <see cref="Text"/> always matches the JSON number grammar (RFC 8259 §6).
/// </summary>
public sealed class JsonNumber : JsonNode
{
    private JsonNumber(string text) => Text = text;

    public override JsonNodeKind Kind => JsonNodeKind.Number;

    /// <summary>The number exactly as written in JSON.</summary>
    public string Text { get; }

    /// <summary>An integer, written with invariant digits (<c>-42</c>).</summary>
    public static JsonNumber FromInt64(long value) => new JsonNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The shortest text that reads back as <paramref name="value"/>, in the form JavaScript's
    /// <c>JSON.stringify</c> uses: <c>2</c>, <c>1.5</c>, <c>0.000001</c>, <c>1e-7</c>, <c>1e+21</c>;
    /// <c>-0</c> is written <c>0</c>. NaN and infinities are not JSON: the result is null and callers
    /// must check for it (this method never throws).
    /// </summary>
    public static JsonNumber? TryFromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return null;
        }

        if (value == 0)
        {
            return new JsonNumber("0");
        }

        // Find the fewest significant digits that round-trip; "E" formatting with an explicit precision
        // is exact on every runtime, unlike "R" on .NET Framework. A normal double is always recovered
        // from its 15-digit rounding when it has a representation that short, so the search starts at
        // 15; subnormals have less precision and start at 1.
        string? e = null;
        bool subnormal = System.Math.Abs(value) < 2.2250738585072014E-308;
        for (int precision = subnormal ? 1 : 15; precision <= 17; precision++)
        {
            string candidate = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.TryParse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture, out double back) && back == value)
            {
                e = candidate;
                break;
            }
        }

        e ??= value.ToString("E16", CultureInfo.InvariantCulture);
        return new JsonNumber(FormatScientific(e));
    }

    /// <summary>
    /// A number from JSON text, or null when <paramref name="text"/> is not exactly one JSON number
    /// (no whitespace, no leading <c>+</c>, no leading zeros, no NaN).
    /// </summary>
    public static JsonNumber? TryFromText(string text)
    {
        if (text is null || text.Length == 0)
        {
            return null;
        }

        return ScanNumber(text, 0, out int end) == null && end == text.Length ? new JsonNumber(text) : null;
    }

    /// <summary>The value as an integer when the text is an integer in range (no fraction, no exponent).</summary>
    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>The value as a double; false if it overflows to infinity.</summary>
    public bool TryGetDouble(out double value)
    {
        if (double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && !double.IsInfinity(value) && !double.IsNaN(value))
        {
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Used by the parser, which has already validated the text.</summary>
    internal static JsonNumber FromValidatedText(string text) => new JsonNumber(text);

    /// <summary>
    /// Scans a JSON number starting at <paramref name="start"/>. Returns null when the grammar is
    /// satisfied (then <paramref name="end"/> is one past the last character), or a description of
    /// what is missing (then <paramref name="end"/> is where the problem is).
    /// </summary>
    internal static string? ScanNumber(string text, int start, out int end)
    {
        int i = start;
        int n = text.Length;
        if (i < n && text[i] == '-')
        {
            i++;
        }

        if (i >= n || !IsDigit(text[i]))
        {
            end = i;
            return i > start ? "expected a digit after '-'" : "expected a digit";
        }

        if (text[i] == '0')
        {
            i++;
            if (i < n && IsDigit(text[i]))
            {
                end = i;
                return "leading zeros are not allowed";
            }
        }
        else
        {
            while (i < n && IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < n && text[i] == '.')
        {
            i++;
            if (i >= n || !IsDigit(text[i]))
            {
                end = i;
                return "expected a digit after the decimal point";
            }

            while (i < n && IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < n && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < n && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (i >= n || !IsDigit(text[i]))
            {
                end = i;
                return "expected a digit in the exponent";
            }

            while (i < n && IsDigit(text[i]))
            {
                i++;
            }
        }

        end = i;
        return null;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Turns "-d.dddE+xxx" into ECMAScript Number::toString form.</summary>
    private static string FormatScientific(string e)
    {
        int i = 0;
        bool negative = false;
        if (e.Length > 0 && e[0] == '-')
        {
            negative = true;
            i = 1;
        }

        var digits = new StringBuilder(20);
        int exponentMark = -1;
        for (; i < e.Length; i++)
        {
            char c = e[i];
            if (c >= '0' && c <= '9')
            {
                digits.Append(c);
            }
            else if (c == 'E' || c == 'e')
            {
                exponentMark = i;
                break;
            }
        }

        int exp10 = 0;
        if (exponentMark >= 0)
        {
            int.TryParse(e.Substring(exponentMark + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp10);
        }

        // Trim trailing zeros (keep at least one digit).
        int k = digits.Length;
        while (k > 1 && digits[k - 1] == '0')
        {
            k--;
        }

        digits.Length = k;
        if (k == 0)
        {
            return "0";
        }

        // value = 0.d1d2...dk * 10^n
        int n = exp10 + 1;
        var sb = new StringBuilder(32);
        if (negative)
        {
            sb.Append('-');
        }

        string d = digits.ToString();
        if (k <= n && n <= 21)
        {
            sb.Append(d).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(d, 0, n).Append('.').Append(d, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(d);
        }
        else
        {
            sb.Append(d[0]);
            if (k > 1)
            {
                sb.Append('.').Append(d, 1, k - 1);
            }

            int shown = n - 1;
            sb.Append('e').Append(shown < 0 ? '-' : '+').Append((shown < 0 ? -shown : shown).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
