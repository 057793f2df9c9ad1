using System.Collections.Generic;
using System.Globalization;

namespace StepGen.Asl.JsonAta;

/// <summary>
/// The one place for the facts about JSONata's functions: every built-in of jsonata 2.2.2 with its signature string
/// as the reference declares it, and the functions AWS Step Functions adds.
/// </summary>
public static class JsonAtaFunctions
{
    // The built-ins of jsonata 2.2.2 (its function registration, plus $now and $millis bound per evaluation).
    private static readonly Dictionary<string, string> BuiltIns = new()
    {
        ["sum"] = "<a<n>:n>",
        ["count"] = "<a:n>",
        ["max"] = "<a<n>:n>",
        ["min"] = "<a<n>:n>",
        ["average"] = "<a<n>:n>",
        ["string"] = "<x-b?:s>",
        ["substring"] = "<s-nn?:s>",
        ["substringBefore"] = "<s-s:s>",
        ["substringAfter"] = "<s-s:s>",
        ["lowercase"] = "<s-:s>",
        ["uppercase"] = "<s-:s>",
        ["length"] = "<s-:n>",
        ["trim"] = "<s-:s>",
        ["pad"] = "<s-ns?:s>",
        ["match"] = "<s-f<s:o>n?:a<o>>",
        ["contains"] = "<s-(sf):b>",
        ["replace"] = "<s-(sf)(sf)n?:s>",
        ["split"] = "<s-(sf)n?:a<s>>",
        ["join"] = "<a<s>s?:s>",
        ["formatNumber"] = "<n-so?:s>",
        ["formatBase"] = "<n-n?:s>",
        ["formatInteger"] = "<n-s:s>",
        ["parseInteger"] = "<s-s:n>",
        ["number"] = "<(nsb)-:n>",
        ["floor"] = "<n-:n>",
        ["ceil"] = "<n-:n>",
        ["round"] = "<n-n?:n>",
        ["abs"] = "<n-:n>",
        ["sqrt"] = "<n-:n>",
        ["power"] = "<n-n:n>",
        ["random"] = "<:n>",
        ["boolean"] = "<x-:b>",
        ["not"] = "<x-:b>",
        ["map"] = "<af>",
        ["zip"] = "<a+>",
        ["filter"] = "<af>",
        ["single"] = "<af?>",
        ["reduce"] = "<afj?:j>",
        ["sift"] = "<o-f?:o>",
        ["keys"] = "<x-:a<s>>",
        ["lookup"] = "<x-s:x>",
        ["append"] = "<xx:a>",
        ["exists"] = "<x:b>",
        ["spread"] = "<x-:a<o>>",
        ["merge"] = "<a<o>:o>",
        ["reverse"] = "<a:a>",
        ["each"] = "<o-f:a>",
        ["error"] = "<s?:x>",
        ["assert"] = "<bs?:x>",
        ["type"] = "<x:s>",
        ["sort"] = "<af?:a>",
        ["shuffle"] = "<a:a>",
        ["distinct"] = "<x:x>",
        ["base64encode"] = "<s-:s>",
        ["base64decode"] = "<s-:s>",
        ["encodeUrlComponent"] = "<s-:s>",
        ["encodeUrl"] = "<s-:s>",
        ["decodeUrlComponent"] = "<s-:s>",
        ["decodeUrl"] = "<s-:s>",
        ["eval"] = "<sx?:x>",
        ["toMillis"] = "<s-s?:n>",
        ["fromMillis"] = "<n-s?s?:s>",
        ["clone"] = "<(oa)-:o>",
        ["now"] = "<s?s?:s>",
        ["millis"] = "<:n>",
    };

    // The functions Step Functions adds ("Transforming data with JSONata in Step Functions", section "Step
    // Functions-provided JSONata functions", https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html):
    // $partition(array, chunkSize), $range(start, end, step), $hash(data, algorithm) with MD5/SHA-1/SHA-256/SHA-384/
    // SHA-512, $random([seed]) (replaces the built-in, adding the seed), $uuid(), $parse(jsonString). The guide gives
    // argument lists, not signatures; these signature strings are StepGen's, written in the reference's notation.
    private static readonly Dictionary<string, string> StepFunctionsAdditions = new()
    {
        ["partition"] = "<an:a>",
        ["range"] = "<nnn:a>",
        ["hash"] = "<ss:s>",
        ["random"] = "<n?:n>",
        ["uuid"] = "<:s>",
        ["parse"] = "<s:j>",
    };

    // The built-ins Step Functions leaves out: "All built-in JSONata functions and operators in the 2.0.6
    // specification are supported, with one exception: $eval is not available, use $parse instead" (same page).
    private static readonly Dictionary<string, string> NotInStepFunctions = new()
    {
        ["eval"] = "Step Functions does not provide $eval; use $parse to read JSON text (\"Transforming data with JSONata in Step Functions\").",
    };

    private static readonly Dictionary<string, JsonAtaSignature> Parsed = ParseAll();

    private static Dictionary<string, JsonAtaSignature> ParseAll()
    {
        var parsed = new Dictionary<string, JsonAtaSignature>();
        foreach (KeyValuePair<string, string> entry in BuiltIns)
        {
            parsed[entry.Key] = JsonAtaSignature.Parse(entry.Value, out _, out _)!;
        }

        foreach (KeyValuePair<string, string> entry in StepFunctionsAdditions)
        {
            parsed[entry.Key] = JsonAtaSignature.Parse(entry.Value, out _, out _)!;
        }

        return parsed;
    }

    /// <summary>The names (without <c>$</c>) of every known function: the built-ins and the Step Functions additions.</summary>
    public static IEnumerable<string> Names => Parsed.Keys;

    /// <summary>Whether <paramref name="name"/> (without <c>$</c>) is a JSONata built-in or a Step Functions function.</summary>
    public static bool IsKnown(string name) => name is not null && Parsed.ContainsKey(name);

    /// <summary>Whether Step Functions provides <paramref name="name"/> (its own, or its replacement of a built-in: <c>random</c>).</summary>
    public static bool IsStepFunctionsFunction(string name) => name is not null && StepFunctionsAdditions.ContainsKey(name);

    /// <summary>The signature string (the Step Functions one where Step Functions replaces a built-in), or <see langword="null"/>.</summary>
    public static string? Signature(string name)
    {
        if (name is null)
        {
            return null;
        }

        if (StepFunctionsAdditions.TryGetValue(name, out string? added))
        {
            return added;
        }

        return BuiltIns.TryGetValue(name, out string? builtIn) ? builtIn : null;
    }

    /// <summary>
    /// The jsonata 2.2.2 signature of the built-in <paramref name="name"/>, even where Step Functions replaces it
    /// (<c>random</c>), or <see langword="null"/>: the evaluator offers the plain built-ins when the Step Functions
    /// additions are switched off.
    /// </summary>
    public static string? BuiltInSignature(string name) =>
        name is not null && BuiltIns.TryGetValue(name, out string? builtIn) ? builtIn : null;

    /// <summary>The parsed signature of <paramref name="name"/>, or <see langword="null"/> for an unknown function.</summary>
    public static JsonAtaSignature? ParsedSignature(string name) =>
        name is not null && Parsed.TryGetValue(name, out JsonAtaSignature? signature) ? signature : null;

    /// <summary>Why Step Functions does not offer a JSONata built-in (<c>$eval</c>), or null when it does.</summary>
    public static string? StepFunctionsRefusal(string name) => name is not null && NotInStepFunctions.TryGetValue(name, out string? why) ? why : null;

    /// <summary>
    /// Why a call of <paramref name="name"/> with <paramref name="argumentCount"/> arguments is refused by its
    /// signature, or <see langword="null"/> when the count fits (or the function is unknown). With
    /// <paramref name="contextAvailable"/>, a parameter marked <c>-</c> may be left out (the context stands in).
    /// </summary>
    public static string? ArityProblem(string name, int argumentCount, bool contextAvailable)
    {
        JsonAtaSignature? signature = ParsedSignature(name);
        if (signature is null)
        {
            return null;
        }

        int minimum = signature.MinimumArguments(contextAvailable);
        int? maximum = signature.MaximumArguments;
        if (argumentCount >= minimum && (maximum is null || argumentCount <= maximum))
        {
            return null;
        }

        string expected = maximum is null
            ? "at least " + Count(minimum)
            : minimum == maximum ? Count(minimum) : (minimum.ToString(CultureInfo.InvariantCulture) + " to " + Count(maximum.Value));
        return "$" + name + " takes " + expected + ", not " + argumentCount.ToString(CultureInfo.InvariantCulture)
            + " (signature " + signature.Text + ").";
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " argument" : " arguments");
}
