using System.Collections.Generic;
using System.Text;

namespace StepGen.Asl.Iam.Reference;

/// <summary>
/// Whether a policy's <c>Resource</c> can match a resource type, by ARN format. IAM matches a resource element against
/// the request's ARN with <c>*</c> (any run of characters) and <c>?</c> (one character); the reference writes a
/// resource type as an ARN with <c>${Variable}</c>s. A resource can serve an action when some ARN matches both: the
/// two patterns overlap. <c>${Substitution}</c>s in the resource (filled in at deploy time) count as wildcards.
/// </summary>
public static class ArnFormats
{
    /// <summary>
    /// True when some ARN matches both the policy resource and the ARN format. IAM compares an ARN's first five
    /// segments (<c>arn</c>, partition, service, region, account) one by one, so a wildcard there never reaches past a
    /// colon; the resource part after them is compared as a whole.
    /// </summary>
    public static bool Overlap(string policyResource, string arnFormat)
    {
        if (policyResource == "*" || Compile.Substitutions.IsWholeSubstitution(policyResource))
        {
            return true;
        }

        // The same resources meet the same formats on every compile of a machine: remember the answers, within bounds.
        var key = new KeyValuePair<string, string>(policyResource, arnFormat);
        if (Answers.TryGetValue(key, out bool known))
        {
            return known;
        }

        bool answer = Compute(policyResource, arnFormat);
        if (Answers.Count >= AnswerCapacity)
        {
            Answers.Clear();
        }

        Answers.TryAdd(key, answer);
        return answer;
    }

    private const int AnswerCapacity = 8192;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<KeyValuePair<string, string>, bool> Answers = new();

    private static bool Compute(string policyResource, string arnFormat)
    {

        string[] resource = policyResource.Split(Colon, 6);
        string[] format = arnFormat.Split(Colon, 6);
        if (resource.Length < 6 || format.Length < 6)
        {
            return Intersect(Tokens(policyResource, deployed: true), Tokens(arnFormat, deployed: false));
        }

        for (int i = 0; i < 6; i++)
        {
            if (!Intersect(Tokens(resource[i], deployed: true), Tokens(format[i], deployed: false)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] Colon = { ':' };

    /// <summary>True when the resource can match one of the action's resource types.</summary>
    public static bool Serves(string policyResource, IamAction action)
    {
        if (policyResource == "*")
        {
            return true;
        }

        foreach (IamActionResource resource in action.Resources)
        {
            if (Serves(policyResource, resource.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the resource can match an ARN of the resource type.</summary>
    public static bool Serves(string policyResource, IamResourceType type)
    {
        foreach (string format in type.ArnFormats)
        {
            if (policyResource == "*" || Overlap(policyResource, format))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The resource type's ARN with every variable a wildcard (in the <c>aws</c> partition): the narrowest grant on
    /// that type when nothing else is known, e.g. <c>arn:aws:dynamodb:*:*:table/*</c>.
    /// </summary>
    public static string AnyOf(IamResourceType type)
    {
        string format = type.ArnFormats[0];
        var result = new StringBuilder(format.Length);
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] == '$' && i + 1 < format.Length && format[i + 1] == '{')
            {
                int close = format.IndexOf('}', i);
                if (close > 0)
                {
                    result.Append(format.Substring(i, close - i + 1) == "${Partition}" ? "aws" : "*");
                    i = close;
                    continue;
                }
            }

            result.Append(format[i]);
        }

        return result.ToString();
    }

    /// <summary>
    /// The pattern as characters, with <see cref="Any"/> for a wildcard that matches any run of characters. In a
    /// policy resource (<paramref name="deployed"/>) a <c>${Substitution}</c> inside the ARN is one name, filled in at
    /// deploy time: <see cref="Name"/>, which matches a run without '/'. A reference format's variables are
    /// <see cref="Any"/>: an S3 object key holds slashes.
    /// </summary>
    private static List<int> Tokens(string pattern, bool deployed)
    {
        var tokens = new List<int>(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '$' && i + 1 < pattern.Length && pattern[i + 1] == '{')
            {
                int close = pattern.IndexOf('}', i);
                if (close > 0)
                {
                    AddWildcard(tokens, deployed ? Name : Any);
                    i = close;
                    continue;
                }
            }

            if (c == '*' || c == '?')
            {
                // '?' is one character in IAM; as "any run" it can only make the answer kinder, never deny a match.
                AddWildcard(tokens, Any);
                continue;
            }

            tokens.Add(c);
        }

        return tokens;
    }

    /// <summary>A wildcard that matches any run of characters.</summary>
    private const int Any = -1;

    /// <summary>A wildcard that matches a run of characters without '/'.</summary>
    private const int Name = -2;

    private static void AddWildcard(List<int> tokens, int wildcard)
    {
        if (tokens.Count == 0 || tokens[tokens.Count - 1] != wildcard)
        {
            tokens.Add(wildcard);
        }
    }

    private static bool IsWildcard(int token) => token < 0;

    /// <summary>Whether the wildcard may match the character <paramref name="c"/>.</summary>
    private static bool Takes(int wildcard, int c) => wildcard == Any || c != '/';

    /// <summary>Whether two wildcard patterns have a string in common: a walk over pairs of positions.</summary>
    private static bool Intersect(List<int> a, List<int> b)
    {
        // reachable[i, j]: some string takes a to position i and b to position j.
        var reachable = new bool[a.Count + 1, b.Count + 1];
        reachable[0, 0] = true;
        for (int i = 0; i <= a.Count; i++)
        {
            for (int j = 0; j <= b.Count; j++)
            {
                if (!reachable[i, j])
                {
                    continue;
                }

                // A wildcard may match nothing more: step past it.
                if (i < a.Count && IsWildcard(a[i]))
                {
                    reachable[i + 1, j] = true;
                }

                if (j < b.Count && IsWildcard(b[j]))
                {
                    reachable[i, j + 1] = true;
                }

                if (i >= a.Count || j >= b.Count)
                {
                    continue;
                }

                // Or both read one more character: a literal on each side must agree; a wildcard stays where it is,
                // taking the character if it may. Two wildcards read a common character: any but '/' when either
                // is a name.
                bool aWild = IsWildcard(a[i]), bWild = IsWildcard(b[j]);
                if (aWild && bWild)
                {
                    continue;
                }

                if (aWild && Takes(a[i], b[j]))
                {
                    reachable[i, j + 1] = true;
                }
                else if (bWild && Takes(b[j], a[i]))
                {
                    reachable[i + 1, j] = true;
                }
                else if (!aWild && !bWild && a[i] == b[j])
                {
                    reachable[i + 1, j + 1] = true;
                }
            }
        }

        return reachable[a.Count, b.Count];
    }
}
