using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The argument check of a function signature such as <c>&lt;s-nn?:s&gt;</c>: it checks and completes the arguments of
/// a call: a missing argument marked <c>-</c> takes the context value, a non-array given for an <c>a</c>
/// parameter is wrapped in an array, and a mismatch is error T0410, T0411 or T0412 as in the reference.
/// </summary>
internal sealed class JsonAtaArgumentValidator
{
    private readonly List<Parameter> _parameters = new List<Parameter>();
    private readonly Regex _regex;

    // The match of each argument-type string seen so far: a call in a loop matches the regex once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]?> _matches =
        new System.Collections.Concurrent.ConcurrentDictionary<string, string[]?>(System.StringComparer.Ordinal);

    private JsonAtaArgumentValidator(Asl.JsonAta.JsonAtaSignature signature)
    {
        Definition = signature.Text;
        foreach (Asl.JsonAta.JsonAtaSignatureParameter source in signature.Parameters)
        {
            string type = source.Type;
            string pattern = type switch
            {
                "a" or "x" => "[asnblfom]",
                "f" => "f",
                "j" => "[asnblom]",
                _ when type.Length > 1 => "[" + type.Substring(1, type.Length - 2) + "m]",
                _ => "[" + type + "m]",
            };
            var parameter = new Parameter { Type = type, Subtype = source.Subtype, Pattern = pattern };
            if (source.UsesContext)
            {
                parameter.UsesContext = true;
                parameter.ContextPattern = new Regex(pattern, RegexOptions.CultureInvariant);
                parameter.Pattern += "?";
            }

            if (source.Optional)
            {
                parameter.Pattern += "?";
            }

            if (source.OneOrMore)
            {
                parameter.Pattern += "+";
            }

            _parameters.Add(parameter);
        }

        var whole = new StringBuilder("^");
        foreach (Parameter p in _parameters)
        {
            whole.Append('(').Append(p.Pattern).Append(')');
        }

        whole.Append('$');
        _regex = new Regex(whole.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>The signature text.</summary>
    public string Definition { get; }

    /// <summary>
    /// The validator of a signature text, read by the parser's <see cref="Asl.JsonAta.JsonAtaSignature"/> (one reading of
    /// the syntax); S0401/S0402 for a malformed one.
    /// </summary>
    public static JsonAtaArgumentValidator Parse(string definition)
    {
        Asl.JsonAta.JsonAtaSignature? signature = Asl.JsonAta.JsonAtaSignature.Parse(definition, out string? code, out int offset);
        if (signature is null)
        {
            throw new JsonAtaException(code ?? "S0401", "The function signature " + definition + " is not valid", offset);
        }

        return new JsonAtaArgumentValidator(signature);
    }

    /// <summary>The one-letter type symbol of a value: s n b l o a f, or m for undefined.</summary>
    public static char Symbol(object? value) => value switch
    {
        null => 'm',
        JsonAtaFunction => 'f',
        string => 's',
        double => 'n',
        bool => 'b',
        JsonAtaNull => 'l',
        JsonAtaSequence => 'a',
        _ => 'o',
    };

    /// <summary>Checks <paramref name="arguments"/> and returns them completed (context filled in, arrays wrapped).</summary>
    public object?[] Validate(IReadOnlyList<object?> arguments, object? context)
    {
        var supplied = new StringBuilder(arguments.Count);
        foreach (object? argument in arguments)
        {
            supplied.Append(Symbol(argument));
        }

        string symbols = supplied.ToString();
        string[]? groups = _matches.GetOrAdd(symbols, MatchGroups);
        if (groups is null)
        {
            throw Mismatch(arguments, symbols);
        }

        var validated = new List<object?>(_parameters.Count);
        int argIndex = 0;
        for (int index = 0; index < _parameters.Count; index++)
        {
            Parameter parameter = _parameters[index];
            string matched = groups[index];
            if (matched.Length == 0)
            {
                if (parameter.UsesContext && parameter.ContextPattern != null)
                {
                    char contextType = Symbol(context);
                    if (parameter.ContextPattern.IsMatch(contextType.ToString()))
                    {
                        validated.Add(context);
                    }
                    else
                    {
                        throw new JsonAtaException("T0411", "The context value does not have the type argument " + (argIndex + 1) + " of the function needs");
                    }
                }
                else
                {
                    validated.Add(argIndex < arguments.Count ? arguments[argIndex] : null);
                    argIndex++;
                }

                continue;
            }

            foreach (char single in matched)
            {
                object? argument = argIndex < arguments.Count ? arguments[argIndex] : null;
                if (parameter.Type == "a")
                {
                    if (single == 'm')
                    {
                        argument = null;
                    }
                    else
                    {
                        bool arrayOk = true;
                        if (parameter.Subtype != null)
                        {
                            if (single != 'a' && matched != parameter.Subtype)
                            {
                                arrayOk = false;
                            }
                            else if (single == 'a' && argument is JsonAtaSequence list && list.Count > 0)
                            {
                                char itemType = Symbol(list[0]);
                                if (itemType != parameter.Subtype[0])
                                {
                                    arrayOk = false;
                                }
                                else
                                {
                                    foreach (object? item in list)
                                    {
                                        if (Symbol(item) != itemType)
                                        {
                                            arrayOk = false;
                                            break;
                                        }
                                    }
                                }
                            }
                        }

                        if (!arrayOk)
                        {
                            throw new JsonAtaException("T0412", "Argument " + (argIndex + 1) + " of the function must be an array of " + SubtypeName(parameter.Subtype!));
                        }

                        if (single != 'a')
                        {
                            argument = new JsonAtaSequence(1) { argument }; // a plain array, as the reference wraps it
                        }
                    }
                }

                validated.Add(argument);
                argIndex++;
            }
        }

        return validated.ToArray();
    }

    private string[]? MatchGroups(string symbols)
    {
        Match match = _regex.Match(symbols);
        if (!match.Success)
        {
            return null;
        }

        var groups = new string[_parameters.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            groups[i] = match.Groups[i + 1].Value;
        }

        return groups;
    }

    private JsonAtaException Mismatch(IReadOnlyList<object?> arguments, string symbols)
    {
        var partial = new StringBuilder("^");
        int goodTo = 0;
        foreach (Parameter parameter in _parameters)
        {
            partial.Append(parameter.Pattern);
            Match m = Regex.Match(symbols, partial.ToString(), RegexOptions.CultureInvariant);
            if (!m.Success)
            {
                break;
            }

            goodTo = m.Length;
        }

        _ = arguments;
        return new JsonAtaException("T0410", "Argument " + (goodTo + 1) + " of the function does not match its signature " + Definition);
    }

    private static string SubtypeName(string subtype) => subtype switch
    {
        "a" => "arrays",
        "b" => "booleans",
        "f" => "functions",
        "n" => "numbers",
        "o" => "objects",
        "s" => "strings",
        _ => subtype,
    };

    private sealed class Parameter
    {
        public string Pattern { get; set; } = string.Empty;

        public string Type { get; set; } = string.Empty;

        public string? Subtype { get; set; }

        public bool UsesContext { get; set; }

        public Regex? ContextPattern { get; set; }
    }
}
