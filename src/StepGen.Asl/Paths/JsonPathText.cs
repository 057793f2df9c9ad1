using System.Collections.Generic;
using System.Text;
using StepGen.Asl.Conditions;

namespace StepGen.Asl.Paths;

/// <summary>Writes a JSONPath from field names, so a read found elsewhere (a JSONata path) can be judged as a JSONPath one.</summary>
internal static class JsonPathText
{
    /// <summary>
    /// <paramref name="root"/> (<c>$</c> or <c>$$</c>) followed by each name: <c>.name</c> when it is an identifier,
    /// <c>['any name']</c> otherwise, in the form the path parser gives back as the path's text.
    /// </summary>
    public static string FromNames(string root, IEnumerable<string> names)
    {
        var path = new StringBuilder(root);
        foreach (string name in names)
        {
            if (IsIdentifier(name))
            {
                path.Append('.').Append(name);
            }
            else
            {
                path.Append("['").Append(name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
        }

        return path.ToString();
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !ConditionText.IsIdentifierStart(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!ConditionText.IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }
}
