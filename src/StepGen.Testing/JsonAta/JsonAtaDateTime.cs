using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// <c>$fromMillis</c>, <c>$toMillis</c> and <c>$now</c>: XPath 3.1 date/time picture strings (<c>[Y0001]-[M01]</c>,
/// names, ordinals, week numbers, time zones) formatted and parsed with the reference implementation's rules,
/// all in UTC plus an optional fixed offset, over JavaScript's millisecond time line.
/// </summary>
internal static class JsonAtaDateTime
{
    private const double MillisInADay = 86_400_000;

    private static readonly string[] Days = { string.Empty, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly Regex Iso8601 = new Regex("^[0-9]{4}(-[01][0-9])?(-[0-3][0-9])?(T[0-2][0-9]:[0-5][0-9]:[0-5][0-9])?(\\.[0-9]+)?([+-][0-2][0-9]:?[0-5][0-9]|Z)?$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<char, string> DefaultPresentation = new Dictionary<char, string>
    {
        ['Y'] = "1",
        ['M'] = "1",
        ['D'] = "1",
        ['d'] = "1",
        ['F'] = "n",
        ['W'] = "1",
        ['w'] = "1",
        ['X'] = "1",
        ['x'] = "1",
        ['H'] = "1",
        ['h'] = "1",
        ['P'] = "n",
        ['m'] = "01",
        ['s'] = "01",
        ['f'] = "1",
        ['Z'] = "01:01",
        ['z'] = "01:01",
        ['C'] = "n",
        ['E'] = "n",
    };

    // Analysed pictures by text: a picture is read once, however many values it formats.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Part>> Pictures =
        new System.Collections.Concurrent.ConcurrentDictionary<string, List<Part>>(StringComparer.Ordinal);

    public static object? FromMillis(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not double millis)
        {
            return null;
        }

        return Format(millis, a.Length > 1 ? a[1] as string : null, a.Length > 2 ? a[2] as string : null);
    }

    public static object? ToMillis(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string timestamp)
        {
            return null;
        }

        if (a.Length < 2 || a[1] is not string picture)
        {
            if (!Iso8601.IsMatch(timestamp))
            {
                throw new JsonAtaException("D3110", "The argument of $toMillis must be an ISO 8601 timestamp; it was '" + timestamp + "'");
            }

            return ParseIso(timestamp);
        }

        return Parse(timestamp, picture, call.Evaluator.NowMillis);
    }

    public static object? Now(JsonAtaCall call, object?[] a) =>
        Format(call.Evaluator.NowMillis, a.Length > 0 ? a[0] as string : null, a.Length > 1 ? a[1] as string : null);

    public static object? Millis(JsonAtaCall call, object?[] a) => call.Evaluator.NowMillis;

    /// <summary>
    /// JavaScript's Date.parse (V8's) of a string the ISO pattern accepted: no offset is read as UTC, a day up to 31
    /// runs on into the next month (2026-02-29 is 1 March), a month or hour out of range is NaN.
    /// </summary>
    private static double ParseIso(string text)
    {
        int year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
        int i = 4;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        double millis = 0;
        double offsetMinutes = 0;
        if (i < text.Length && text[i] == '-')
        {
            month = int.Parse(text.Substring(i + 1, 2), CultureInfo.InvariantCulture);
            i += 3;
        }

        if (i < text.Length && text[i] == '-')
        {
            day = int.Parse(text.Substring(i + 1, 2), CultureInfo.InvariantCulture);
            i += 3;
        }

        if (i < text.Length && text[i] == 'T')
        {
            hour = int.Parse(text.Substring(i + 1, 2), CultureInfo.InvariantCulture);
            minute = int.Parse(text.Substring(i + 4, 2), CultureInfo.InvariantCulture);
            second = int.Parse(text.Substring(i + 7, 2), CultureInfo.InvariantCulture);
            i += 9;
        }

        if (i < text.Length && text[i] == '.')
        {
            int start = ++i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            string fraction = text.Substring(start, i - start);
            millis = Math.Floor(double.Parse("0." + fraction, CultureInfo.InvariantCulture) * 1000);
            if (fraction.Length <= 3)
            {
                millis = int.Parse(fraction.PadRight(3, '0'), CultureInfo.InvariantCulture);
            }
        }

        int offsetHours = 0;
        if (i < text.Length && text[i] != 'Z')
        {
            int sign = text[i] == '-' ? -1 : 1;
            string rest = text.Substring(i + 1).Replace(":", string.Empty);
            offsetHours = int.Parse(rest.Substring(0, 2), CultureInfo.InvariantCulture);
            offsetMinutes = sign * ((offsetHours * 60) + int.Parse(rest.Substring(2, 2), CultureInfo.InvariantCulture));
        }

        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || (hour == 24 && (minute > 0 || second > 0 || millis > 0)) || offsetHours > 23)
        {
            return double.NaN;
        }

        return UtcMillis(year, month - 1, day, hour, minute, second, millis) - (offsetMinutes * 60_000);
    }

    /// <summary>JavaScript's Date.UTC with month overflow normalised (years 0-99 are not shifted to 19xx here; callers pass full years).</summary>
    internal static double UtcMillis(double year, double month, double day, double hour = 0, double minute = 0, double second = 0, double millis = 0)
    {
        if (double.IsNaN(year + month + day + hour + minute + second + millis) || double.IsInfinity(year + month + day))
        {
            return double.NaN;
        }

        double y = year + Math.Floor(month / 12);
        double m = ((month % 12) + 12) % 12;
        double days = DaysFromCivil((long)y, (int)m + 1, 1) + (day - 1);
        return (days * MillisInADay) + (hour * 3_600_000) + (minute * 60_000) + (second * 1000) + millis;
    }

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date.</summary>
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - (era * 400);
        long doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + d - 1;
        long doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary>The UTC fields of a time value, as a JavaScript Date reports them.</summary>
    private readonly struct JsDate
    {
        public JsDate(double time)
        {
            Time = time;
            double days = Math.Floor(time / MillisInADay);
            double msInDay = time - (days * MillisInADay);
            long z = (long)days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long doe = z - (era * 146097);
            long yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
            long y = yoe + (era * 400);
            long doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
            long mp = ((5 * doy) + 2) / 153;
            int d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
            int m = (int)(mp < 10 ? mp + 3 : mp - 9);
            Year = y + (m <= 2 ? 1 : 0);
            Month = m - 1;
            Day = d;
            Hours = (int)(msInDay / 3_600_000);
            Minutes = (int)(msInDay % 3_600_000 / 60_000);
            Seconds = (int)(msInDay % 60_000 / 1000);
            Milliseconds = (int)(msInDay % 1000);
            WeekDay = (int)((((long)days % 7) + 11) % 7);
        }

        public double Time { get; }

        public long Year { get; }

        /// <summary>0 to 11.</summary>
        public int Month { get; }

        public int Day { get; }

        public int Hours { get; }

        public int Minutes { get; }

        public int Seconds { get; }

        public int Milliseconds { get; }

        /// <summary>0 (Sunday) to 6.</summary>
        public int WeekDay { get; }
    }

    private static double StartOfFirstWeek(long year, int month)
    {
        double jan1 = UtcMillis(year, month, 1);
        int dayOfJan1 = new JsDate(jan1).WeekDay;
        if (dayOfJan1 == 0)
        {
            dayOfJan1 = 7;
        }

        return dayOfJan1 > 4 ? jan1 + ((8 - dayOfJan1) * MillisInADay) : jan1 - ((dayOfJan1 - 1) * MillisInADay);
    }

    private static double DeltaWeeks(double start, double end) => ((end - start) / (MillisInADay * 7)) + 1;

    private static object Fragment(JsDate date, char component)
    {
        switch (component)
        {
            case 'Y':
                return (double)date.Year;
            case 'M':
                return (double)(date.Month + 1);
            case 'D':
                return (double)date.Day;
            case 'd':
                {
                    double today = UtcMillis(date.Year, date.Month, date.Day);
                    double firstJan = UtcMillis(date.Year, 0, 1);
                    return ((today - firstJan) / MillisInADay) + 1;
                }

            case 'F':
                return (double)(date.WeekDay == 0 ? 7 : date.WeekDay);
            case 'W':
                {
                    double startOfWeek1 = StartOfFirstWeek(date.Year, 0);
                    double today = UtcMillis(date.Year, date.Month, date.Day);
                    double week = DeltaWeeks(startOfWeek1, today);
                    if (week > 52)
                    {
                        if (today >= StartOfFirstWeek(date.Year + 1, 0))
                        {
                            week = 1;
                        }
                    }
                    else if (week < 1)
                    {
                        week = DeltaWeeks(StartOfFirstWeek(date.Year - 1, 0), today);
                    }

                    return Math.Floor(week);
                }

            case 'w':
                {
                    double startOfWeek1 = StartOfFirstWeek(date.Year, date.Month);
                    double today = UtcMillis(date.Year, date.Month, date.Day);
                    double week = DeltaWeeks(startOfWeek1, today);
                    if (week > 4)
                    {
                        (long ny, int nm) = date.Month == 11 ? (date.Year + 1, 0) : (date.Year, date.Month + 1);
                        if (today >= StartOfFirstWeek(ny, nm))
                        {
                            week = 1;
                        }
                    }
                    else if (week < 1)
                    {
                        (long py, int pm) = date.Month == 0 ? (date.Year - 1, 11) : (date.Year, date.Month - 1);
                        week = DeltaWeeks(StartOfFirstWeek(py, pm), today);
                    }

                    return Math.Floor(week);
                }

            case 'X':
                {
                    double start = StartOfFirstWeek(date.Year, 0);
                    double end = StartOfFirstWeek(date.Year + 1, 0);
                    return (double)(date.Time < start ? date.Year - 1 : date.Time >= end ? date.Year + 1 : date.Year);
                }

            case 'x':
                {
                    double start = StartOfFirstWeek(date.Year, date.Month);
                    (long ny, int nm) = date.Month == 11 ? (date.Year + 1, 0) : (date.Year, date.Month + 1);
                    double end = StartOfFirstWeek(ny, nm);
                    int previous = date.Month == 0 ? 11 : date.Month - 1;
                    return (double)(date.Time < start ? previous + 1 : date.Time >= end ? nm + 1 : date.Month + 1);
                }

            case 'H':
                return (double)date.Hours;
            case 'h':
                {
                    int h = date.Hours % 12;
                    return (double)(h == 0 ? 12 : h);
                }

            case 'P':
                return date.Hours >= 12 ? "pm" : "am";
            case 'm':
                return (double)date.Minutes;
            case 's':
                return (double)date.Seconds;
            case 'f':
                return (double)date.Milliseconds;
            case 'C':
            case 'E':
                return "ISO";
            default:
                return string.Empty;
        }
    }

    /// <summary>One piece of an analysed date/time picture: a literal or a component marker.</summary>
    private sealed class Part
    {
        public string? Literal { get; set; }

        public char Component { get; set; }

        public string Presentation1 { get; set; } = string.Empty;

        public char? Presentation2 { get; set; }

        public JsonAtaIntegerFormatter.LetterCase? Names { get; set; }

        public JsonAtaIntegerFormatter.IntegerFormat? IntegerFormat { get; set; }

        public double? WidthMin { get; set; }

        public double? WidthMax { get; set; }

        public bool HasWidth { get; set; }

        /// <summary>For the year: how many digits to keep (-1 all).</summary>
        public int N { get; set; } = -1;
    }

    private static List<Part> Analysed(string picture) =>
        Pictures.Count < 1000 ? Pictures.GetOrAdd(picture, Analyse) : Analyse(picture);

    private static List<Part> Analyse(string picture)
    {
        var spec = new List<Part>();
        int start = 0;
        int pos = 0;
        while (pos < picture.Length)
        {
            if (picture[pos] == '[')
            {
                if (pos + 1 < picture.Length && picture[pos + 1] == '[')
                {
                    AddLiteral(start, pos);
                    spec.Add(new Part { Literal = "[" });
                    pos += 2;
                    start = pos;
                    continue;
                }

                AddLiteral(start, pos);
                start = pos;
                pos = picture.IndexOf(']', start);
                if (pos == -1)
                {
                    throw new JsonAtaException("D3135", "A date/time picture has a '[' without its ']'");
                }

                string marker = Regex.Replace(picture.Substring(start + 1, pos - start - 1), "\\s+", string.Empty);
                var def = new Part { Component = marker.Length > 0 ? marker[0] : '\0' };
                int comma = marker.LastIndexOf(',');
                string presentation;
                if (comma != -1)
                {
                    string widthModifier = marker.Substring(comma + 1);
                    int dash = widthModifier.IndexOf('-');
                    string min;
                    string? max = null;
                    if (dash == -1)
                    {
                        min = widthModifier;
                    }
                    else
                    {
                        min = widthModifier.Substring(0, dash);
                        max = widthModifier.Substring(dash + 1);
                    }

                    def.HasWidth = true;
                    def.WidthMin = ParseWidth(min);
                    def.WidthMax = ParseWidth(max);
                    presentation = marker.Substring(Math.Min(1, comma), Math.Max(0, comma - 1));
                }
                else
                {
                    presentation = marker.Length > 1 ? marker.Substring(1) : string.Empty;
                }

                if (presentation.Length == 1)
                {
                    def.Presentation1 = presentation;
                }
                else if (presentation.Length > 1)
                {
                    char last = presentation[presentation.Length - 1];
                    if ("atco".IndexOf(last) != -1)
                    {
                        def.Presentation2 = last;
                        def.Presentation1 = presentation.Substring(0, presentation.Length - 1);
                    }
                    else
                    {
                        def.Presentation1 = presentation;
                    }
                }
                else if (DefaultPresentation.TryGetValue(def.Component, out string? standard))
                {
                    def.Presentation1 = standard;
                }
                else
                {
                    throw new JsonAtaException("D3132", "Unknown component '" + def.Component + "' in a date/time picture");
                }

                if (def.Presentation1.Length > 0 && def.Presentation1[0] == 'n')
                {
                    def.Names = JsonAtaIntegerFormatter.LetterCase.Lower;
                }
                else if (def.Presentation1.Length > 0 && def.Presentation1[0] == 'N')
                {
                    def.Names = def.Presentation1.Length > 1 && def.Presentation1[1] == 'n' ? JsonAtaIntegerFormatter.LetterCase.Title : JsonAtaIntegerFormatter.LetterCase.Upper;
                }
                else if ("YMDdFWwXxHhmsf".IndexOf(def.Component) != -1)
                {
                    string integerPattern = def.Presentation1;
                    if (def.Presentation2 is char p2)
                    {
                        integerPattern += ";" + p2;
                    }

                    def.IntegerFormat = JsonAtaIntegerFormatter.Analyse(integerPattern);
                    if (def.WidthMin is double wmin && def.IntegerFormat.MandatoryDigits < wmin)
                    {
                        def.IntegerFormat.MandatoryDigits = (int)wmin;
                    }

                    if (def.Component == 'Y')
                    {
                        def.N = -1;
                        if (def.WidthMax is double wmax)
                        {
                            def.N = (int)wmax;
                            def.IntegerFormat.MandatoryDigits = def.N;
                        }
                        else
                        {
                            int w = def.IntegerFormat.MandatoryDigits + def.IntegerFormat.OptionalDigits;
                            if (w >= 2)
                            {
                                def.N = w;
                            }
                        }
                    }

                    Part? previous = spec.Count > 0 ? spec[spec.Count - 1] : null;
                    if (previous?.IntegerFormat != null)
                    {
                        previous.IntegerFormat.ParseWidth = previous.IntegerFormat.MandatoryDigits;
                    }
                }

                if (def.Component is 'Z' or 'z')
                {
                    def.IntegerFormat = JsonAtaIntegerFormatter.Analyse(def.Presentation1);
                }

                spec.Add(def);
                start = pos + 1;
            }

            pos++;
        }

        AddLiteral(start, pos);
        return spec;

        void AddLiteral(int from, int to)
        {
            if (to > from)
            {
                spec.Add(new Part { Literal = picture.Substring(from, Math.Min(to, picture.Length) - from).Replace("]]", "]") });
            }
        }

        static double? ParseWidth(string? text)
        {
            if (text is null || text == "*")
            {
                return null;
            }

            double value = JsonAtaIntegerFormatter.ParseIntPrefix(text);
            return double.IsNaN(value) ? null : value;
        }
    }

    /// <summary>Formats a time value with a picture (null: ISO 8601 with milliseconds) and an optional "±HHMM" zone.</summary>
    internal static string Format(double millis, string? picture, string? timezone)
    {
        double offsetHours = 0;
        double offsetMinutes = 0;
        if (timezone != null)
        {
            double offset = JsonAtaIntegerFormatter.ParseIntPrefix(timezone);
            offsetHours = Math.Floor(offset / 100);
            offsetMinutes = offset % 100;
        }

        List<Part> spec = Analysed(picture ?? "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]");
        double offsetMillis = ((60 * offsetHours) + offsetMinutes) * 60 * 1000;
        double time = millis + offsetMillis;
        var result = new StringBuilder();
        if (double.IsNaN(time) || Math.Abs(time) > 8.64e15)
        {
            // Outside JavaScript's time range a Date is invalid and each of its fields is NaN; the reference formats
            // that as it comes ("0NaN-NaN-NaN...").
            foreach (Part part in spec)
            {
                result.Append(part.Literal ?? FormatInvalidComponent(part, offsetHours, offsetMinutes));
            }

            return result.ToString();
        }

        var date = new JsDate(Math.Truncate(time));
        foreach (Part part in spec)
        {
            result.Append(part.Literal ?? FormatComponent(date, part, offsetHours, offsetMinutes));
        }

        return result.ToString();
    }

    private static string FormatInvalidComponent(Part marker, double offsetHours, double offsetMinutes)
    {
        switch (marker.Component)
        {
            case 'Z':
            case 'z':
                return FormatComponent(new JsDate(0), marker, offsetHours, offsetMinutes);
            case 'P':
                return marker.Names == JsonAtaIntegerFormatter.LetterCase.Upper ? "AM" : "am";
            case 'C':
            case 'E':
                return "ISO";
        }

        if (marker.Names is JsonAtaIntegerFormatter.LetterCase names)
        {
            if (names == JsonAtaIntegerFormatter.LetterCase.Title && marker.Component is 'M' or 'x' or 'F')
            {
                return "undefined";
            }

            // The reference fails here with a JavaScript TypeError (no JSONata code): the name of an invalid date is undefined.
            throw new JsonAtaException("D3001", "The time value is outside the range of dates, so '" + marker.Component + "' has no name");
        }

        return marker.IntegerFormat is null ? string.Empty : JsonAtaIntegerFormatter.Format(double.NaN, marker.IntegerFormat.Copy());
    }

    private static string FormatComponent(JsDate date, Part marker, double offsetHours, double offsetMinutes)
    {
        object value = Fragment(date, marker.Component);
        if ("YMDdFWwXxHhms".IndexOf(marker.Component) != -1)
        {
            double number = (double)value;
            if (marker.Component == 'Y' && marker.N != -1)
            {
                number %= Math.Pow(10, marker.N);
            }

            if (marker.Names is JsonAtaIntegerFormatter.LetterCase names)
            {
                string name;
                if (marker.Component is 'M' or 'x')
                {
                    name = Months[(int)number - 1];
                }
                else if (marker.Component == 'F')
                {
                    name = Days[(int)number];
                }
                else
                {
                    throw new JsonAtaException("D3133", "Only months and days have names in a date/time picture, not '" + marker.Component + "'");
                }

                if (names == JsonAtaIntegerFormatter.LetterCase.Upper)
                {
                    name = name.ToUpperInvariant();
                }
                else if (names == JsonAtaIntegerFormatter.LetterCase.Lower)
                {
                    name = name.ToLowerInvariant();
                }

                if (marker.WidthMax is double max && name.Length > max)
                {
                    name = name.Substring(0, (int)max);
                }

                return name;
            }

            return JsonAtaIntegerFormatter.Format(number, marker.IntegerFormat!.Copy());
        }

        if (marker.Component == 'f')
        {
            return JsonAtaIntegerFormatter.Format((double)value, marker.IntegerFormat!.Copy());
        }

        if (marker.Component is 'Z' or 'z')
        {
            double offset = (offsetHours * 100) + offsetMinutes;
            JsonAtaIntegerFormatter.IntegerFormat format = marker.IntegerFormat!;
            string text;
            if (format.Regular)
            {
                text = JsonAtaIntegerFormatter.Format(offset, format.Copy());
            }
            else
            {
                int digits = format.MandatoryDigits;
                if (digits is 1 or 2)
                {
                    text = JsonAtaIntegerFormatter.Format(offsetHours, format.Copy());
                    if (offsetMinutes != 0)
                    {
                        text += ":" + JsonAtaIntegerFormatter.Format(Math.Floor(offsetMinutes), JsonAtaIntegerFormatter.Analyse("00"));
                    }
                }
                else if (digits is 3 or 4)
                {
                    text = JsonAtaIntegerFormatter.Format(offset, format.Copy());
                }
                else
                {
                    throw new JsonAtaException("D3134", "The time zone format of a date/time picture cannot have more than four digits");
                }
            }

            if (offset >= 0)
            {
                text = "+" + text;
            }

            if (marker.Component == 'z')
            {
                text = "GMT" + text;
            }

            if (offset == 0 && marker.Presentation2 == 't')
            {
                text = "Z";
            }

            return text;
        }

        if (marker.Component == 'P')
        {
            string ampm = (string)value;
            return marker.Names == JsonAtaIntegerFormatter.LetterCase.Upper ? ampm.ToUpperInvariant() : ampm;
        }

        return value is double d ? JsonAtaValues.NumberToString(d) : (string)value;
    }

    /// <summary>The reference's <c>parseDateTime</c>: matches the picture, fills unspecified components, gives UTC millis or null.</summary>
    private static object? Parse(string timestamp, string picture, double now)
    {
        List<Part> spec = Analysed(picture);
        var regex = new StringBuilder("^");
        var parsers = new List<(char Component, Func<string, double>? Parse)>();
        foreach (Part part in spec)
        {
            if (part.Literal != null)
            {
                regex.Append('(').Append(Regex.Escape(part.Literal).Replace("]", "\\]").Replace("}", "\\}")).Append(')');
                parsers.Add(('\0', null));
            }
            else if (part.Component is 'Z' or 'z')
            {
                string? separator = part.IntegerFormat!.Regular ? part.IntegerFormat.RegularCharacter : null;
                string pattern = (part.Component == 'z' ? "GMT" : string.Empty) + "[-+][0-9]+" + (separator != null ? Regex.Escape(separator) + "[0-9]+" : string.Empty);
                regex.Append('(').Append(pattern).Append(')');
                char component = part.Component;
                parsers.Add((component, value =>
                {
                    if (component == 'z')
                    {
                        value = value.Substring(3);
                    }

                    double hours;
                    double minutes = 0;
                    if (separator != null)
                    {
                        int at = value.IndexOf(separator, StringComparison.Ordinal);
                        hours = JsonAtaIntegerFormatter.ParseIntPrefix(value.Substring(0, at));
                        minutes = JsonAtaIntegerFormatter.ParseIntPrefix(value.Substring(at + 1));
                    }
                    else if (value.Length - 1 <= 2)
                    {
                        hours = JsonAtaIntegerFormatter.ParseIntPrefix(value);
                    }
                    else
                    {
                        hours = JsonAtaIntegerFormatter.ParseIntPrefix(value.Substring(0, 3));
                        minutes = JsonAtaIntegerFormatter.ParseIntPrefix(value.Substring(3));
                    }

                    return (hours * 60) + minutes;
                }
                ));
            }
            else if (part.Component == 'f')
            {
                regex.Append("([0-9]+)");
                parsers.Add(('f', value => double.Parse("0." + value.Substring(0, Math.Min(3, value.Length)), CultureInfo.InvariantCulture) * 1000));
            }
            else if (part.IntegerFormat != null)
            {
                JsonAtaIntegerFormatter.IntegerFormat format = part.IntegerFormat;
                regex.Append('(').Append(JsonAtaIntegerFormatter.ParsePattern(format)).Append(')');
                parsers.Add((part.Component, value => JsonAtaIntegerFormatter.Parse(format, value)));
            }
            else
            {
                var lookup = new Dictionary<string, double>(StringComparer.Ordinal);
                if (part.Component is 'M' or 'x')
                {
                    for (int i = 0; i < Months.Length; i++)
                    {
                        lookup[part.WidthMax is double max and > 0 ? Months[i].Substring(0, Math.Min((int)max, Months[i].Length)) : Months[i]] = i + 1;
                    }
                }
                else if (part.Component == 'F')
                {
                    for (int i = 1; i < Days.Length; i++)
                    {
                        lookup[part.WidthMax is double max and > 0 ? Days[i].Substring(0, Math.Min((int)max, Days[i].Length)) : Days[i]] = i;
                    }
                }
                else if (part.Component == 'P')
                {
                    lookup["am"] = 0;
                    lookup["AM"] = 0;
                    lookup["pm"] = 1;
                    lookup["PM"] = 1;
                }
                else
                {
                    throw new JsonAtaException("D3133", "Only months and days have names in a date/time picture, not '" + part.Component + "'");
                }

                regex.Append("([a-zA-Z]+)");
                parsers.Add((part.Component, value => lookup.TryGetValue(value, out double v) ? v : double.NaN));
            }
        }

        regex.Append('$');
        Match match = Regex.Match(timestamp, regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return null;
        }

        var components = new Dictionary<char, double>();
        for (int i = 1; i < match.Groups.Count; i++)
        {
            (char component, Func<string, double>? parse) = parsers[i - 1];
            if (parse != null)
            {
                components[component] = parse(match.Groups[i].Value);
            }
        }

        if (components.Count == 0)
        {
            return null;
        }

        int mask = 0;
        foreach (char c in "YXMxWwdD")
        {
            Shift(c);
        }

        bool dateA = IsType(161);
        bool dateB = !dateA && IsType(130);
        bool dateC = IsType(84);
        bool dateD = !dateC && IsType(72);
        mask = 0;
        foreach (char c in "PHhmsf")
        {
            Shift(c);
        }

        bool timeA = IsType(23);
        bool timeB = !timeA && IsType(47);
        string comps = (dateB ? "YD" : dateC ? "XxwF" : dateD ? "XWF" : "YMD") + (timeB ? "Phmsf" : "Hmsf");
        var nowDate = new JsDate(now);
        bool startSpecified = false;
        bool endSpecified = false;
        foreach (char part in comps)
        {
            if (!components.ContainsKey(part))
            {
                if (startSpecified)
                {
                    components[part] = "MDd".IndexOf(part) != -1 ? 1 : 0;
                    endSpecified = true;
                }
                else
                {
                    components[part] = Fragment(nowDate, part) is double d ? d : 0;
                }
            }
            else
            {
                startSpecified = true;
                if (endSpecified)
                {
                    throw new JsonAtaException("D3136", "The date/time picture lacks components needed to parse the timestamp");
                }
            }
        }

        components['M'] = components.TryGetValue('M', out double month) && month > 0 ? month - 1 : 0;
        if (dateB)
        {
            double firstJan = UtcMillis(Component('Y'), 0, 1);
            var derived = new JsDate(firstJan + ((Component('d') - 1) * MillisInADay));
            components['M'] = derived.Month;
            components['D'] = derived.Day;
        }

        if (dateC || dateD)
        {
            throw new JsonAtaException("D3136", "The date/time picture lacks components needed to parse the timestamp");
        }

        if (timeB)
        {
            components['H'] = Component('h') == 12 ? 0 : Component('h');
            if (components.TryGetValue('P', out double pm) && pm == 1)
            {
                components['H'] += 12;
            }
        }

        double Component(char c) => components.TryGetValue(c, out double v) ? v : double.NaN;

        double year = Component('Y');
        if (year >= 0 && year <= 99 && year == Math.Floor(year))
        {
            year += 1900;
        }

        double result = UtcMillis(year, Component('M'), Component('D'), Component('H'), Component('m'), Component('s'), Component('f'));
        double zone = components.TryGetValue('Z', out double z1) && z1 != 0 ? z1 : components.TryGetValue('z', out double z2) ? z2 : 0;
        if (!double.IsNaN(zone) && zone != 0)
        {
            result -= zone * 60 * 1000;
        }

        return result;

        void Shift(char c)
        {
            mask <<= 1;
            mask += components.TryGetValue(c, out double v) && v != 0 && !double.IsNaN(v) ? 1 : 0;
        }

        bool IsType(int type) => (~type & mask) == 0 && (type & mask) != 0;
    }
}
