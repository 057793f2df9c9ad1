using System.Collections.Generic;
using System.Text;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// JavaScript's <c>toUpperCase</c> and <c>toLowerCase</c>, which use Unicode's full case mapping where .NET's
/// invariant mapping is one character to one: <c>ß</c> is <c>SS</c>, <c>ﬁ</c> is <c>FI</c>, <c>İ</c> lowers to
/// <c>i̇</c>, and a capital sigma at the end of a word lowers to <c>ς</c> (SpecialCasing.txt's unconditional
/// mappings and its Final_Sigma rule; the Greek letters with iota subscript are left to .NET's simple mapping).
/// </summary>
internal static class JsCaseMapping
{
    private static readonly Dictionary<char, string> Upper = new Dictionary<char, string>
    {
        ['\u00DF'] = "SS",
        ['\u0149'] = "\u02BCN",
        ['\u01F0'] = "J\u030C",
        ['\u0390'] = "\u0399\u0308\u0301",
        ['\u03B0'] = "\u03A5\u0308\u0301",
        ['\u0587'] = "\u0535\u0552",
        ['\u1E96'] = "H\u0331",
        ['\u1E97'] = "T\u0308",
        ['\u1E98'] = "W\u030A",
        ['\u1E99'] = "Y\u030A",
        ['\u1E9A'] = "A\u02BE",
        ['\u1F50'] = "\u03A5\u0313",
        ['\u1F52'] = "\u03A5\u0313\u0300",
        ['\u1F54'] = "\u03A5\u0313\u0301",
        ['\u1F56'] = "\u03A5\u0313\u0342",
        ['\u1FB6'] = "\u0391\u0342",
        ['\u1FC6'] = "\u0397\u0342",
        ['\u1FD2'] = "\u0399\u0308\u0300",
        ['\u1FD3'] = "\u0399\u0308\u0301",
        ['\u1FD6'] = "\u0399\u0342",
        ['\u1FD7'] = "\u0399\u0308\u0342",
        ['\u1FE2'] = "\u03A5\u0308\u0300",
        ['\u1FE3'] = "\u03A5\u0308\u0301",
        ['\u1FE4'] = "\u03A1\u0313",
        ['\u1FE6'] = "\u03A5\u0342",
        ['\u1FE7'] = "\u03A5\u0308\u0342",
        ['\u1FF6'] = "\u03A9\u0342",
        ['\uFB00'] = "FF",
        ['\uFB01'] = "FI",
        ['\uFB02'] = "FL",
        ['\uFB03'] = "FFI",
        ['\uFB04'] = "FFL",
        ['\uFB05'] = "ST",
        ['\uFB06'] = "ST",
        ['\uFB13'] = "\u0544\u0546",
        ['\uFB14'] = "\u0544\u0535",
        ['\uFB15'] = "\u0544\u053B",
        ['\uFB16'] = "\u054E\u0546",
        ['\uFB17'] = "\u0544\u053D",
    };

    public static string ToUpper(string s)
    {
        string simple = s.ToUpperInvariant();
        if (!NeedsSpecial(s, Upper))
        {
            return simple;
        }

        var sb = new StringBuilder(s.Length + 4);
        foreach (char c in s)
        {
            if (Upper.TryGetValue(c, out string? mapped))
            {
                sb.Append(mapped);
            }
            else
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static string ToLower(string s)
    {
        if (s.IndexOf('\u0130') < 0 && s.IndexOf('\u03A3') < 0)
        {
            return s.ToLowerInvariant();
        }

        var sb = new StringBuilder(s.Length + 2);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\u0130')
            {
                sb.Append("i\u0307");
            }
            else if (c == '\u03A3')
            {
                sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool NeedsSpecial(string s, Dictionary<char, string> table)
    {
        foreach (char c in s)
        {
            if (table.ContainsKey(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Final_Sigma: a cased letter before (skipping case-ignorable marks), none after.</summary>
    private static bool IsFinalSigma(string s, int at)
    {
        int before = at - 1;
        while (before >= 0 && IsCaseIgnorable(s[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(s[before]))
        {
            return false;
        }

        int after = at + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        return after >= s.Length || !IsCased(s[after]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '\u00B7' or '\u2019'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.ModifierSymbol;
}
