using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// <c>$formatNumber(number, picture, options)</c>: the XPath 3.1 <c>format-number</c> picture string (prefix,
/// integer and fraction parts with <c>0</c>/<c>#</c>, grouping separators, percent, per-mille, exponent, a
/// second sub-picture for negatives) with the decimal-format properties in <c>options</c>, following the
/// reference implementation's reading of the picture, its validation errors D3080–D3093, and its rounding.
/// </summary>
internal static class JsonAtaNumberFormatter
{
    public static object? FormatNumber(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double value)
        {
            return null;
        }

        string picture = a.Length > 1 && a[1] is string p ? p : "undefined";
        if (!(a.Length > 2 && a[2] is JsonAtaObject))
        {
            // The default decimal format: the picture's analysis is reused (a picture is usually applied to many numbers).
            List<Analysis> prepared = DefaultPictures.Count < 1000
                ? DefaultPictures.GetOrAdd(picture, DefaultFormatter.Prepare)
                : DefaultFormatter.Prepare(picture);
            return DefaultFormatter.Apply(value, prepared);
        }

        return new Formatter(Properties(a.Length > 2 ? a[2] as JsonAtaObject : null)).Format(value, picture);
    }

    private static readonly Formatter DefaultFormatter = new Formatter(Properties(null));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Analysis>> DefaultPictures =
        new System.Collections.Concurrent.ConcurrentDictionary<string, List<Analysis>>(StringComparer.Ordinal);

    private static Dictionary<string, string> Properties(JsonAtaObject? options)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["decimal-separator"] = ".",
            ["grouping-separator"] = ",",
            ["exponent-separator"] = "e",
            ["infinity"] = "Infinity",
            ["minus-sign"] = "-",
            ["NaN"] = "NaN",
            ["percent"] = "%",
            ["per-mille"] = "\u2030",
            ["zero-digit"] = "0",
            ["digit"] = "#",
            ["pattern-separator"] = ";",
        };
        if (options != null)
        {
            foreach (string key in options.Keys)
            {
                properties[key] = options.Get(key) as string ?? JsonAtaValues.ToJsonAtaString(options.Get(key)) ?? string.Empty;
            }
        }

        return properties;
    }

    internal sealed class Formatter
    {
        private readonly string _decimal;
        private readonly string _grouping;
        private readonly string _exponent;
        private readonly string _minus;
        private readonly string _percent;
        private readonly string _perMille;
        private readonly string _zero;
        private readonly string _digit;
        private readonly string _patternSeparator;
        private readonly List<string> _digitFamily = new List<string>(10);
        private readonly List<string> _active = new List<string>();

        public Formatter(Dictionary<string, string> properties)
        {
            _decimal = properties["decimal-separator"];
            _grouping = properties["grouping-separator"];
            _exponent = properties["exponent-separator"];
            _minus = properties["minus-sign"];
            _percent = properties["percent"];
            _perMille = properties["per-mille"];
            _zero = properties["zero-digit"];
            _digit = properties["digit"];
            _patternSeparator = properties["pattern-separator"];
            int zeroCode = _zero.Length > 0 ? _zero[0] : 0;
            for (int i = zeroCode; i < zeroCode + 10; i++)
            {
                _digitFamily.Add(((char)i).ToString());
            }

            _active.AddRange(_digitFamily);
            _active.Add(_decimal);
            _active.Add(_exponent);
            _active.Add(_grouping);
            _active.Add(_digit);
            _active.Add(_patternSeparator);
        }

        public string Format(double value, string picture) => Apply(value, Prepare(picture));

        /// <summary>The picture read and checked: the positive sub-picture's analysis and the negative one's.</summary>
        public List<Analysis> Prepare(string picture)
        {
            string[] subPictures = JsSplit(picture, _patternSeparator);
            if (subPictures.Length > 2)
            {
                throw new JsonAtaException("D3080", "The picture string of $formatNumber has more than two sub-pictures");
            }

            var parts = new List<Parts>();
            foreach (string sub in subPictures)
            {
                parts.Add(Split(sub));
            }

            foreach (Parts part in parts)
            {
                Validate(part);
            }

            var variables = new List<Analysis>();
            foreach (Parts part in parts)
            {
                variables.Add(Analyse(part));
            }

            if (variables.Count == 1)
            {
                Analysis negative = variables[0].Copy();
                negative.Prefix = _minus + negative.Prefix;
                variables.Add(negative);
            }

            return variables;
        }

        public string Apply(double value, List<Analysis> variables)
        {
            Analysis pic = value >= 0 ? variables[0] : variables[1];
            double adjusted = pic.Picture.IndexOf(_percent, StringComparison.Ordinal) != -1 && _percent.Length > 0
                ? value * 100
                : pic.Picture.IndexOf(_perMille, StringComparison.Ordinal) != -1 && _perMille.Length > 0 ? value * 1000 : value;
            double mantissa;
            int? exponent = null;
            if (pic.MinimumExponentSize == 0)
            {
                mantissa = adjusted;
            }
            else
            {
                double maxMantissa = Math.Pow(10, pic.ScalingFactor);
                double minMantissa = Math.Pow(10, pic.ScalingFactor - 1);
                mantissa = adjusted;
                int e = 0;
                if (mantissa != 0)
                {
                    while (Math.Abs(mantissa) < minMantissa)
                    {
                        mantissa *= 10;
                        e -= 1;
                    }

                    while (Math.Abs(mantissa) > maxMantissa)
                    {
                        mantissa /= 10;
                        e += 1;
                    }
                }

                exponent = e;
            }

            double rounded = JsonAtaNumericFunctions.RoundHalfEven(mantissa, pic.MaximumFractionalPartSize);
            string text = MakeString(rounded, pic.MaximumFractionalPartSize);
            int decimalPos = text.IndexOf('.');
            text = decimalPos == -1 ? text + _decimal : ReplaceFirst(text, ".", _decimal);
            while (_zero.Length > 0 && text.StartsWith(_zero, StringComparison.Ordinal) && CharAt(text, 0) == _zero)
            {
                text = text.Substring(1);
            }

            while (_zero.Length > 0 && text.Length > 0 && CharAt(text, text.Length - 1) == _zero)
            {
                text = text.Substring(0, text.Length - 1);
            }

            decimalPos = text.IndexOf(_decimal, StringComparison.Ordinal);
            int padLeft = pic.MinimumIntegerPartSize - decimalPos;
            int padRight = pic.MinimumFractionalPartSize - (text.Length - decimalPos - 1);
            text = Repeat(_zero, padLeft) + text + Repeat(_zero, padRight);
            decimalPos = text.IndexOf(_decimal, StringComparison.Ordinal);
            if (pic.RegularGrouping > 0)
            {
                int groupCount = (int)Math.Floor((decimalPos - 1) / (double)pic.RegularGrouping);
                for (int group = 1; group <= groupCount; group++)
                {
                    int at = decimalPos - (group * pic.RegularGrouping);
                    text = JsSlice(text, 0, at) + _grouping + JsSlice(text, at, text.Length);
                }
            }
            else
            {
                foreach (int position in pic.IntegerPartGroupingPositions)
                {
                    int at = decimalPos - position;
                    text = JsSlice(text, 0, at) + _grouping + JsSlice(text, at, text.Length);
                    decimalPos++;
                }
            }

            decimalPos = text.IndexOf(_decimal, StringComparison.Ordinal);
            foreach (int position in pic.FractionalPartGroupingPositions)
            {
                int at = position + decimalPos + 1;
                text = JsSlice(text, 0, at) + _grouping + JsSlice(text, at, text.Length);
            }

            decimalPos = text.IndexOf(_decimal, StringComparison.Ordinal);
            if (pic.Picture.IndexOf(_decimal, StringComparison.Ordinal) == -1 || decimalPos == text.Length - 1)
            {
                text = text.Substring(0, Math.Max(0, text.Length - 1));
            }

            if (exponent is int ex)
            {
                string exponentText = MakeString(ex, 0);
                int padExponent = pic.MinimumExponentSize - exponentText.Length;
                exponentText = Repeat(_zero, padExponent) + exponentText;
                text = text + _exponent + (ex < 0 ? _minus : string.Empty) + exponentText;
            }

            return pic.Prefix + text + pic.Suffix;
        }

        private string MakeString(double value, int decimals)
        {
            string text = ToFixed(Math.Abs(value), decimals);
            if (_zero != "0")
            {
                var sb = new StringBuilder(text.Length);
                foreach (char c in text)
                {
                    sb.Append(c >= '0' && c <= '9' ? _digitFamily[c - '0'] : c.ToString());
                }

                text = sb.ToString();
            }

            return text;
        }

        /// <summary>JavaScript's <c>toFixed</c> for a non-negative number below 1e21.</summary>
        private static string ToFixed(double value, int decimals)
        {
            if (value >= 1e21)
            {
                return JsonAtaValues.NumberToString(value);
            }

            return value.ToString("F" + Math.Min(Math.Max(decimals, 0), 100).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        private Parts Split(string subPicture)
        {
            string prefix = string.Empty;
            for (int i = 0; i < subPicture.Length; i++)
            {
                string ch = subPicture[i].ToString();
                if (_active.Contains(ch) && ch != _exponent)
                {
                    prefix = subPicture.Substring(0, i);
                    break;
                }
            }

            string suffix = string.Empty;
            for (int i = subPicture.Length - 1; i >= 0; i--)
            {
                string ch = subPicture[i].ToString();
                if (_active.Contains(ch) && ch != _exponent)
                {
                    suffix = subPicture.Substring(i + 1);
                    break;
                }
            }

            string activePart = JsSubstring(subPicture, prefix.Length, subPicture.Length - suffix.Length);
            string mantissaPart;
            string? exponentPart;
            int exponentPosition = subPicture.IndexOf(_exponent, Math.Min(prefix.Length, subPicture.Length), StringComparison.Ordinal);
            if (exponentPosition == -1 || exponentPosition > subPicture.Length - suffix.Length)
            {
                mantissaPart = activePart;
                exponentPart = null;
            }
            else
            {
                mantissaPart = JsSubstring(activePart, 0, exponentPosition);
                exponentPart = JsSubstring(activePart, exponentPosition + 1, activePart.Length);
            }

            string integerPart;
            string fractionalPart;
            int decimalPosition = mantissaPart.IndexOf(_decimal, StringComparison.Ordinal);
            if (decimalPosition == -1)
            {
                integerPart = mantissaPart;
                fractionalPart = suffix;
            }
            else
            {
                integerPart = mantissaPart.Substring(0, decimalPosition);
                fractionalPart = mantissaPart.Substring(decimalPosition + 1);
            }

            return new Parts(prefix, suffix, activePart, mantissaPart, exponentPart, integerPart, fractionalPart, subPicture);
        }

        private void Validate(Parts parts)
        {
            string? error = null;
            string sub = parts.SubPicture;
            int decimalPos = sub.IndexOf(_decimal, StringComparison.Ordinal);
            if (decimalPos != sub.LastIndexOf(_decimal, StringComparison.Ordinal))
            {
                error = "D3081";
            }

            if (sub.IndexOf(_percent, StringComparison.Ordinal) != sub.LastIndexOf(_percent, StringComparison.Ordinal))
            {
                error = "D3082";
            }

            if (sub.IndexOf(_perMille, StringComparison.Ordinal) != sub.LastIndexOf(_perMille, StringComparison.Ordinal))
            {
                error = "D3083";
            }

            if (sub.IndexOf(_percent, StringComparison.Ordinal) != -1 && sub.IndexOf(_perMille, StringComparison.Ordinal) != -1)
            {
                error = "D3084";
            }

            bool valid = false;
            foreach (char c in parts.MantissaPart)
            {
                string ch = c.ToString();
                if (_digitFamily.Contains(ch) || ch == _digit)
                {
                    valid = true;
                    break;
                }
            }

            if (!valid)
            {
                error = "D3085";
            }

            foreach (char c in parts.ActivePart)
            {
                if (!_active.Contains(c.ToString()))
                {
                    error = "D3086";
                }
            }

            if (decimalPos != -1)
            {
                if (CharAt(sub, decimalPos - 1) == _grouping || CharAt(sub, decimalPos + 1) == _grouping)
                {
                    error = "D3087";
                }
            }
            else if (CharAt(parts.IntegerPart, parts.IntegerPart.Length - 1) == _grouping)
            {
                error = "D3088";
            }

            if (sub.IndexOf(_grouping + _grouping, StringComparison.Ordinal) != -1)
            {
                error = "D3089";
            }

            int optionalDigitPos = parts.IntegerPart.IndexOf(_digit, StringComparison.Ordinal);
            if (optionalDigitPos != -1 && CountDigits(parts.IntegerPart.Substring(0, optionalDigitPos), false) > 0)
            {
                error = "D3090";
            }

            optionalDigitPos = parts.FractionalPart.LastIndexOf(_digit, StringComparison.Ordinal);
            if (optionalDigitPos != -1 && CountDigits(parts.FractionalPart.Substring(optionalDigitPos), false) > 0)
            {
                error = "D3091";
            }

            bool exponentExists = parts.ExponentPart != null;
            if (exponentExists && parts.ExponentPart!.Length > 0 && (sub.IndexOf(_percent, StringComparison.Ordinal) != -1 || sub.IndexOf(_perMille, StringComparison.Ordinal) != -1))
            {
                error = "D3092";
            }

            if (exponentExists && (parts.ExponentPart!.Length == 0 || CountDigits(parts.ExponentPart, false) != parts.ExponentPart.Length))
            {
                error = "D3093";
            }

            if (error != null)
            {
                throw new JsonAtaException(error, "The $formatNumber picture '" + sub + "' is not valid (" + error + ")");
            }
        }

        private Analysis Analyse(Parts parts)
        {
            List<int> integerGroupingPositions = GroupingPositions(parts, parts.IntegerPart, toLeft: false);
            int regularGrouping = Regular(integerGroupingPositions);
            List<int> fractionalGroupingPositions = GroupingPositions(parts, parts.FractionalPart, toLeft: true);
            int minimumIntegerPartSize = CountDigits(parts.IntegerPart, false);
            int scalingFactor = minimumIntegerPartSize;
            int minimumFractionalPartSize = CountDigits(parts.FractionalPart, false);
            int maximumFractionalPartSize = CountDigits(parts.FractionalPart, true);
            bool exponentPresent = parts.ExponentPart != null;
            if (minimumIntegerPartSize == 0 && maximumFractionalPartSize == 0)
            {
                if (exponentPresent)
                {
                    minimumFractionalPartSize = 1;
                    maximumFractionalPartSize = 1;
                }
                else
                {
                    minimumIntegerPartSize = 1;
                }
            }

            if (exponentPresent && minimumIntegerPartSize == 0 && parts.IntegerPart.IndexOf(_digit, StringComparison.Ordinal) != -1)
            {
                minimumIntegerPartSize = 1;
            }

            if (minimumIntegerPartSize == 0 && minimumFractionalPartSize == 0)
            {
                minimumFractionalPartSize = 1;
            }

            int minimumExponentSize = exponentPresent ? CountDigits(parts.ExponentPart!, false) : 0;
            return new Analysis
            {
                IntegerPartGroupingPositions = integerGroupingPositions,
                RegularGrouping = regularGrouping,
                MinimumIntegerPartSize = minimumIntegerPartSize,
                ScalingFactor = scalingFactor,
                Prefix = parts.Prefix,
                FractionalPartGroupingPositions = fractionalGroupingPositions,
                MinimumFractionalPartSize = minimumFractionalPartSize,
                MaximumFractionalPartSize = maximumFractionalPartSize,
                MinimumExponentSize = minimumExponentSize,
                Suffix = parts.Suffix,
                Picture = parts.SubPicture,
            };
        }

        /// <summary>
        /// The digit counts beside each grouping separator. Like the reference, the search for the next
        /// separator always runs in the integer part, even for the fractional part.
        /// </summary>
        private List<int> GroupingPositions(Parts parts, string part, bool toLeft)
        {
            var positions = new List<int>();
            int groupingPosition = part.IndexOf(_grouping, StringComparison.Ordinal);
            while (groupingPosition != -1 && _grouping.Length > 0)
            {
                string side = toLeft ? part.Substring(0, Math.Min(groupingPosition, part.Length)) : (groupingPosition <= part.Length ? part.Substring(groupingPosition) : string.Empty);
                positions.Add(CountDigits(side, true));
                int from = groupingPosition + 1;
                groupingPosition = from <= parts.IntegerPart.Length ? parts.IntegerPart.IndexOf(_grouping, from, StringComparison.Ordinal) : -1;
            }

            return positions;
        }

        private static int Regular(List<int> indexes)
        {
            if (indexes.Count == 0)
            {
                return 0;
            }

            int factor = indexes[0];
            for (int i = 1; i < indexes.Count; i++)
            {
                factor = Gcd(factor, indexes[i]);
            }

            for (int index = 1; index <= indexes.Count; index++)
            {
                if (!indexes.Contains(index * factor))
                {
                    return 0;
                }
            }

            return factor;

            static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
        }

        private int CountDigits(string text, bool withOptional)
        {
            int n = 0;
            foreach (char c in text)
            {
                string ch = c.ToString();
                if (_digitFamily.Contains(ch) || (withOptional && ch == _digit))
                {
                    n++;
                }
            }

            return n;
        }

        private static string CharAt(string s, int i) => i >= 0 && i < s.Length ? s[i].ToString() : string.Empty;

        private static string Repeat(string s, int count)
        {
            if (count <= 0)
            {
                return string.Empty;
            }

            var sb = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                sb.Append(s);
            }

            return sb.ToString();
        }

        private static string ReplaceFirst(string s, string what, string with)
        {
            int i = s.IndexOf(what, StringComparison.Ordinal);
            return i < 0 ? s : s.Substring(0, i) + with + s.Substring(i + what.Length);
        }

        private static string JsSlice(string s, int from, int to)
        {
            from = from < 0 ? Math.Max(s.Length + from, 0) : Math.Min(from, s.Length);
            to = to < 0 ? Math.Max(s.Length + to, 0) : Math.Min(to, s.Length);
            return to > from ? s.Substring(from, to - from) : string.Empty;
        }

        private static string JsSubstring(string s, int from, int to) => JsonAtaStringFunctions.JsSubstring(s, from, to);

        private static string[] JsSplit(string s, string separator)
        {
            if (separator.Length == 0)
            {
                var chars = new string[s.Length];
                for (int i = 0; i < s.Length; i++)
                {
                    chars[i] = s[i].ToString();
                }

                return chars;
            }

            return s.Split(new[] { separator }, StringSplitOptions.None);
        }
    }

    private sealed record Parts(string Prefix, string Suffix, string ActivePart, string MantissaPart, string? ExponentPart, string IntegerPart, string FractionalPart, string SubPicture);

    internal sealed class Analysis
    {
        public List<int> IntegerPartGroupingPositions { get; set; } = new List<int>();

        public int RegularGrouping { get; set; }

        public int MinimumIntegerPartSize { get; set; }

        public int ScalingFactor { get; set; }

        public string Prefix { get; set; } = string.Empty;

        public List<int> FractionalPartGroupingPositions { get; set; } = new List<int>();

        public int MinimumFractionalPartSize { get; set; }

        public int MaximumFractionalPartSize { get; set; }

        public int MinimumExponentSize { get; set; }

        public string Suffix { get; set; } = string.Empty;

        public string Picture { get; set; } = string.Empty;

        public Analysis Copy() => (Analysis)MemberwiseClone();
    }
}
