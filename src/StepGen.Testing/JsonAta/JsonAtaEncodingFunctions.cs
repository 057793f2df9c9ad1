using System;
using System.Text;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// <c>$base64encode</c>/<c>$base64decode</c> (over the string's char codes as bytes, as Node's 'binary' encoding
/// does) and the URL functions, which follow JavaScript's <c>encodeURIComponent</c>, <c>encodeURI</c>,
/// <c>decodeURIComponent</c> and <c>decodeURI</c> (malformed input is D3140).
/// </summary>
internal static class JsonAtaEncodingFunctions
{
    private const string UnreservedMarks = "-_.!~*'()";
    private const string ReservedUri = ";/?:@&=+$,#";

    public static object? Base64Encode(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string s)
        {
            return null;
        }

        var bytes = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            bytes[i] = (byte)s[i];
        }

        return Convert.ToBase64String(bytes);
    }

    public static object? Base64Decode(JsonAtaCall call, object?[] a)
    {
        if (a[0] is not string s)
        {
            return null;
        }

        // Node decodes leniently: it skips characters outside the alphabet (accepting the URL-safe '-' and '_')
        // and stops at the first '='.
        var result = new StringBuilder();
        int buffer = 0;
        int count = 0;
        foreach (char c in s)
        {
            int value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' or '-' => 62,
                '/' or '_' => 63,
                '=' => -2,
                _ => -1,
            };
            if (value == -2)
            {
                break;
            }

            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 6) | value;
            count += 6;
            if (count >= 8)
            {
                count -= 8;
                result.Append((char)((buffer >> count) & 0xFF));
            }
        }

        return result.ToString();
    }

    public static object? EncodeUrlComponent(JsonAtaCall call, object?[] a) =>
        a[0] is string s ? Encode(s, keepReserved: false, "encodeUrlComponent") : null;

    public static object? EncodeUrl(JsonAtaCall call, object?[] a) =>
        a[0] is string s ? Encode(s, keepReserved: true, "encodeUrl") : null;

    public static object? DecodeUrlComponent(JsonAtaCall call, object?[] a) =>
        a[0] is string s ? Decode(s, keepReserved: false, "decodeUrlComponent") : null;

    public static object? DecodeUrl(JsonAtaCall call, object?[] a) =>
        a[0] is string s ? Decode(s, keepReserved: true, "decodeUrl") : null;

    private static string Encode(string s, bool keepReserved, string function)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UnreservedMarks.IndexOf(c) >= 0
                || (keepReserved && ReservedUri.IndexOf(c) >= 0))
            {
                sb.Append(c);
                continue;
            }

            int codePoint;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    throw Malformed(function, s);
                }

                codePoint = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                throw Malformed(function, s);
            }
            else
            {
                codePoint = c;
            }

            foreach (byte b in Encoding.UTF8.GetBytes(char.ConvertFromUtf32(codePoint)))
            {
                sb.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
            }
        }

        return sb.ToString();
    }

    private static string Decode(string s, bool keepReserved, string function)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }

            int start = i;
            int first = HexByte(s, i, function);
            i += 2;
            if (first < 0x80)
            {
                char decoded = (char)first;
                if (keepReserved && ReservedUri.IndexOf(decoded) >= 0)
                {
                    sb.Append(s, start, 3);
                }
                else
                {
                    sb.Append(decoded);
                }

                continue;
            }

            int length = (first & 0xE0) == 0xC0 ? 2 : (first & 0xF0) == 0xE0 ? 3 : (first & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0)
            {
                throw Malformed(function, s);
            }

            var bytes = new byte[length];
            bytes[0] = (byte)first;
            for (int k = 1; k < length; k++)
            {
                i++;
                if (i >= s.Length || s[i] != '%')
                {
                    throw Malformed(function, s);
                }

                int next = HexByte(s, i, function);
                if ((next & 0xC0) != 0x80)
                {
                    throw Malformed(function, s);
                }

                bytes[k] = (byte)next;
                i += 2;
            }

            try
            {
                sb.Append(new UTF8Encoding(false, true).GetString(bytes));
            }
            catch (ArgumentException)
            {
                throw Malformed(function, s);
            }
        }

        return sb.ToString();
    }

    private static int HexByte(string s, int percent, string function)
    {
        if (percent + 2 >= s.Length)
        {
            throw Malformed(function, s);
        }

        int hi = Hex(s[percent + 1]);
        int lo = Hex(s[percent + 2]);
        if (hi < 0 || lo < 0)
        {
            throw Malformed(function, s);
        }

        return (hi << 4) | lo;
    }

    private static int Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static JsonAtaException Malformed(string function, string value) =>
        new JsonAtaException("D3140", "Malformed URL passed to $" + function + "(): " + value);
}
