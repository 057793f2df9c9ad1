using System;
using System.Collections.Generic;

using StepGen.Asl.Compile;

namespace StepGen.Asl.Conditions;

/// <summary>
/// The functions a condition may call: the type tests (<c>ispresent($.x)</c>...), which are conditions, and the kind
/// functions (<c>number($.x)</c>...), which say how to read a path in a comparison.
/// </summary>
internal static class ConditionFunctions
{
    /// <summary>Every function name, in the order the messages list them.</summary>
    public static readonly string[] All =
    {
        "ispresent", "isnull", "isstring", "isnumeric", "isboolean", "istimestamp", "number", "string", "boolean", "timestamp",
    };

    /// <summary>The type-test functions, in the order the messages list them, with their ASL operators.</summary>
    private static readonly KeyValuePair<string, string>[] TypeTests =
    {
        new KeyValuePair<string, string>("ispresent", "IsPresent"),
        new KeyValuePair<string, string>("isnull", "IsNull"),
        new KeyValuePair<string, string>("isstring", "IsString"),
        new KeyValuePair<string, string>("isnumeric", "IsNumeric"),
        new KeyValuePair<string, string>("isboolean", "IsBoolean"),
        new KeyValuePair<string, string>("istimestamp", "IsTimestamp"),
    };

    /// <summary>The ASL operator of the type test <paramref name="name"/> (<c>ispresent</c> → <c>IsPresent</c>), or null.</summary>
    public static string? TypeTestOperator(string name)
    {
        foreach (KeyValuePair<string, string> t in TypeTests)
        {
            if (string.Equals(t.Key, name, StringComparison.Ordinal))
            {
                return t.Value;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="aslOperator"/> is the ASL operator of a type test (<c>IsPresent</c>...).</summary>
    public static bool IsTypeTestOperator(string aslOperator)
    {
        foreach (KeyValuePair<string, string> t in TypeTests)
        {
            if (string.Equals(t.Value, aslOperator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind the kind function <paramref name="name"/> reads a path as, or null when it is not one.</summary>
    public static ValueFamily? KindFunction(string name)
    {
        switch (name)
        {
            case "number": return ValueFamily.Numeric;
            case "string": return ValueFamily.String;
            case "boolean": return ValueFamily.Boolean;
            case "timestamp": return ValueFamily.Timestamp;
            default: return null;
        }
    }

    /// <summary>The known function name closest to <paramref name="name"/> (edit distance, ignoring case).</summary>
    public static string Closest(string name, out int distance)
    {
        string best = All[0];
        distance = int.MaxValue;
        if (name.Length > 64)
        {
            return best;
        }

        // A name that starts with "is" is meant to be a type test (isnumber → isnumeric, not number).
        string lower = name.ToLowerInvariant();
        bool test = lower.StartsWith("is", StringComparison.Ordinal);
        foreach (string candidate in All)
        {
            if (test && !candidate.StartsWith("is", StringComparison.Ordinal))
            {
                continue;
            }

            int d = Names.Distance(lower, candidate);
            if (d < distance)
            {
                distance = d;
                best = candidate;
            }
        }

        return best;
    }
}
