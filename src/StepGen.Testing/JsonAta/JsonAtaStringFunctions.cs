using System;
using System.Globalization;
using System.Text;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The string built-ins: <c>$string</c>, <c>$substring</c>, <c>$length</c>, <c>$pad</c>, <c>$trim</c>,
/// <c>$contains</c>, <c>$split</c>, <c>$join</c>, <c>$match</c>, <c>$replace</c>. Lengths and positions count
/// Unicode code points where the reference does (<c>$length</c>, <c>$substring</c>, <c>$pad</c>) and UTF-16 units
/// where it does (<c>$split</c> with "", regex positions).
/// </summary>
internal static class JsonAtaStringFunctions
{
    public static object? String(JsonAtaCall call, object?[] a) =>
        JsonAtaValues.ToJsonAtaString(a[0], a.Length > 1 && a[1] is true);

    public static object? Substring(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        int[] points = CodePoints(str);
        int length = points.Length;
        double start = (double)a[1]!;
        if (length + start < 0)
        {
            start = 0;
        }

        if (a.Length > 2 && a[2] is double count)
        {
            if (count <= 0)
            {
                return string.Empty;
            }

            double end = start >= 0 ? start + count : length + start + count;
            return Slice(points, start, end);
        }

        return Slice(points, start, length);
    }

    public static object? SubstringBefore(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        string chars = a.Length > 1 ? a[1] as string ?? "undefined" : "undefined";
        int position = str.IndexOf(chars, StringComparison.Ordinal);
        return position > -1 ? str.Substring(0, position) : str;
    }

    public static object? SubstringAfter(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        string chars = a.Length > 1 ? a[1] as string ?? "undefined" : "undefined";
        int position = str.IndexOf(chars, StringComparison.Ordinal);
        return position > -1 ? str.Substring(position + chars.Length) : str;
    }

    public static object? Lowercase(JsonAtaCall call, object?[] a) => a[0] is string s ? JsCaseMapping.ToLower(s) : null;

    public static object? Uppercase(JsonAtaCall call, object?[] a) => a[0] is string s ? JsCaseMapping.ToUpper(s) : null;

    public static object? Length(JsonAtaCall call, object?[] a) =>
        a[0] is string s ? (double)CodePointCount(s) : null;

    public static object? Trim(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        var sb = new StringBuilder(str.Length);
        bool inSpace = false;
        foreach (char c in str)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!inSpace)
                {
                    sb.Append(' ');
                    inSpace = true;
                }
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }

        string result = sb.ToString();
        if (result.Length > 0 && result[0] == ' ')
        {
            result = result.Substring(1);
        }

        if (result.Length > 0 && result[result.Length - 1] == ' ')
        {
            result = result.Substring(0, result.Length - 1);
        }

        return result;
    }

    public static object? Pad(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        string padChar = a.Length > 2 && a[2] is string c && c.Length > 0 ? c : " ";
        double width = a[1] is double w ? Math.Truncate(w) : double.NaN;
        double padLength = Math.Abs(width) - CodePointCount(str);
        if (!(padLength > 0))
        {
            return str;
        }

        var padding = new StringBuilder();
        for (int i = 0; i < padLength; i++)
        {
            padding.Append(padChar);
        }

        string pad = padding.ToString();
        if (padChar.Length > 1)
        {
            pad = Slice(CodePoints(pad), 0, padLength);
        }

        return width > 0 ? str + pad : pad + str;
    }

    public static object? Contains(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        if (a[1] is string token)
        {
            return JsonAtaValues.Box(str.IndexOf(token, StringComparison.Ordinal) != -1);
        }

        return JsonAtaValues.Box(JsonAtaMatcher.First(call, (JsonAtaFunction)a[1]!, str) != null);
    }

    public static object? Split(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        double? limit = a.Length > 2 && a[2] is double l ? l : null;
        if (limit < 0)
        {
            throw new JsonAtaException("D3020", "The third argument of $split must be a positive number");
        }

        var result = new JsonAtaSequence();
        if (limit == 0)
        {
            return result;
        }

        if (a[1] is string separator)
        {
            long max = limit is double lim ? (long)(uint)(long)Math.Truncate(lim) : long.MaxValue;
            if (separator.Length == 0)
            {
                for (int i = 0; i < str.Length && result.Count < max; i++)
                {
                    result.Add(str[i].ToString());
                }

                return result;
            }

            int start = 0;
            while (result.Count < max)
            {
                int index = str.IndexOf(separator, start, StringComparison.Ordinal);
                if (index < 0)
                {
                    result.Add(str.Substring(start));
                    break;
                }

                result.Add(str.Substring(start, index - start));
                start = index + separator.Length;
            }

            return result;
        }

        var matcher = (JsonAtaFunction)a[1]!;
        JsonAtaObject? match = JsonAtaMatcher.First(call, matcher, str);
        if (match == null)
        {
            result.Add(str);
            return result;
        }

        int count = 0;
        int from = 0;
        while (match != null && (limit == null || count < limit))
        {
            int matchStart = JsonAtaMatcher.Start(match);
            result.Add(JsSubstring(str, from, matchStart));
            from = JsonAtaMatcher.End(match);
            match = JsonAtaMatcher.Next(call, match);
            count++;
        }

        if (limit == null || count < limit)
        {
            result.Add(str.Substring(Math.Min(from, str.Length)));
        }

        return result;
    }

    public static object? Join(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not JsonAtaSequence list)
        {
            return null;
        }

        string separator = a.Length > 1 && a[1] is string s ? s : string.Empty;
        var sb = new StringBuilder();
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            sb.Append(list[i] as string);
        }

        return sb.ToString();
    }

    public static object? Match(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        double? limit = a.Length > 2 && a[2] is double l ? l : null;
        if (limit < 0)
        {
            throw new JsonAtaException("D3040", "The third argument of $match must be a positive number");
        }

        JsonAtaSequence result = JsonAtaSequence.Create();
        if (limit == 0)
        {
            return result;
        }

        int count = 0;
        JsonAtaObject? match = JsonAtaMatcher.First(call, (JsonAtaFunction)a[1]!, str);
        while (match != null && (limit == null || count < limit))
        {
            var item = new JsonAtaObject(3);
            item.Set("match", match.Get("match"));
            item.Set("index", match.Get("start"));
            item.Set("groups", match.Get("groups"));
            result.Add(item);
            match = JsonAtaMatcher.Next(call, match);
            count++;
        }

        return result;
    }

    public static object? Replace(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string str)
        {
            return null;
        }

        object? pattern = a[1];
        object? replacement = a.Length > 2 ? a[2] : null;
        if (pattern is string p && p.Length == 0)
        {
            throw new JsonAtaException("D3010", "The second argument of $replace cannot be an empty string");
        }

        double? limit = a.Length > 3 && a[3] is double l ? l : null;
        if (limit < 0)
        {
            throw new JsonAtaException("D3011", "The fourth argument of $replace must be a positive number");
        }

        if (limit == 0)
        {
            return str;
        }

        var result = new StringBuilder();
        int position = 0;
        int count = 0;
        if (pattern is string literal)
        {
            string replacementText = replacement switch
            {
                string s => s,
                null => "undefined",
                _ => JsonAtaValues.ToJsonAtaString(replacement) ?? string.Empty,
            };
            int index = str.IndexOf(literal, StringComparison.Ordinal);
            while (index != -1 && (limit == null || count < limit))
            {
                result.Append(str, position, index - position);
                result.Append(replacementText);
                position = index + literal.Length;
                count++;
                index = str.IndexOf(literal, position, StringComparison.Ordinal);
            }

            result.Append(str, position, str.Length - position);
            return result.ToString();
        }

        JsonAtaObject? match = JsonAtaMatcher.First(call, (JsonAtaFunction)pattern!, str);
        if (match == null)
        {
            return str;
        }

        while (match != null && (limit == null || count < limit))
        {
            int start = JsonAtaMatcher.Start(match);
            result.Append(JsSubstring(str, position, start));
            object? replaced = replacement is string template
                ? Substitute(template, match)
                : replacement is JsonAtaFunction f ? call.Call(f, match) : null;
            if (replaced is not string text)
            {
                throw new JsonAtaException("D3012", "A $replace function returned a value that is not a string");
            }

            result.Append(text);
            position = start + ((match.Get("match") as string)?.Length ?? 0);
            count++;
            match = JsonAtaMatcher.Next(call, match);
        }

        result.Append(position < str.Length ? str.Substring(position) : string.Empty);
        return result.ToString();
    }

    /// <summary>A replacement template: <c>$0</c> the match, <c>$n</c> a group (as many digits as name a group), <c>$$</c> a dollar.</summary>
    private static string Substitute(string template, JsonAtaObject match)
    {
        var groups = match.Get("groups") as JsonAtaSequence ?? new JsonAtaSequence();
        var sb = new StringBuilder();
        int position = 0;
        int index = template.IndexOf('$');
        while (index != -1 && position < template.Length)
        {
            sb.Append(template, position, index - position);
            position = index + 1;
            char next = position < template.Length ? template[position] : '\0';
            if (next == '$')
            {
                sb.Append('$');
                position++;
            }
            else if (next == '0')
            {
                sb.Append(match.Get("match") as string);
                position++;
            }
            else
            {
                int maxDigits = groups.Count == 0 ? 1 : (int)Math.Floor(Math.Log10(groups.Count)) + 1;
                int? group = LeadingInteger(template, position, maxDigits);
                if (maxDigits > 1 && group > groups.Count)
                {
                    group = LeadingInteger(template, position, maxDigits - 1);
                }

                if (group is int g)
                {
                    if (groups.Count > 0 && g >= 1 && g - 1 < groups.Count && groups[g - 1] is string sub)
                    {
                        sb.Append(sub);
                    }

                    position += g.ToString(CultureInfo.InvariantCulture).Length;
                }
                else
                {
                    sb.Append('$');
                }
            }

            index = template.IndexOf('$', position);
        }

        if (position < template.Length)
        {
            sb.Append(template, position, template.Length - position);
        }

        return sb.ToString();
    }

    /// <summary>JavaScript's parseInt over at most <paramref name="digits"/> characters: the leading decimal digits, or null.</summary>
    private static int? LeadingInteger(string text, int start, int digits)
    {
        int end = Math.Min(text.Length, start + digits);
        int value = 0;
        int i = start;
        while (i < end && text[i] >= '0' && text[i] <= '9')
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i == start ? null : value;
    }

    /// <summary>JavaScript's <c>substring(from, to)</c>: clamped, and swapped when reversed.</summary>
    internal static string JsSubstring(string s, int from, int to)
    {
        from = Math.Max(0, Math.Min(from, s.Length));
        to = Math.Max(0, Math.Min(to, s.Length));
        if (from > to)
        {
            (from, to) = (to, from);
        }

        return s.Substring(from, to - from);
    }

    /// <summary>The code points of a string (a lone surrogate counts as one).</summary>
    internal static int[] CodePoints(string s)
    {
        var points = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                points[n++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                points[n++] = s[i];
            }
        }

        Array.Resize(ref points, n);
        return points;
    }

    internal static int CodePointCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            n++;
        }

        return n;
    }

    /// <summary>JavaScript's <c>Array.prototype.slice(start, end)</c> over code points, joined back.</summary>
    private static string Slice(int[] points, double start, double end)
    {
        int length = points.Length;
        int from = Relative(start, length);
        int to = Relative(end, length);
        var sb = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            int p = points[i];
            if (p > 0xFFFF)
            {
                sb.Append(char.ConvertFromUtf32(p));
            }
            else
            {
                sb.Append((char)p);
            }
        }

        return sb.ToString();

        static int Relative(double value, int length)
        {
            if (double.IsNaN(value))
            {
                return 0;
            }

            double r = Math.Truncate(value);
            return r < 0 ? (int)Math.Max(length + r, 0) : (int)Math.Min(r, length);
        }
    }
}
