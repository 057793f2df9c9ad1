using System;
using System.Collections.Generic;
using StepGen.Asl.Intrinsics;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Shapes;

/// <summary>
/// The input paths that parts of an ASL state read: Choice rules and payload templates. Shared by the inference of
/// the execution input and the data-flow check (SG2006), which read the same places for different ends.
/// </summary>
internal static class AslReads
{
    /// <summary>Every Variable and '...Path' operand of a Choice rule (And/Or/Not included), with the kind its operator compares.</summary>
    public static IEnumerable<(string Path, Shape Kind)> RulePaths(JsonNode rule, int depth = 0)
    {
        if (depth > 64 || rule is not JsonObject obj)
        {
            yield break;
        }

        foreach (string combinator in new[] { "And", "Or" })
        {
            if (obj.Get(combinator) is JsonArray rules)
            {
                foreach (JsonNode inner in rules.Items)
                {
                    foreach ((string Path, Shape Kind) read in RulePaths(inner, depth + 1))
                    {
                        yield return read;
                    }
                }
            }
        }

        if (obj.Get("Not") is JsonNode negated)
        {
            foreach ((string Path, Shape Kind) read in RulePaths(negated, depth + 1))
            {
                yield return read;
            }
        }

        if (obj.Get("Variable") is not JsonString variable)
        {
            yield break;
        }

        foreach (KeyValuePair<string, JsonNode> member in obj.Members)
        {
            if (OperatorKind(member.Key, member.Value) is not Shape kind)
            {
                continue;
            }

            yield return (variable.Value, kind);
            if (member.Key.EndsWith("Path", StringComparison.Ordinal) && member.Value is JsonString operand)
            {
                yield return (operand.Value, kind);
            }
        }
    }

    /// <summary>The kind a Choice operator compares: StringEquals a string, NumericLessThan a number...</summary>
    private static Shape? OperatorKind(string op, JsonNode value)
    {
        if (op.StartsWith("String", StringComparison.Ordinal))
        {
            return Shape.Of(ShapeKind.String);
        }

        if (op.StartsWith("Numeric", StringComparison.Ordinal))
        {
            return Shape.Of(ShapeKind.Number);
        }

        if (op.StartsWith("Boolean", StringComparison.Ordinal))
        {
            return Shape.Of(ShapeKind.Boolean);
        }

        if (op.StartsWith("Timestamp", StringComparison.Ordinal))
        {
            return Shape.Of(ShapeKind.Timestamp);
        }

        return op switch
        {
            "IsString" => value.Kind == JsonNodeKind.True ? Shape.Of(ShapeKind.String) : Shape.Any,
            "IsNumeric" => value.Kind == JsonNodeKind.True ? Shape.Of(ShapeKind.Number) : Shape.Any,
            "IsBoolean" => value.Kind == JsonNodeKind.True ? Shape.Of(ShapeKind.Boolean) : Shape.Any,
            "IsTimestamp" => value.Kind == JsonNodeKind.True ? Shape.Of(ShapeKind.Timestamp) : Shape.Any,
            "IsPresent" or "IsNull" => Shape.Any,
            _ => null,
        };
    }

    /// <summary>
    /// The input paths of a payload template's '.$' values, at any depth; with <paramref name="intrinsicArguments"/>,
    /// also the paths passed to intrinsic function calls.
    /// </summary>
    public static IEnumerable<string> TemplatePaths(JsonNode? template, bool intrinsicArguments, int depth = 0)
    {
        if (depth > 64 || template is null)
        {
            yield break;
        }

        if (template is JsonArray array)
        {
            foreach (JsonNode item in array.Items)
            {
                foreach (string path in TemplatePaths(item, intrinsicArguments, depth + 1))
                {
                    yield return path;
                }
            }

            yield break;
        }

        if (template is not JsonObject obj)
        {
            yield break;
        }

        foreach (KeyValuePair<string, JsonNode> member in obj.Members)
        {
            if (!member.Key.EndsWith(".$", StringComparison.Ordinal))
            {
                foreach (string path in TemplatePaths(member.Value, intrinsicArguments, depth + 1))
                {
                    yield return path;
                }
            }
            else if (member.Value is JsonString { Value: var value })
            {
                if (value.StartsWith("States.", StringComparison.Ordinal))
                {
                    if (intrinsicArguments && IntrinsicParser.Parse(value).Call is IntrinsicCall call)
                    {
                        foreach (string path in IntrinsicPaths(call, 0))
                        {
                            yield return path;
                        }
                    }
                }
                else if (value.StartsWith("$", StringComparison.Ordinal) && !value.StartsWith("${", StringComparison.Ordinal))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<string> IntrinsicPaths(IntrinsicCall call, int depth)
    {
        if (depth > 32)
        {
            yield break;
        }

        foreach (IntrinsicArgument argument in call.Arguments)
        {
            if (argument.Path is PathParseResult path)
            {
                yield return path.Path;
            }
            else if (argument.Call is IntrinsicCall nested)
            {
                foreach (string inner in IntrinsicPaths(nested, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }
}
