using System;

namespace StepGen.Asl.Iam;

/// <summary>The static prefix of a run-time endpoint, cut at the last '/' so it cannot match another host.</summary>
internal static class EndpointPrefix
{
    public static string? FromDynamic(string expression)
    {
        // States.Format('{}/orders/{}', '${BaseUrl}', $.id): literal arguments fill the placeholders they stand for,
        // up to the first one whose value is only known at run time.
        Intrinsics.IntrinsicParseResult parsed = Intrinsics.IntrinsicParser.Parse(expression);
        if (!parsed.Success || parsed.Call is not { Name: "States.Format" } call || call.Arguments.Count == 0
            || call.Arguments[0] is not { Kind: Intrinsics.IntrinsicArgumentKind.String, StringValue: string format })
        {
            return null;
        }

        var literal = new System.Text.StringBuilder();
        int argument = 1;
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && i + 1 < format.Length && format[i + 1] == '}')
            {
                if (argument >= call.Arguments.Count || call.Arguments[argument] is not { Kind: Intrinsics.IntrinsicArgumentKind.String, StringValue: string value })
                {
                    break;
                }

                literal.Append(value);
                argument++;
                i++;
                continue;
            }

            literal.Append(format[i]);
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
        if (Compile.Substitutions.StartsWithSubstitution(text))
        {
            // ${BaseUrl}/orders/...: the deployment fills in the scheme and host; a '/' after it keeps them whole.
            int afterSubstitution = text.IndexOf('}') + 1;
            int slash = text.IndexOf('/', afterSubstitution);
            return slash < 0 ? null : complete ? text : text.Substring(0, text.LastIndexOf('/') + 1) + "*";
        }

        if (!text.StartsWith("https://", StringComparison.Ordinal))
        {
            return null;
        }

        // The host ends at the first '/', '?' or '#'; a prefix that stops before then could match another host.
        int hostEnd = text.IndexOfAny(new[] { '/', '?', '#' }, "https://".Length);
        if (hostEnd <= "https://".Length)
        {
            return null;
        }

        int cut = text[hostEnd] == '/' ? text.LastIndexOf('/') : hostEnd;
        return complete ? text : text.Substring(0, cut + 1) + "*";
    }
}
