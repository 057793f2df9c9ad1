using System.Collections.Generic;

namespace StepGen.Asl.Compile;

/// <summary>
/// <c>${Name}</c> deployment substitutions (CloudFormation <c>DefinitionSubstitutions</c>, CDK
/// <c>definitionSubstitutions</c>, Terraform <c>templatefile</c>).
/// </summary>
public static class Substitutions
{
    /// <summary>True when the value starts with a substitution, e.g. <c>${SlackConnectionArn}</c>.</summary>
    public static bool StartsWithSubstitution(string value) => TryReadAt(value, 0, out _, out _);

    /// <summary>True when the whole value is one substitution.</summary>
    public static bool IsWholeSubstitution(string value) => TryReadAt(value, 0, out _, out int end) && end == value.Length;

    /// <summary>Adds the names of every substitution in <paramref name="text"/> to <paramref name="names"/>.</summary>
    public static void Collect(string text, ISet<string> names)
    {
        int index = 0;
        while ((index = text.IndexOf("${", index, System.StringComparison.Ordinal)) >= 0)
        {
            if (TryReadAt(text, index, out string? name, out int end))
            {
                names.Add(name!);
                index = end;
            }
            else
            {
                index += 2;
            }
        }
    }

    private static bool TryReadAt(string text, int start, out string? name, out int end)
    {
        name = null;
        end = start;
        if (start + 3 > text.Length || text[start] != '$' || text[start + 1] != '{')
        {
            return false;
        }

        int i = start + 2;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }

        if (i == start + 2 || i >= text.Length || text[i] != '}' || char.IsDigit(text[start + 2]))
        {
            return false;
        }

        name = text.Substring(start + 2, i - start - 2);
        end = i + 1;
        return true;
    }

    private static bool IsNameChar(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
