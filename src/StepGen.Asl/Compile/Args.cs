using System.Collections.Generic;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>Typed reads of attribute arguments. A value of an unexpected kind reads as absent.</summary>
internal static class Args
{
    public static string? String(SourceAttribute? attribute, string name) => String(attribute?.Get(name));

    public static string? String(SourceArgument? argument) =>
        argument?.Value is { Kind: SourceValueKind.String } value ? value.Text : null;

    public static bool IsNull(SourceArgument? argument) => argument?.Value.Kind == SourceValueKind.Null;

    public static long? Integer(SourceArgument? argument) =>
        argument?.Value is { Kind: SourceValueKind.Integer or SourceValueKind.Enum } value ? value.Integer : null;

    public static double? Number(SourceArgument? argument) => argument?.Value.Kind switch
    {
        SourceValueKind.Integer => argument.Value.Integer,
        SourceValueKind.Double => argument.Value.Double,
        _ => null,
    };

    public static bool? Boolean(SourceArgument? argument) =>
        argument?.Value is { Kind: SourceValueKind.Boolean } value ? value.Boolean : null;

    /// <summary>The strings of an array argument (a <c>params</c> list or <c>new[] { ... }</c>), nulls skipped.</summary>
    public static List<string> Strings(SourceArgument? argument)
    {
        var result = new List<string>();
        if (argument?.Value is { Kind: SourceValueKind.Array } array)
        {
            foreach (SourceValue item in array.Items)
            {
                if (item.Kind == SourceValueKind.String && item.Text is not null)
                {
                    result.Add(item.Text);
                }
            }
        }
        else if (argument?.Value is { Kind: SourceValueKind.String, Text: not null } single)
        {
            result.Add(single.Text);
        }

        return result;
    }
}
