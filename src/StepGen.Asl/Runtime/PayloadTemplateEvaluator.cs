using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Evaluates a payload template: Parameters, ResultSelector, ItemSelector, a JSONPath Assign, an ItemReader's or
/// ResultWriter's Parameters. The guide ("InputPath, Parameters and ResultSelector"): "For key-value pairs where
/// the value is selected using a path, the key name must end in <c>.$</c>"; the output has the key without it.
/// </summary>
/// <remarks>
/// A <c>.$</c> value starting with <c>$</c> is a path (<c>$...</c> on the scope's input, <c>$$...</c> on the context
/// object, <c>$name...</c> on a variable), evaluated with <see cref="PathEvaluator.Evaluate(string, EvaluationScope)"/>;
/// any other value is an intrinsic function call. Objects and arrays are rebuilt at any depth, their <c>.$</c> keys
/// evaluated; every other value is copied as it is. A path that fails is
/// <see cref="AslErrorNames.ParameterPathFailure"/> (the guide: "an attempt to replace a field whose name ends in
/// <c>.$</c> using a path fails"), an intrinsic that fails <see cref="AslErrorNames.IntrinsicFailure"/>. When both
/// <c>a</c> and <c>a.$</c> appear (a definition AWS rejects), the later member wins. The template and the scope are
/// not mutated; the output shares unchanged values with both.
/// </remarks>
public static class PayloadTemplateEvaluator
{
    /// <summary>The template with every <c>.$</c> field replaced by its value.</summary>
    /// <exception cref="AslRuntimeException">
    /// <see cref="AslErrorNames.ParameterPathFailure"/>, <see cref="AslErrorNames.IntrinsicFailure"/>, or
    /// <see cref="AslErrorNames.Runtime"/> for a <c>.$</c> field whose value is not a string.
    /// </exception>
    public static JsonNode Evaluate(JsonNode template, EvaluationScope scope)
    {
        switch (template)
        {
            case JsonObject obj:
                {
                    var output = new JsonObject();
                    foreach (KeyValuePair<string, JsonNode> member in obj.Members)
                    {
                        string key = member.Key;
                        if (key.Length > 2 && key.EndsWith(".$", System.StringComparison.Ordinal))
                        {
                            output.Add(key.Substring(0, key.Length - 2), EvaluateField(key, member.Value, scope));
                        }
                        else
                        {
                            output.Add(key, Evaluate(member.Value, scope));
                        }
                    }

                    return output;
                }

            case JsonArray arr:
                {
                    var output = new JsonArray();
                    foreach (JsonNode item in arr.Items)
                    {
                        output.Add(Evaluate(item, scope));
                    }

                    return output;
                }

            default:
                return template ?? JsonNode.Null;
        }
    }

    /// <summary>The value of one <c>.$</c> field: a path or an intrinsic function call.</summary>
    public static JsonNode EvaluateField(string key, JsonNode value, EvaluationScope scope)
    {
        if (value is not JsonString expression)
        {
            throw new AslRuntimeException(
                AslErrorNames.Runtime,
                "The value of the field '" + key + "' must be a path or an intrinsic function call, as a string, but is " + JsonValues.Describe(value));
        }

        string text = expression.Value;
        if (PathParser.LooksLikePath(text))
        {
            try
            {
                return PathEvaluator.Evaluate(text, scope);
            }
            catch (AslRuntimeException e) when (e.Error == AslErrorNames.Runtime)
            {
                throw new AslRuntimeException(
                    AslErrorNames.ParameterPathFailure,
                    "The JSONPath '" + text + "' specified for the field '" + key + "' could not be found in the input '"
                    + JsonValues.Excerpt(RootText(text, scope)) + "': " + e.Cause,
                    e);
            }
        }

        return IntrinsicEvaluator.Evaluate(text, scope);
    }

    private static JsonNode RootText(string path, EvaluationScope scope) =>
        path.StartsWith("$$", System.StringComparison.Ordinal) ? scope.Context : scope.Input;
}
