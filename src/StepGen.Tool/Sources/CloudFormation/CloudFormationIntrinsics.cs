using System;
using System.Collections.Generic;
using System.Linq;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.CloudFormation;

/// <summary>
/// Turns CloudFormation intrinsic functions into text: <c>Fn::Sub</c> and <c>Fn::Join</c> are followed (a
/// <c>Fn::Sub</c>'s own literal variables applied, <c>${!Name}</c> read as a literal <c>${Name}</c>); <c>Ref</c>,
/// <c>Fn::GetAtt</c> and the <c>${...}</c> of a <c>Fn::Sub</c> that names no variable of its own become opaque
/// placeholders named after the reference (<c>${MyFn_Arn}</c>, <c>${AWS__Region}</c>); any other function
/// (<c>Fn::If</c>, <c>Fn::ImportValue</c>, <c>Fn::Select</c>...) becomes one placeholder named after the function and
/// its content (<see cref="Placeholders.Composite"/>; for <c>Fn::If</c> the condition and the value when true).
/// </summary>
internal static class CloudFormationIntrinsics
{
    /// <summary>True for a one-member mapping whose key is <c>Ref</c>, <c>Condition</c> or <c>Fn::...</c>.</summary>
    public static bool IsIntrinsic(SourceNode node, out string function, out SourceNode argument)
    {
        function = string.Empty;
        argument = node;
        if (node is SourceMapping { Members.Count: 1 } mapping)
        {
            string key = mapping.Members[0].Key.Value;
            if (key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal))
            {
                function = key;
                argument = mapping.Members[0].Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of a node that stands where a string goes (a <c>DefinitionString</c>, a part of a <c>Fn::Join</c>, a
    /// substitution value); null when it is an object or array that is not an intrinsic function.
    /// </summary>
    public static SegmentedText? AsText(SourceNode node, int depth = 0)
    {
        if (depth > 50)
        {
            return new SegmentedText().AddPlaceholder("_", node.Offset);
        }

        switch (node)
        {
            case SourceScalar scalar:
                return new SegmentedText().AddLiteral(scalar.Kind == ScalarKind.Null ? MappedString.Synthetic(string.Empty, scalar.Offset) : scalar.Text);
            case SourceMapping when IsIntrinsic(node, out string function, out SourceNode argument):
                return function switch
                {
                    "Ref" => new SegmentedText().AddPlaceholder(Placeholders.Reference(NameOf(argument)), argument.Offset),
                    "Fn::GetAtt" => new SegmentedText().AddPlaceholder(
                        Placeholders.Reference(GetAttName(argument)),
                        argument is SourceSequence { Items.Count: > 0 } list ? list.Items[0].Offset : argument.Offset),
                    "Fn::Sub" => Sub(argument, depth),
                    "Fn::Join" => Join(node, argument, depth),
                    _ => new SegmentedText().AddPlaceholder(CompositeName(function, argument), node.Offset),
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// A <c>Definition</c> object with its intrinsic functions replaced by their text and <paramref name="substitutions"/>
    /// applied inside its strings.
    /// </summary>
    public static SourceNode Resolve(SourceNode node, Substitutions substitutions, int depth = 0)
    {
        if (depth > 1000)
        {
            throw new SourceFormatException(node.Offset, "nesting too deep");
        }

        switch (node)
        {
            case SourceMapping when IsIntrinsic(node, out _, out _):
                SegmentedText text = AsText(node, 0)!;
                return SourceScalar.String(text.ToMappedString(substitutions), node.Offset);
            case SourceMapping mapping:
                return new SourceMapping(
                    mapping.Members.Select(m => new SourceMember(ResolveKey(m.Key, substitutions), Resolve(m.Value, substitutions, depth + 1))).ToList(),
                    mapping.Offset);
            case SourceSequence sequence:
                return new SourceSequence(sequence.Items.Select(i => Resolve(i, substitutions, depth + 1)).ToList(), sequence.Offset);
            case SourceScalar { Kind: ScalarKind.String } scalar:
                return SourceScalar.String(substitutions.Apply(scalar.Text), scalar.Offset);
            default:
                return node;
        }
    }

    /// <summary>What a literal value (a substitution's, a <c>Fn::Sub</c> variable's) is as text; null when it is computed.</summary>
    public static MappedString? LiteralText(SourceNode node)
    {
        SegmentedText? text = AsText(node);
        return text is { IsLiteral: true } ? text.ToMappedString(Substitutions.None) : null;
    }

    private static SourceScalar ResolveKey(SourceScalar key, Substitutions substitutions) =>
        SourceScalar.String(substitutions.Apply(key.Text), key.Offset);

    private static SegmentedText Sub(SourceNode argument, int depth)
    {
        SourceNode template = argument;
        SourceMapping? variables = null;
        if (argument is SourceSequence { Items.Count: >= 1 } list)
        {
            template = list.Items[0];
            variables = list.Items.Count > 1 ? list.Items[1] as SourceMapping : null;
        }

        if (template is not SourceScalar { Kind: ScalarKind.String } scalar)
        {
            return new SegmentedText().AddPlaceholder(CompositeName("Fn::Sub", argument), argument.Offset);
        }

        var result = new SegmentedText();
        MappedString text = scalar.Text;
        string s = text.Value;
        int copied = 0;
        int at = 0;
        while ((at = s.IndexOf("${", at, StringComparison.Ordinal)) >= 0)
        {
            int close = s.IndexOf('}', at + 2);
            if (close < 0)
            {
                break;
            }

            result.AddLiteral(text.Substring(copied, at - copied));
            string name = s.Substring(at + 2, close - at - 2);
            if (name.StartsWith('!'))
            {
                // ${!Literal} is the text ${Literal}.
                result.AddLiteral(text.Substring(at, 2));
                result.AddLiteral(text.Substring(at + 3, close + 1 - (at + 3)));
            }
            else
            {
                SourceNode? value = variables?.Get(name);
                SegmentedText? valueText = value is null ? null : AsText(value, depth + 1);
                if (valueText is { IsLiteral: true })
                {
                    result.AddLiteral(MappedString.Synthetic(valueText.ToMappedString(Substitutions.None).Value, text.FileOffsetAt(at)));
                }
                else
                {
                    result.AddPlaceholder(Placeholders.Reference(name.Trim()), text.FileOffsetAt(at));
                }
            }

            copied = close + 1;
            at = close + 1;
        }

        result.AddLiteral(text.Substring(copied, s.Length - copied));
        return result;
    }

    private static SegmentedText Join(SourceNode node, SourceNode argument, int depth)
    {
        if (argument is SourceSequence { Items.Count: 2 } list
            && list.Items[0] is SourceScalar delimiter
            && list.Items[1] is SourceSequence parts)
        {
            var result = new SegmentedText();
            for (int i = 0; i < parts.Items.Count; i++)
            {
                if (i > 0)
                {
                    result.AddLiteral(delimiter.Text.Length > 0 ? delimiter.Text : MappedString.Synthetic(string.Empty, delimiter.Offset));
                }

                SegmentedText? part = AsText(parts.Items[i], depth + 1);
                if (part is null)
                {
                    result.AddPlaceholder(CompositeName("Join", parts.Items[i]), parts.Items[i].Offset);
                }
                else
                {
                    result.Add(part);
                }
            }

            return result;
        }

        return new SegmentedText().AddPlaceholder(CompositeName("Fn::Join", argument), node.Offset);
    }

    /// <summary><c>A.B</c> from <c>"A.B"</c> or <c>["A", "B"]</c>.</summary>
    private static string GetAttName(SourceNode argument) => argument switch
    {
        SourceScalar s => s.Value,
        SourceSequence list => string.Join(".", list.Items.Select(NameOf)),
        _ => NameOf(argument),
    };

    private static string CompositeName(string function, SourceNode argument)
    {
        string shortName = function.StartsWith("Fn::", StringComparison.Ordinal) ? function.Substring(4) : function;
        if (shortName == "If" && argument is SourceSequence { Items.Count: 3 } branches)
        {
            // The condition and the value when true: its ending tells the kind of value.
            return Placeholders.Composite(shortName, NameOf(branches.Items[0]) + "_" + NameOf(branches.Items[1]));
        }

        return Placeholders.Composite(shortName, NameOf(argument));
    }

    /// <summary>A readable name for any node: a scalar's text, a reference's target, the parts of anything else.</summary>
    private static string NameOf(SourceNode node)
    {
        var parts = new List<string>();
        Collect(node, parts, 0);
        return string.Join("_", parts);
    }

    private static void Collect(SourceNode node, List<string> parts, int depth)
    {
        if (depth > 20 || parts.Count > 40)
        {
            return;
        }

        switch (node)
        {
            case SourceScalar scalar:
                parts.Add(scalar.Value);
                break;
            case SourceSequence list:
                foreach (SourceNode item in list.Items)
                {
                    Collect(item, parts, depth + 1);
                }

                break;
            case SourceMapping when IsIntrinsic(node, out string function, out SourceNode argument):
                if (function is not "Ref" and not "Fn::GetAtt" and not "Fn::Sub")
                {
                    parts.Add(function.StartsWith("Fn::", StringComparison.Ordinal) ? function.Substring(4) : function);
                }

                Collect(argument is SourceSequence { Items.Count: > 0 } sub && function == "Fn::Sub" ? sub.Items[0] : argument, parts, depth + 1);
                break;
            case SourceMapping mapping:
                foreach (SourceMember member in mapping.Members)
                {
                    parts.Add(member.Key.Value);
                    Collect(member.Value, parts, depth + 1);
                }

                break;
        }
    }
}
