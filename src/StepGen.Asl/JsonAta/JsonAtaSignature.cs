using System.Collections.Generic;

namespace StepGen.Asl.JsonAta;

/// <summary>
/// A function signature such as <c>&lt;s-nn?:s&gt;</c>, read the way jsonata 2.2.2 reads it: one parameter per type
/// symbol (<c>s n b l o a f j x</c>, or a choice <c>(sn)</c>), each optionally followed by <c>-</c> (the context
/// value stands in when the argument is left out), <c>?</c> (optional) or <c>+</c> (one or more), and a type
/// parameter <c>&lt;...&gt;</c> after <c>a</c> or <c>f</c>; everything after <c>:</c> (the return type) is ignored,
/// and so are unknown symbols.
/// </summary>
public sealed class JsonAtaSignature
{
    private JsonAtaSignature(string text, IReadOnlyList<JsonAtaSignatureParameter> parameters, char? returnType)
    {
        Text = text;
        Parameters = parameters;
        ReturnType = returnType;
    }

    /// <summary>The signature as written, angle brackets included.</summary>
    public string Text { get; }

    /// <summary>The parameters in order.</summary>
    public IReadOnlyList<JsonAtaSignatureParameter> Parameters { get; }

    /// <summary>The type symbol after the colon (<c>s</c> in <c>&lt;s-nn?:s&gt;</c>), or null when the signature gives none.</summary>
    public char? ReturnType { get; }

    /// <summary>
    /// Reads <paramref name="text"/>; on a fault the reference refuses (<c>S0401</c>: a type parameter after a symbol
    /// other than <c>a</c> or <c>f</c>; <c>S0402</c>: a choice that holds a type parameter;
    /// <see cref="JsonAtaSyntaxError.InvalidSignatureCode"/>: modifiers such as <c>++</c> that the reference turns into
    /// an invalid JavaScript regex) returns
    /// <see langword="null"/> with the code and the offset in <paramref name="text"/>.
    /// </summary>
    public static JsonAtaSignature? Parse(string text, out string? errorCode, out int errorOffset)
    {
        errorCode = null;
        errorOffset = 0;
        var parameters = new List<JsonAtaSignatureParameter>();
        JsonAtaSignatureParameter? previous = null;
        char? returnType = null;
        for (int position = 1; position < text.Length; position++)
        {
            char symbol = text[position];
            if (symbol == ':')
            {
                returnType = position + 1 < text.Length && text[position + 1] != '>' ? text[position + 1] : null;
                break;
            }

            switch (symbol)
            {
                case 's':
                case 'n':
                case 'b':
                case 'l':
                case 'o':
                case 'a':
                case 'f':
                case 'j':
                case 'x':
                    previous = new JsonAtaSignatureParameter(symbol.ToString());
                    parameters.Add(previous);
                    break;
                case '-':
                    if (previous is not null)
                    {
                        previous.UsesContext = true;
                        previous.Modifiers += "?";
                    }

                    break;
                case '?':
                    if (previous is not null)
                    {
                        previous.Optional = true;
                        previous.Modifiers += "?";
                    }

                    break;
                case '+':
                    if (previous is not null)
                    {
                        previous.OneOrMore = true;
                        previous.Modifiers += "+";
                    }

                    break;
                case '(':
                    int endParen = ClosingBracket(text, position, '(', ')');
                    string choice = Slice(text, position + 1, endParen);
                    if (choice.IndexOf('<') >= 0)
                    {
                        errorCode = "S0402";
                        errorOffset = position;
                        return null;
                    }

                    previous = new JsonAtaSignatureParameter("(" + choice + ")");
                    parameters.Add(previous);
                    position = endParen;
                    break;
                case '<':
                    if (previous is not null && (previous.Type == "a" || previous.Type == "f"))
                    {
                        int endAngle = ClosingBracket(text, position, '<', '>');
                        previous.Subtype = Slice(text, position + 1, endAngle);
                        position = endAngle;
                    }
                    else
                    {
                        errorCode = "S0401";
                        errorOffset = position;
                        return null;
                    }

                    break;
            }
        }

        foreach (JsonAtaSignatureParameter parameter in parameters)
        {
            // The reference turns '-' and '?' into the regex quantifier '?' and '+' into '+': a second quantifier is
            // only valid as the lazy '?', so "s++", "s?+" or "s-+" make JavaScript refuse the signature's regex.
            string modifiers = parameter.Modifiers;
            if (modifiers.Length > 2 || (modifiers.Length == 2 && modifiers[1] != '?'))
            {
                errorCode = JsonAtaSyntaxError.InvalidSignatureCode;
                errorOffset = 0;
                return null;
            }
        }

        return new JsonAtaSignature(text, parameters, returnType);
    }

    private static string Slice(string text, int start, int end)
    {
        if (end > text.Length)
        {
            end = text.Length;
        }

        return start >= end ? "" : text.Substring(start, end - start);
    }

    private static int ClosingBracket(string text, int start, char open, char close)
    {
        int depth = 1;
        int position = start;
        while (position < text.Length)
        {
            position++;
            char symbol = position < text.Length ? text[position] : '\0';
            if (symbol == close)
            {
                depth--;
                if (depth == 0)
                {
                    break;
                }
            }
            else if (symbol == open)
            {
                depth++;
            }
        }

        return position;
    }

    /// <summary>
    /// The fewest arguments a call must pass: every parameter that is neither optional nor (when
    /// <paramref name="contextAvailable"/>) filled from the context.
    /// </summary>
    public int MinimumArguments(bool contextAvailable)
    {
        int count = 0;
        foreach (JsonAtaSignatureParameter parameter in Parameters)
        {
            if (!parameter.Optional && !(parameter.UsesContext && contextAvailable))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The most arguments a call may pass, or <see langword="null"/> when a <c>+</c> parameter takes any number.</summary>
    public int? MaximumArguments
    {
        get
        {
            foreach (JsonAtaSignatureParameter parameter in Parameters)
            {
                if (parameter.OneOrMore)
                {
                    return null;
                }
            }

            return Parameters.Count;
        }
    }
}

/// <summary>One parameter of a <see cref="JsonAtaSignature"/>.</summary>
public sealed class JsonAtaSignatureParameter
{
    internal JsonAtaSignatureParameter(string type)
    {
        Type = type;
    }

    /// <summary>The type symbol (<c>s</c>, <c>n</c>, <c>a</c>, ...) or a choice such as <c>(sf)</c>.</summary>
    public string Type { get; }

    /// <summary>The type parameter of an <c>a</c> or <c>f</c>, without its angle brackets (<c>n</c> in <c>a&lt;n&gt;</c>).</summary>
    public string? Subtype { get; internal set; }

    /// <summary><c>?</c>: the argument may be left out.</summary>
    public bool Optional { get; internal set; }

    /// <summary><c>+</c>: one or more arguments of this type.</summary>
    public bool OneOrMore { get; internal set; }

    /// <summary><c>-</c>: when the argument is left out the context value is used.</summary>
    public bool UsesContext { get; internal set; }

    /// <summary>The modifiers as the reference's regex has them: <c>?</c> for each <c>-</c> or <c>?</c>, <c>+</c> for <c>+</c>.</summary>
    internal string Modifiers { get; set; } = "";
}
