using System;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>How a task parameter's value is known to the derivation.</summary>
internal enum ValueKnown
{
    /// <summary>The parameter is not set.</summary>
    Absent,

    /// <summary>A constant: a plain string, or a JSONata expression that is one string literal (<c>{% 'orders' %}</c>).</summary>
    Constant,

    /// <summary>One whole <c>${Substitution}</c>, filled in at deploy time; <see cref="ParameterValue.Substitution"/> says what it stands for.</summary>
    Substitution,

    /// <summary>Chosen at run time: a <c>.$</c> path or intrinsic, or a JSONata expression.</summary>
    RunTime,
}

/// <summary>
/// One parameter of a task as the IAM derivation reads it, in either query language: its constant text, the
/// substitution it names, or that it is only known at run time. A constant with a substitution inside
/// (<c>arn:aws:sns:${AWS::Region}:...</c>) is a constant: the placeholder is filled in before IAM sees the policy.
/// </summary>
internal readonly struct ParameterValue
{
    private ParameterValue(ValueKnown known, string text)
    {
        Known = known;
        Text = text;
    }

    public ValueKnown Known { get; }

    /// <summary>The constant, or the <c>${Name}</c> of a substitution; empty otherwise.</summary>
    public string Text { get; }

    public SubstitutionKind Substitution => Known == ValueKnown.Substitution ? Substitutions.KindOf(Text) : SubstitutionKind.None;

    /// <summary>A constant or a substitution: a value written in the definition, so the policy can name it.</summary>
    public bool IsWritten => Known is ValueKnown.Constant or ValueKnown.Substitution;

    public static ParameterValue Read(JsonObject? parameters, string name)
    {
        if (parameters is null)
        {
            return default;
        }

        if (parameters.Get(name + ".$") is not null)
        {
            return new ParameterValue(ValueKnown.RunTime, string.Empty);
        }

        return Of(parameters.Get(name));
    }

    /// <summary>The value of one JSON node of a payload (a string is the only form an ARN or a name can take).</summary>
    public static ParameterValue Of(JsonNode? node)
    {
        if (node is not JsonString { Value: var value })
        {
            return default;
        }

        if (value.StartsWith("{%", StringComparison.Ordinal))
        {
            return JsonAtaLiteral.TryReadWhole(value, out string constant)
                ? Classify(constant)
                : new ParameterValue(ValueKnown.RunTime, string.Empty);
        }

        return Classify(value);
    }

    private static ParameterValue Classify(string text) =>
        new(Substitutions.IsWholeSubstitution(text) ? ValueKnown.Substitution : ValueKnown.Constant, text);
}

/// <summary>String literals at the start of a JSONata expression: the only part of one that is known before it runs.</summary>
internal static class JsonAtaLiteral
{
    /// <summary>True when <paramref name="expression"/> is <c>{% 'text' %}</c> (or double quotes) and nothing else.</summary>
    public static bool TryReadWhole(string expression, out string value) =>
        TryReadLeading(expression, out value, out string rest) && rest.Trim() == "%}";

    /// <summary>
    /// The string literal a <c>{% ... %}</c> expression starts with, and the text after it; false when the
    /// expression does not start with one. JSONata strings take JSON's escapes.
    /// </summary>
    public static bool TryReadLeading(string expression, out string value, out string rest)
    {
        value = string.Empty;
        rest = string.Empty;
        if (!expression.StartsWith("{%", StringComparison.Ordinal))
        {
            return false;
        }

        int i = 2;
        while (i < expression.Length && char.IsWhiteSpace(expression[i]))
        {
            i++;
        }

        if (i >= expression.Length || (expression[i] != '\'' && expression[i] != '"'))
        {
            return false;
        }

        char quote = expression[i++];
        var text = new System.Text.StringBuilder();
        for (; i < expression.Length; i++)
        {
            char c = expression[i];
            if (c == quote)
            {
                value = text.ToString();
                rest = expression.Substring(i + 1);
                return true;
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= expression.Length)
            {
                return false;
            }

            switch (expression[i])
            {
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u' when i + 4 < expression.Length && int.TryParse(expression.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code):
                    text.Append((char)code);
                    i += 4;
                    break;
                default: text.Append(expression[i]); break;
            }
        }

        return false;
    }
}
