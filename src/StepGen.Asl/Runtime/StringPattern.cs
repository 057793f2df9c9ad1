namespace StepGen.Asl.Runtime;

/// <summary>
/// The <c>StringMatches</c> glob: <c>*</c> matches any run of characters (none included); <c>\*</c> is a literal
/// star and <c>\\</c> a literal backslash; every other character, a backslash before anything else included, stands
/// for itself (the guide: "No characters other than * have any special meaning"). Linear-time matching with one
/// backtrack point, so no pattern can make it slow.
/// </summary>
internal static class StringPattern
{
    public static bool Matches(string text, string pattern)
    {
        // Decode into characters and star flags.
        var chars = new char[pattern.Length];
        var stars = new bool[pattern.Length];
        int n = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && (pattern[i + 1] == '*' || pattern[i + 1] == '\\'))
            {
                chars[n++] = pattern[++i];
            }
            else if (c == '*')
            {
                stars[n++] = true;
            }
            else
            {
                chars[n++] = c;
            }
        }

        int t = 0;
        int p = 0;
        int starAt = -1;
        int resumeAt = 0;
        while (t < text.Length)
        {
            if (p < n && !stars[p] && chars[p] == text[t])
            {
                p++;
                t++;
            }
            else if (p < n && stars[p])
            {
                starAt = p++;
                resumeAt = t;
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                t = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < n && stars[p])
        {
            p++;
        }

        return p == n;
    }
}
