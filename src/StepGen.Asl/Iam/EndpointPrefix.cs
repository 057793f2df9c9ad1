using System;

namespace StepGen.Asl.Iam;

/// <summary>The static prefix of a run-time endpoint, cut at the last '/' so it cannot match another host.</summary>
internal static class EndpointPrefix
{
    public static string? FromDynamic(string expression)
    {
        const string format = "States.Format('";
        if (!expression.StartsWith(format, StringComparison.Ordinal))
        {
            return null;
        }

        var literal = new System.Text.StringBuilder();
        for (int i = format.Length; i < expression.Length; i++)
        {
            char c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                literal.Append(expression[++i]);
                continue;
            }

            if (c == '\'' || c == '{')
            {
                break;
            }

            literal.Append(c);
        }

        return FromStatic(literal.ToString(), complete: false);
    }

    /// <summary>
    /// The static prefix of a JSONata endpoint that starts with a string literal, such as
    /// <c>{% 'https://api.example.com/items/' &amp; $states.input.id %}</c>.
    /// </summary>
    public static string? FromJsonAta(string expression) =>
        JsonAtaLiteral.TryReadLeading(expression, out string literal, out _) ? FromStatic(literal, complete: false) : null;

    /// <summary>
    /// The longest prefix of <paramref name="text"/> that ends at a '/' after the host, plus '*'; null when the
    /// text does not reach past https://host/.
    /// </summary>
    public static string? FromStatic(string text, bool complete)
    {
        if (!text.StartsWith("https://", StringComparison.Ordinal))
        {
            return null;
        }

        int hostEnd = text.IndexOf('/', "https://".Length);
        if (hostEnd <= "https://".Length)
        {
            return null;
        }

        int cut = text.LastIndexOf('/');
        return complete ? text : text.Substring(0, cut + 1) + "*";
    }
}
