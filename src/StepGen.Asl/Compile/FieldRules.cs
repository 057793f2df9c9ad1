using System;
using System.Collections.Generic;
using StepGen.Asl.Json;

namespace StepGen.Asl.Compile;

/// <summary>
/// Which fields a state takes, by state type and query language (ASL-SPEC 1.4 and 2.6). Attribute properties
/// that only one state type has are limited by the attribute itself; this table covers the rest.
/// </summary>
internal static class FieldRules
{
    /// <summary>Fields that only JSONPath states have, with what a JSONata state uses instead.</summary>
    private static readonly (string Field, string Instead)[] JsonPathOnly =
    {
        ("InputPath", "read $states.input in Arguments or Output"),
        ("OutputPath", "shape the output with Output"),
        ("ResultPath", "combine $states.input and $states.result in Output"),
        ("Parameters", "use Arguments"),
        ("ResultSelector", "shape $states.result in Output"),
        ("Result", "use Output"),
        ("TimeoutSecondsPath", "set TimeoutSeconds to a constant"),
        ("HeartbeatSecondsPath", "set HeartbeatSeconds to a constant"),
        ("SecondsPath", "set Seconds to a constant, or Timestamp to a {% ... %} expression"),
        ("TimestampPath", "give Timestamp a {% ... %} expression"),
        ("ErrorPath", "give Error a {% ... %} expression"),
        ("CausePath", "give Cause a {% ... %} expression"),
        ("ItemsPath", "use Items"),
        ("MaxConcurrencyPath", "set MaxConcurrency to a constant"),
        ("ToleratedFailureCountPath", "set ToleratedFailureCount to a constant"),
        ("ToleratedFailurePercentagePath", "set ToleratedFailurePercentage to a constant"),
    };

    /// <summary>Fields that only JSONata states have, with what a JSONPath state uses instead.</summary>
    private static readonly (string Field, string Instead)[] JsonAtaOnly =
    {
        ("Arguments", "use Parameters"),
        ("Output", "use ResultSelector, ResultPath or OutputPath"),
        ("Items", "use ItemsPath"),
    };

    /// <summary>Why <paramref name="field"/> is not allowed on this state, or null when it is.</summary>
    public static string? WhyNotAllowed(StateKind kind, string field, bool jsonAta, Problems.SourceDialect dialect = Problems.SourceDialect.Attributes)
    {
        foreach ((string name, string instead) in jsonAta ? JsonPathOnly : JsonAtaOnly)
        {
            if (name == field)
            {
                return jsonAta
                    ? $"{field} is a JSONPath field and this state uses JSONata; {instead}"
                    : $"{field} is a JSONata field and this state uses JSONPath; {instead}, or set {Problems.Phrases.UseJsonAta(dialect)}";
            }
        }

        bool allowed = field switch
        {
            "InputPath" or "OutputPath" or "Output" => kind != StateKind.Fail,
            "Parameters" => kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map or StateKind.Pass,
            "Arguments" => kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel,
            "ResultSelector" => kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map,
            "ResultPath" => kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map or StateKind.Pass,
            "Assign" => kind is not (StateKind.Succeed or StateKind.Fail),
            _ => true,
        };

        return allowed ? null : $"{field} is not allowed on a {kind.AslType()} state";
    }

    /// <summary>
    /// The fields of one state type beyond those every type may have (ASL-SPEC 1.4, the States Language's table of
    /// state types and fields): a field of another type is refused by Step Functions.
    /// </summary>
    private static string[] OwnFields(StateKind kind) => kind switch
    {
        StateKind.Task or StateKind.HttpTask => new[] { "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials" },
        StateKind.Choice => new[] { "Choices", "Default" },
        StateKind.Wait => new[] { "Seconds", "Timestamp", "SecondsPath", "TimestampPath" },
        StateKind.Fail => new[] { "Error", "Cause", "ErrorPath", "CausePath" },
        StateKind.Parallel => new[] { "Branches" },
        StateKind.Map => new[]
        {
            "ItemProcessor", "Iterator", "ItemsPath", "Items", "ItemSelector", "ItemReader", "ItemBatcher", "ResultWriter", "Label",
            "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath",
            "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
        },
        _ => Array.Empty<string>(),
    };

    /// <summary>
    /// Why an ASL state of this kind and language cannot have the field <paramref name="field"/>, or null when it can:
    /// the checks of an <c>[AslField]</c> and of a definition read from JSON.
    /// </summary>
    public static string? WhyNotStateField(StateKind kind, string field, bool jsonAta)
    {
        switch (field)
        {
            case "Type" or "Comment" or "QueryLanguage":
                return null;
            case "Next" or "End":
                return kind.MustContinue() ? null : $"{field} is not allowed on a {kind.AslType()} state, which never continues to another";
            case "Retry" or "Catch":
                return kind.AllowsRetryCatch() ? null : $"{field} is not allowed on a {kind.AslType()} state";
            case "InputPath" or "OutputPath" or "Output" or "Parameters" or "Arguments" or "ResultSelector" or "ResultPath" or "Assign":
                return WhyNotAllowed(kind, field, jsonAta);
            case "Result":
                return kind == StateKind.Pass ? WhyNotAllowed(kind, field, jsonAta) : $"Result is not allowed on a {kind.AslType()} state";
        }

        if (Array.IndexOf(OwnFields(kind), field) < 0)
        {
            return $"{field} is not a field of a {kind.AslType()} state";
        }

        return WhyNotAllowed(kind, field, jsonAta);
    }

    /// <summary>True when the field is one this state writes, in this language.</summary>
    public static bool Allows(StateKind kind, string field, bool jsonAta) => WhyNotAllowed(kind, field, jsonAta) is null;

    /// <summary>A JSONata expression value: <c>{% ... %}</c>.</summary>
    public static bool IsJsonAtaExpression(string value) =>
        value.StartsWith("{%", StringComparison.Ordinal) && value.EndsWith("%}", StringComparison.Ordinal) && value.Length >= 4;

    /// <summary>
    /// The expression of a JSONata value: the text between <c>{%</c> and <c>%}</c> of a string that starts and ends
    /// with them (ASL-SPEC 2.6; a string with anything outside the braces, spaces included, is a plain string).
    /// </summary>
    public static bool TryGetJsonAtaExpression(string? value, out string expression)
    {
        if (value is not null && IsJsonAtaExpression(value))
        {
            expression = value.Substring(2, value.Length - 4);
            return true;
        }

        expression = string.Empty;
        return false;
    }

    /// <summary>
    /// Every JSONata value inside a JSON value (a state's field: Output, Arguments, Assign...), with its expression:
    /// strings at any depth of objects and arrays, not object keys, which are never evaluated.
    /// </summary>
    public static IEnumerable<(JsonString Value, string Expression)> JsonAtaStrings(JsonNode? node, int depth = 0)
    {
        if (node is null || depth > 128)
        {
            yield break;
        }

        switch (node)
        {
            case JsonString value when TryGetJsonAtaExpression(value.Value, out string expression):
                yield return (value, expression);
                break;
            case JsonArray array:
                foreach (JsonNode item in array.Items)
                {
                    foreach ((JsonString Value, string Expression) inner in JsonAtaStrings(item, depth + 1))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode> member in obj.Members)
                {
                    foreach ((JsonString Value, string Expression) inner in JsonAtaStrings(member.Value, depth + 1))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
