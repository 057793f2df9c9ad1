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

        string[] resource = policyResource.Split(Colon, 6);
        string[] format = arnFormat.Split(Colon, 6);
        if (resource.Length < 6 || format.Length < 6)
        {
            return Intersect(Tokens(policyResource), Tokens(arnFormat));
        }

        for (int i = 0; i < 6; i++)
        {
            if (!Intersect(Tokens(resource[i]), Tokens(format[i])))
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

    /// <summary>The pattern as characters, with -1 for a wildcard that matches any run of characters.</summary>
    private static List<int> Tokens(string pattern)
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
                    AddWildcard(tokens);
                    i = close;
                    continue;
                }
            }

            if (c == '*' || c == '?')
            {
                // '?' is one character in IAM; as "any run" it can only make the answer kinder, never deny a match.
                AddWildcard(tokens);
                continue;
            }

            tokens.Add(c);
        }

        return tokens;
    }

    private static void AddWildcard(List<int> tokens)
    {
        if (tokens.Count == 0 || tokens[tokens.Count - 1] != -1)
        {
            tokens.Add(-1);
        }
    }

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
                if (i < a.Count && a[i] == -1)
                {
                    reachable[i + 1, j] = true;
                }

                if (j < b.Count && b[j] == -1)
                {
                    reachable[i, j + 1] = true;
                }

                // Or both read one more character: a literal on each side must agree; a wildcard stays where it is.
                if (i < a.Count && j < b.Count)
                {
                    bool aStar = a[i] == -1, bStar = b[j] == -1;
                    if (aStar && bStar)
                    {
                        continue;
                    }

                    if (aStar)
                    {
                        reachable[i, j + 1] = true;
                    }
                    else if (bStar)
                    {
                        reachable[i + 1, j] = true;
                    }
                    else if (a[i] == b[j])
                    {
                        reachable[i + 1, j + 1] = true;
                    }
                }
            }
        }

        return reachable[a.Count, b.Count];
    }
}
