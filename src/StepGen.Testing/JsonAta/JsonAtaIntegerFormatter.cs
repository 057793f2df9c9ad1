using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// <c>$formatInteger</c> and <c>$parseInteger</c>: the XPath 3.1 <c>format-integer</c> pictures (decimal digit
/// patterns in any Unicode decimal digit family with grouping separators, <c>a</c>/<c>A</c> letters,
/// <c>i</c>/<c>I</c> roman numerals, <c>w</c>/<c>W</c>/<c>Ww</c> English words, the <c>;o</c> ordinal modifier),
/// as the reference implements them. The date/time pictures reuse the analysed integer formats.
/// </summary>
internal static class JsonAtaIntegerFormatter
{
    private static readonly string[] Few =
    {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    };

    private static readonly string[] Ordinals =
    {
        "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
    };

    private static readonly string[] Decades = { "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred" };

    private static readonly string[] Magnitudes = { "Thousand", "Million", "Billion", "Trillion" };

    private static readonly (int Value, string Letters)[] RomanNumerals =
    {
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    };

    /// <summary>The zero of each Unicode decimal digit family the reference recognises.</summary>
    private static readonly int[] DecimalGroups =
    {
        0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0,
        0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    };

    private static readonly Dictionary<string, double> WordValues = BuildWordValues();

    /// <summary>The kind of numbering a picture asks for.</summary>
    internal enum Primary
    {
        Decimal,
        Letters,
        Roman,
        Words,
        Sequence,
    }

    /// <summary>Letter case of the letters, roman and words forms.</summary>
    internal enum LetterCase
    {
        Lower,
        Upper,
        Title,
    }

    public static object? FormatInteger(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double value)
        {
            return null;
        }

        return Format(Math.Floor(value), Analyse(a[1] as string ?? "undefined"));
    }

    public static object? ParseInteger(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string value)
        {
            return null;
        }

        IntegerFormat format = Analyse(a[1] as string ?? "undefined");
        return Parse(format, value);
    }

    /// <summary>The reference's reading of an integer picture (the part before the last ';' and its modifier).</summary>
    internal static IntegerFormat Analyse(string picture)
    {
        var format = new IntegerFormat();
        string primary;
        int semicolon = picture.LastIndexOf(';');
        if (semicolon == -1)
        {
            primary = picture;
        }
        else
        {
            primary = picture.Substring(0, semicolon);
            string modifier = picture.Substring(semicolon + 1);
            if (modifier.Length > 0 && modifier[0] == 'o')
            {
                format.Ordinal = true;
            }
        }

        switch (primary)
        {
            case "A":
                format.Case = LetterCase.Upper;
                format.Primary = Primary.Letters;
                return format;
            case "a":
                format.Primary = Primary.Letters;
                return format;
            case "I":
                format.Case = LetterCase.Upper;
                format.Primary = Primary.Roman;
                return format;
            case "i":
                format.Primary = Primary.Roman;
                return format;
            case "W":
                format.Case = LetterCase.Upper;
                format.Primary = Primary.Words;
                return format;
            case "Ww":
                format.Case = LetterCase.Title;
                format.Primary = Primary.Words;
                return format;
            case "w":
                format.Primary = Primary.Words;
                return format;
        }

        int? zeroCode = null;
        int mandatory = 0;
        int optional = 0;
        var separators = new List<(int Position, string Character)>();
        int separatorPosition = 0;
        int[] points = JsonAtaStringFunctions.CodePoints(primary);
        for (int i = points.Length - 1; i >= 0; i--)
        {
            int codePoint = points[i];
            bool digit = false;
            foreach (int group in DecimalGroups)
            {
                if (codePoint >= group && codePoint <= group + 9)
                {
                    digit = true;
                    mandatory++;
                    separatorPosition++;
                    if (zeroCode == null)
                    {
                        zeroCode = group;
                    }
                    else if (group != zeroCode)
                    {
                        throw new JsonAtaException("D3131", "The digits of a decimal picture must all come from the same digit family");
                    }

                    break;
                }
            }

            if (!digit)
            {
                if (codePoint == '#')
                {
                    separatorPosition++;
                    optional++;
                }
                else
                {
                    separators.Add((separatorPosition, char.ConvertFromUtf32(codePoint)));
                }
            }
        }

        if (mandatory > 0)
        {
            format.Primary = Primary.Decimal;
            format.ZeroCode = zeroCode ?? 0x30;
            format.MandatoryDigits = mandatory;
            format.OptionalDigits = optional;
            int regular = RegularRepeat(separators);
            if (regular > 0)
            {
                format.Regular = true;
                format.RegularPosition = regular;
                format.RegularCharacter = separators[0].Character;
            }
            else
            {
                format.Separators = separators;
            }
        }
        else
        {
            format.Primary = Primary.Sequence;
            format.Token = primary;
        }

        return format;
    }

    private static int RegularRepeat(List<(int Position, string Character)> separators)
    {
        if (separators.Count == 0)
        {
            return 0;
        }

        foreach ((int _, string character) in separators)
        {
            if (character != separators[0].Character)
            {
                return 0;
            }
        }

        int factor = separators[0].Position;
        for (int i = 1; i < separators.Count; i++)
        {
            factor = Gcd(factor, separators[i].Position);
        }

        for (int index = 1; index <= separators.Count; index++)
        {
            bool found = false;
            foreach ((int position, string _) in separators)
            {
                if (position == index * factor)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return 0;
            }
        }

        return factor;

        static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    }

    /// <summary>Formats an integral value with an analysed picture.</summary>
    internal static string Format(double value, IntegerFormat format)
    {
        if (format.Primary != Primary.Decimal && (!double.IsFinite(value) && !(double.IsNaN(value) && format.Primary != Primary.Words)
            || (format.Primary == Primary.Roman && Math.Abs(value) > 1e7)))
        {
            // The reference's words of NaN or infinity, and its roman numerals of infinity or of huge numbers, recurse
            // until JavaScript's stack overflows (a RangeError without a JSONata code); its letters of infinity never end.
            throw new JsonAtaException("D3001", "The number " + JsonAtaValues.NumberToString(value) + " cannot be written in this picture");
        }

        bool negative = value < 0;
        value = Math.Abs(value);
        string result;
        switch (format.Primary)
        {
            case Primary.Letters:
                result = ToLetters(value, format.Case == LetterCase.Upper ? 'A' : 'a');
                break;
            case Primary.Roman:
                result = ToRoman(value);
                if (format.Case == LetterCase.Upper)
                {
                    result = result.ToUpperInvariant();
                }

                break;
            case Primary.Words:
                result = ToWords(value, format.Ordinal);
                if (format.Case == LetterCase.Upper)
                {
                    result = result.ToUpperInvariant();
                }
                else if (format.Case == LetterCase.Lower)
                {
                    result = result.ToLowerInvariant();
                }

                break;
            case Primary.Decimal:
                result = FormatDecimal(value, format);
                break;
            default:
                throw new JsonAtaException("D3130", "Formatting or parsing an integer as a sequence starting with '" + format.Token + "' is not supported");
        }

        return negative ? "-" + result : result;
    }

    private static string FormatDecimal(double value, IntegerFormat format)
    {
        string text = JsonAtaValues.NumberToString(value);
        int padLength = format.MandatoryDigits - text.Length;
        if (padLength > 0)
        {
            text = new string('0', padLength) + text;
        }

        if (format.ZeroCode != 0x30)
        {
            var sb = new StringBuilder();
            foreach (int point in JsonAtaStringFunctions.CodePoints(text))
            {
                sb.Append(char.ConvertFromUtf32(point + format.ZeroCode - 0x30));
            }

            text = sb.ToString();
        }

        if (format.Regular)
        {
            int n = (text.Length - 1) / format.RegularPosition;
            for (int ii = n; ii > 0; ii--)
            {
                int pos = text.Length - (ii * format.RegularPosition);
                text = text.Substring(0, pos) + format.RegularCharacter + text.Substring(pos);
            }
        }
        else
        {
            for (int i = format.Separators.Count - 1; i >= 0; i--)
            {
                (int position, string character) = format.Separators[i];
                int pos = text.Length - position;
                pos = Math.Max(0, Math.Min(pos, text.Length));
                text = text.Substring(0, pos) + character + text.Substring(pos);
            }
        }

        if (format.Ordinal)
        {
            char last = text.Length > 0 ? text[text.Length - 1] : '\0';
            string? suffix = last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => null };
            if (suffix == null || (text.Length > 1 && text[text.Length - 2] == '1'))
            {
                suffix = "th";
            }

            text += suffix;
        }

        return text;
    }

    private static string ToLetters(double value, char a)
    {
        var sb = new StringBuilder();
        while (value > 0)
        {
            sb.Insert(0, (char)(((value - 1) % 26) + a));
            value = Math.Floor((value - 1) / 26);
        }

        return sb.ToString();
    }

    private static string ToRoman(double value)
    {
        var sb = new StringBuilder();
        while (true)
        {
            bool found = false;
            foreach ((int numeral, string letters) in RomanNumerals)
            {
                if (value >= numeral)
                {
                    sb.Append(letters);
                    value -= numeral;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return sb.ToString();
            }
        }
    }

    /// <summary>English words: "One Hundred and Twenty-Three", ordinals "One Hundred and Twenty-Third".</summary>
    internal static string ToWords(double value, bool ordinal) => Words(value, false, ordinal);

    private static string Words(double num, bool previous, bool ordinal)
    {
        string words;
        if (num <= 19)
        {
            words = (previous ? " and " : string.Empty) + (ordinal ? Ordinals[(int)num] : Few[(int)num]);
        }
        else if (num < 100)
        {
            int tens = (int)Math.Floor(num / 10);
            double remainder = num % 10;
            words = (previous ? " and " : string.Empty) + Decades[tens - 2];
            if (remainder > 0)
            {
                words += "-" + Words(remainder, false, ordinal);
            }
            else if (ordinal)
            {
                words = words.Substring(0, words.Length - 1) + "ieth";
            }
        }
        else if (num < 1000)
        {
            int hundreds = (int)Math.Floor(num / 100);
            double remainder = num % 100;
            words = (previous ? ", " : string.Empty) + Few[hundreds] + " Hundred";
            if (remainder > 0)
            {
                words += Words(remainder, true, ordinal);
            }
            else if (ordinal)
            {
                words += "th";
            }
        }
        else
        {
            int mag = (int)Math.Floor(Math.Log10(num) / 3);
            if (mag > Magnitudes.Length)
            {
                mag = Magnitudes.Length;
            }

            double factor = Math.Pow(10, mag * 3);
            double mant = Math.Floor(num / factor);
            double remainder = num - (mant * factor);
            words = (previous ? ", " : string.Empty) + Words(mant, false, false) + " " + Magnitudes[mag - 1];
            if (remainder > 0)
            {
                words += Words(remainder, true, ordinal);
            }
            else if (ordinal)
            {
                words += "th";
            }
        }

        return words;
    }

    private static Dictionary<string, double> BuildWordValues()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < Few.Length; i++)
        {
            values[Few[i].ToLowerInvariant()] = i;
        }

        for (int i = 0; i < Ordinals.Length; i++)
        {
            values[Ordinals[i].ToLowerInvariant()] = i;
        }

        for (int i = 0; i < Decades.Length; i++)
        {
            string word = Decades[i].ToLowerInvariant();
            values[word] = (i + 2) * 10;
            values[word.Substring(0, word.Length - 1) + "ieth"] = (i + 2) * 10;
        }

        values["hundredth"] = 100;
        for (int i = 0; i < Magnitudes.Length; i++)
        {
            string word = Magnitudes[i].ToLowerInvariant();
            double value = Math.Pow(10, (i + 1) * 3);
            values[word] = value;
            values[word + "th"] = value;
        }

        return values;
    }

    /// <summary>The words the words picture recognises when parsing, in the reference's order.</summary>
    internal static IEnumerable<string> WordKeys => WordValues.Keys;

    /// <summary>The value of English number words (lower case): "one hundred and twenty-three" is 123.</summary>
    internal static double WordsToNumber(string text)
    {
        string[] parts = Regex.Split(text, ",\\s|\\sand\\s|[\\s\\\\-]");
        var segments = new List<double> { 0 };
        foreach (string part in parts)
        {
            double value = WordValues.TryGetValue(part, out double v) ? v : double.NaN;
            if (value < 100)
            {
                double top = segments[segments.Count - 1];
                segments.RemoveAt(segments.Count - 1);
                if (top >= 1000)
                {
                    segments.Add(top);
                    top = 0;
                }

                segments.Add(top + value);
            }
            else
            {
                double top = segments[segments.Count - 1];
                segments.RemoveAt(segments.Count - 1);
                segments.Add(top * value);
            }
        }

        double result = 0;
        foreach (double s in segments)
        {
            result += s;
        }

        return result;
    }

    internal static double RomanToNumber(string roman)
    {
        double result = 0;
        double max = 1;
        for (int i = roman.Length - 1; i >= 0; i--)
        {
            double value = roman[i] switch { 'M' => 1000, 'D' => 500, 'C' => 100, 'L' => 50, 'X' => 10, 'V' => 5, 'I' => 1, _ => double.NaN };
            if (value < max)
            {
                result -= value;
            }
            else
            {
                max = double.IsNaN(value) ? max : value;
                result += value;
            }
        }

        return result;
    }

    internal static double LettersToNumber(string letters, char a)
    {
        double result = 0;
        for (int i = 0; i < letters.Length; i++)
        {
            result += (letters[letters.Length - i - 1] - a + 1) * Math.Pow(26, i);
        }

        return result;
    }

    /// <summary>The regex (without anchors) a value of this format matches when it is parsed.</summary>
    internal static string ParsePattern(IntegerFormat format)
    {
        bool upper = format.Case == LetterCase.Upper;
        switch (format.Primary)
        {
            case Primary.Letters:
                return upper ? "[A-Z]+" : "[a-z]+";
            case Primary.Roman:
                return upper ? "[MDCLXVI]+" : "[mdclxvi]+";
            case Primary.Words:
                {
                    var sb = new StringBuilder("(?:");
                    foreach (string key in WordValues.Keys)
                    {
                        sb.Append(key).Append('|');
                    }

                    sb.Append("and|[\\-, ])+");
                    return sb.ToString();
                }

            case Primary.Decimal:
                {
                    string pattern = "[0-9]" + (format.ParseWidth > 0 ? "{" + format.ParseWidth.ToString(CultureInfo.InvariantCulture) + "}" : "+");
                    return format.Ordinal ? pattern + "(?:th|st|nd|rd)" : pattern;
                }

            default:
                throw new JsonAtaException("D3130", "Formatting or parsing an integer as a sequence starting with '" + format.Token + "' is not supported");
        }
    }

    /// <summary>The value of <paramref name="value"/> read with this format (NaN when it is not one).</summary>
    internal static double Parse(IntegerFormat format, string value)
    {
        bool upper = format.Case == LetterCase.Upper;
        switch (format.Primary)
        {
            case Primary.Letters:
                return LettersToNumber(value, upper ? 'A' : 'a');
            case Primary.Roman:
                return RomanToNumber(upper ? value : value.ToUpperInvariant());
            case Primary.Words:
                return WordsToNumber(value.ToLowerInvariant());
            case Primary.Decimal:
                {
                    string digits = value;
                    if (format.Ordinal)
                    {
                        digits = digits.Substring(0, Math.Max(0, digits.Length - 2));
                    }

                    if (format.Regular)
                    {
                        digits = digits.Replace(",", string.Empty);
                    }
                    else
                    {
                        foreach ((int _, string character) in format.Separators)
                        {
                            digits = digits.Replace(character, string.Empty);
                        }
                    }

                    if (format.ZeroCode != 0x30)
                    {
                        var sb = new StringBuilder();
                        foreach (char c in digits)
                        {
                            sb.Append((char)(c - format.ZeroCode + 0x30));
                        }

                        digits = sb.ToString();
                    }

                    return ParseIntPrefix(digits);
                }

            default:
                throw new JsonAtaException("D3130", "Formatting or parsing an integer as a sequence starting with '" + format.Token + "' is not supported");
        }
    }

    /// <summary>JavaScript's <c>parseInt(text)</c> in base 10: optional sign and leading digits, NaN without any.</summary>
    internal static double ParseIntPrefix(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        bool negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        int start = i;
        double value = 0;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        if (i == start)
        {
            return double.NaN;
        }

        return negative ? -value : value;
    }

    /// <summary>An analysed integer picture.</summary>
    internal sealed class IntegerFormat
    {
        public Primary Primary { get; set; } = Primary.Decimal;

        public LetterCase Case { get; set; } = LetterCase.Lower;

        public bool Ordinal { get; set; }

        public int ZeroCode { get; set; } = 0x30;

        public int MandatoryDigits { get; set; }

        public int OptionalDigits { get; set; }

        public bool Regular { get; set; }

        public int RegularPosition { get; set; }

        public string RegularCharacter { get; set; } = ",";

        public List<(int Position, string Character)> Separators { get; set; } = new List<(int Position, string Character)>();

        /// <summary>The fixed width a date/time picture gives a number followed directly by another (0: any width).</summary>
        public int ParseWidth { get; set; }

        public string? Token { get; set; }

        public IntegerFormat Copy()
        {
            var copy = (IntegerFormat)MemberwiseClone();
            copy.Separators = new List<(int Position, string Character)>(Separators);
            return copy;
        }
    }
}
