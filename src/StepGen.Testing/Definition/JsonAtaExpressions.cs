using System;
using System.Collections.Concurrent;

using StepGen.Asl.Json;
using StepGen.Testing.JsonAta;

namespace StepGen.Testing.Definition;

/// <summary>
/// The JSONata expressions of one definition, each compiled once: the reader compiles every expression it meets
/// (so a syntax error is a definition error at its field), and the executions of the definition take the
/// compiled form from here by its text.
/// </summary>
internal sealed class JsonAtaExpressions
{
    private readonly ConcurrentDictionary<string, JsonAtaExpression> _compiled = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="value"/> is a JSONata expression: a string that starts with <c>{%</c> and ends with
    /// <c>%}</c> (the States Language's "JSONata Concepts"; ASL-SPEC 2.6). <paramref name="text"/> is what lies
    /// between the two, without the spaces at its ends (AWS's causes quote it so: <c>'$states.input.a'</c> for
    /// <c>"{% $states.input.a %}"</c>). Any other value, a string with space outside the braces included, is literal JSON.
    /// </summary>
    public static bool TryGetText(JsonNode? value, out string text)
    {
        if (value is JsonString s && s.Value.Length >= 4
            && s.Value.StartsWith("{%", StringComparison.Ordinal) && s.Value.EndsWith("%}", StringComparison.Ordinal))
        {
            text = s.Value.Substring(2, s.Value.Length - 4).Trim();
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>The compiled expression; a syntax error is a <see cref="JsonAtaException"/>.</summary>
    public JsonAtaExpression Get(string text) => _compiled.GetOrAdd(text, JsonAtaExpression.Compile);
}
