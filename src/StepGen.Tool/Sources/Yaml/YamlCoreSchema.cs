using System;
using System.Globalization;
using System.Numerics;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.Yaml;

/// <summary>
/// What an untagged plain scalar is under the YAML 1.2 core schema: <c>null</c>/<c>~</c>/empty, <c>true</c>/<c>false</c>
/// (three spellings each), integers (decimal, <c>0o</c>, <c>0x</c>) and floats, written as the JSON value they stand
/// for (<c>+1</c> is <c>1</c>, <c>0x1F</c> is <c>31</c>, <c>.5</c> is <c>0.5</c>). Everything else is a string;
/// <c>.inf</c> and <c>.nan</c>, which JSON cannot hold, stay strings. Quoted and block scalars are always strings.
/// </summary>
internal static class YamlCoreSchema
{
    public static SourceScalar Resolve(SourceScalar plain)
    {
        string s = plain.Value;
        switch (s)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new SourceScalar(ScalarKind.Null, Json("null", plain), plain.Offset);
            case "true" or "True" or "TRUE":
                return new SourceScalar(ScalarKind.Boolean, Json("true", plain), plain.Offset);
            case "false" or "False" or "FALSE":
                return new SourceScalar(ScalarKind.Boolean, Json("false", plain), plain.Offset);
        }

        string? number = NumberAsJson(s);
        return number is null ? plain : new SourceScalar(ScalarKind.Number, Json(number, plain), plain.Offset);
    }

    /// <summary>The JSON text of <paramref name="s"/> if it is a core-schema int or (finite) float, else null.</summary>
    public static string? NumberAsJson(string s)
    {
        if (s.Length == 0)
        {
            return null;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x'))
        {
            bool hex = s[1] == 'x';
            BigInteger value = BigInteger.Zero;
            for (int i = 2; i < s.Length; i++)
            {
                int digit = HexDigit(s[i]);
                if (digit < 0 || (!hex && digit > 7))
                {
                    return null;
                }

                value = (value * (hex ? 16 : 8)) + digit;
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        // [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        int at = 0;
        string sign = string.Empty;
        if (s[0] == '-' || s[0] == '+')
        {
            sign = s[0] == '-' ? "-" : string.Empty;
            at = 1;
        }

        int intStart = at;
        while (at < s.Length && char.IsAsciiDigit(s[at]))
        {
            at++;
        }

        string integer = s.Substring(intStart, at - intStart);
        string? fraction = null;
        if (at < s.Length && s[at] == '.')
        {
            at++;
            int fracStart = at;
            while (at < s.Length && char.IsAsciiDigit(s[at]))
            {
                at++;
            }

            fraction = s.Substring(fracStart, at - fracStart);
        }

        if (integer.Length == 0 && string.IsNullOrEmpty(fraction))
        {
            return null;
        }

        string exponent = string.Empty;
        if (at < s.Length && (s[at] == 'e' || s[at] == 'E'))
        {
            int expStart = at;
            at++;
            if (at < s.Length && (s[at] == '-' || s[at] == '+'))
            {
                at++;
            }

            int digits = at;
            while (at < s.Length && char.IsAsciiDigit(s[at]))
            {
                at++;
            }

            if (at == digits)
            {
                return null;
            }

            exponent = s.Substring(expStart, at - expStart);
        }

        if (at != s.Length)
        {
            return null;
        }

        string trimmed = integer.TrimStart('0');
        integer = trimmed.Length == 0 ? "0" : trimmed;
        string text = sign + integer;
        if (fraction != null)
        {
            text += "." + (fraction.Length == 0 ? "0" : fraction);
        }

        return text + exponent;
    }

    private static MappedString Json(string json, SourceScalar plain) =>
        string.Equals(json, plain.Value, StringComparison.Ordinal) && plain.Text.Anchors.Count > 0
            ? plain.Text
            : MappedString.Synthetic(json, plain.Offset);

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
