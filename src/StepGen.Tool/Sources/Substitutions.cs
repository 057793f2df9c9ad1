using System;
using System.Collections.Generic;

namespace StepGen.Tool.Sources;

/// <summary>
/// Values for <c>${Name}</c> in a definition (CloudFormation/SAM <c>DefinitionSubstitutions</c>, Terraform
/// <c>templatefile</c> variables, <c>Fn::Sub</c> variables). A literal value replaces its placeholder, the replaced text
/// mapping to the placeholder's <c>$</c>; a name whose value is computed (null here) or that is not listed stays as it
/// is, an opaque <c>${Name}</c>.
/// </summary>
internal sealed class Substitutions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Substitutions None { get; } = new();

    public int Count => _values.Count;

    /// <summary>Sets <paramref name="name"/> to a literal value, or to null for a computed one.</summary>
    public void Set(string name, string? value) => _values[name] = value;

    public bool TryGet(string name, out string? value) => _values.TryGetValue(name, out value);

    /// <summary>Replaces each <c>${Name}</c> that has a literal value.</summary>
    public MappedString Apply(MappedString text)
    {
        if (_values.Count == 0 || !text.Value.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        string s = text.Value;
        var builder = new MappedTextBuilder();
        int copied = 0;
        int at = 0;
        while ((at = s.IndexOf("${", at, StringComparison.Ordinal)) >= 0)
        {
            int close = s.IndexOf('}', at + 2);
            if (close < 0)
            {
                break;
            }

            string name = s.Substring(at + 2, close - at - 2);
            if (_values.TryGetValue(name, out string? value) && value != null)
            {
                builder.Append(text, copied, at - copied);
                builder.AppendSynthetic(value, text.FileOffsetAt(at));
                copied = close + 1;
                at = close + 1;
            }
            else
            {
                at += 2;
            }
        }

        if (copied == 0)
        {
            return text;
        }

        builder.Append(text, copied, s.Length - copied);
        return builder.ToMappedString();
    }
}
