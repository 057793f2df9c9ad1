using System;
using System.Collections.Generic;

namespace StepGen.Asl.Compile;

/// <summary>
/// Name rules and "did you mean" suggestions. Public so that the code fixes rank their candidates by the
/// same rule that the diagnostics' messages use.
/// </summary>
public static class Names
{
    public const int MaxNameLength = 80;

    /// <summary>Characters AWS does not allow in state machine names (ASL-SPEC 1.2).</summary>
    private const string MachineNameForbidden = "?*<>{}[]\"#%\\^|~`$&,;:/";

    /// <summary>Length in Unicode code points, as AWS counts characters.</summary>
    public static int CodePointLength(string value)
    {
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>Why a state name breaks the ASL rules, or <c>null</c> when it is fine.</summary>
    public static string? StateNameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "a state name must not be empty";
        }

        int length = CodePointLength(name);
        if (length > MaxNameLength)
        {
            return $"the state name is {length} characters long; ASL allows at most {MaxNameLength}";
        }

        return null;
    }

    /// <summary>
    /// Why a state name is likely a mistake though AWS may accept it: a control character. The developer guide says a
    /// state name can be any valid JSON string; the States Language leaves control characters open.
    /// </summary>
    public static string? StateNameDoubt(string name)
    {
        foreach (char c in name)
        {
            if (IsControl(c))
            {
                return $"the state name contains the control character U+{(int)c:X4}, which no console or log shows";
            }
        }

        return null;
    }

    /// <summary>Why a state machine name breaks the AWS rules, or <c>null</c> when it is fine.</summary>
    public static string? MachineNameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "the state machine name must not be empty";
        }

        int length = CodePointLength(name);
        if (length > MaxNameLength)
        {
            return $"the state machine name is {length} characters long; AWS allows at most {MaxNameLength}";
        }

        foreach (char c in name)
        {
            if (IsControl(c) || char.IsWhiteSpace(c))
            {
                return $"the state machine name contains the character U+{(int)c:X4}; AWS does not allow whitespace or control characters in it";
            }

            if (MachineNameForbidden.IndexOf(c) >= 0)
            {
                return $"the state machine name contains '{c}', which AWS does not allow in state machine names";
            }
        }

        return null;
    }

    /// <summary>A type key as a message shows it: without its <c>global::</c> prefix.</summary>
    internal static string TypeDisplay(string typeKey) => typeKey.StartsWith("global::", StringComparison.Ordinal) ? typeKey.Substring("global::".Length) : typeKey;

    private static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F);

    /// <summary>'A', 'B' and 'C'; past <paramref name="max"/> names, the rest are counted ("and 3 more").</summary>
    public static string Quoted(IReadOnlyList<string> names, int max)
    {
        var shown = new List<string>();
        for (int i = 0; i < names.Count && i < max; i++)
        {
            shown.Add("'" + names[i] + "'");
        }

        if (names.Count > max)
        {
            return string.Join(", ", shown) + $" and {names.Count - max} more";
        }

        return shown.Count <= 1 ? string.Join(string.Empty, shown) : string.Join(", ", shown.GetRange(0, shown.Count - 1)) + " and " + shown[shown.Count - 1];
    }

    /// <summary>The candidate closest to <paramref name="value"/>, when it is close enough to be a likely typo.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        IReadOnlyList<string> ranked = Ranked(value, candidates, 1);
        return ranked.Count > 0 ? ranked[0] : null;
    }

    /// <summary>
    /// The candidates close enough to <paramref name="value"/> to be likely typos of it, closest first (ties keep
    /// the candidates' order), without repeats, at most <paramref name="max"/>. The first is <see cref="Closest"/>.
    /// </summary>
    public static IReadOnlyList<string> Ranked(string value, IEnumerable<string> candidates, int max)
    {
        var close = new List<(string Name, int Distance, int Order)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string candidate in candidates)
        {
            if (!seen.Add(candidate))
            {
                continue;
            }

            int distance = Distance(value, candidate);
            if (distance <= Math.Max(2, Math.Max(value.Length, candidate.Length) / 3))
            {
                close.Add((candidate, distance, close.Count));
            }
        }

        close.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Order.CompareTo(b.Order));
        var result = new List<string>(Math.Min(Math.Max(max, 0), close.Count));
        for (int i = 0; i < close.Count && i < max; i++)
        {
            result.Add(close[i].Name);
        }

        return result;
    }

    /// <summary>Edit distance in which a change of letter case alone costs nothing ("finish" matches "Finish").</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            return Math.Abs(a.Length - b.Length) + 256;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : (char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
