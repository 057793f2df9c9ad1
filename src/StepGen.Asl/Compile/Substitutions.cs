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

    /// <summary>
    /// What a whole-value substitution stands for, told by its name as deploy templates spell them: a name that ends
    /// in <c>Arn</c> is an ARN (<c>${OrdersTableArn}</c>), in <c>Name</c> a resource name (<c>${EventBusName}</c>),
    /// in <c>Url</c> a URL (<c>${OrdersQueueUrl}</c>); anything else could be either.
    /// </summary>
    public static SubstitutionKind KindOf(string value)
    {
        if (!TryReadAt(value, 0, out string? name, out int end) || end != value.Length)
        {
            return SubstitutionKind.None;
        }

        return EndsWithWord(name!, "Arn") ? SubstitutionKind.Arn
            : EndsWithWord(name!, "Name") ? SubstitutionKind.Name
            : EndsWithWord(name!, "Url") ? SubstitutionKind.Url
            : SubstitutionKind.Unknown;
    }

    /// <summary>
    /// A substitution named after another, for a value the deploy template knows beside it: the connection
    /// <c>${SlackConnectionArn}</c> gives <c>${SlackConnectionSecretArn}</c> with <paramref name="suffix"/>
    /// <c>SecretArn</c>; the queue <c>${OrdersQueueUrl}</c> gives <c>${OrdersQueueArn}</c> with <c>Arn</c>. The
    /// <c>Arn</c>/<c>Name</c>/<c>Url</c> ending of the original is replaced.
    /// </summary>
    public static string Companion(string substitution, string suffix)
    {
        if (!TryReadAt(substitution, 0, out string? name, out _))
        {
            return substitution;
        }

        string stem = name!;
        foreach (string word in new[] { "Arn", "Name", "Url" })
        {
            if (EndsWithWord(stem, word) && stem.Length > word.Length)
            {
                stem = stem.Substring(0, stem.Length - word.Length);
                break;
            }
        }

        return "${" + stem + suffix + "}";
    }

    private static bool EndsWithWord(string name, string word) => name.EndsWith(word, System.StringComparison.OrdinalIgnoreCase);

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

/// <summary>What a value that is one whole <c>${Substitution}</c> stands for, by its name (see <see cref="Substitutions.KindOf"/>).</summary>
public enum SubstitutionKind
{
    /// <summary>The value is not one whole substitution.</summary>
    None,

    /// <summary><c>${...Arn}</c>: an ARN.</summary>
    Arn,

    /// <summary><c>${...Name}</c>: a resource's name.</summary>
    Name,

    /// <summary><c>${...Url}</c>: a URL.</summary>
    Url,

    /// <summary>Any other name: an ARN or a name, StepGen cannot tell.</summary>
    Unknown,
}
