using System.Collections.Generic;
using System.Globalization;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary><see cref="ImportReader"/>: one field's value as an attribute argument, or the problem with its kind.</summary>
internal sealed partial class ImportReader
{
    /// <summary>A string field (a null too when <paramref name="allowNull"/>); a value of another kind is SG1016.</summary>
    private bool ReadString(JsonObject owner, string key, string path, AttributeBuilder attribute, string argument, bool allowNull = false, bool constructorArgument = false)
    {
        JsonNode? value = owner.Get(key);
        switch (value)
        {
            case JsonString text:
                attribute.Add(argument, SourceValue.FromString(text.Value), ImportSite.Of(text), constructorArgument);
                return true;
            case not null when value.Kind == JsonNodeKind.Null && allowNull:
                attribute.Add(argument, SourceValue.Null, ImportSite.Of(owner.KeySpan(key)), constructorArgument);
                return true;
            case not null:
                Problem(Rules.RequiredField, path, $"{key} must be a string{(allowNull ? " or null" : string.Empty)}, not {JsonKind(value)}.", owner.KeySpan(key));
                return false;
            default:
                return false;
        }
    }

    /// <summary>A whole-number field that an attribute holds as an <c>int</c>; false (with SG1016) for another kind.</summary>
    private bool ReadInteger(JsonObject owner, string key, string path, AttributeBuilder attribute, string argument, bool jsonAtaAllowed)
    {
        JsonNode? value = owner.Get(key);
        if (value is JsonNumber number && TryInt(number, out int integer))
        {
            attribute.Add(argument, SourceValue.FromInteger(integer), ImportSite.Of(owner.KeySpan(key)));
            return true;
        }

        if (value is JsonString text && (jsonAtaAllowed || IsDeployedValue(text)))
        {
            return false;
        }

        if (value is not null)
        {
            string what = value is JsonNumber ? "a whole number" : jsonAtaAllowed ? "a whole number or a {% ... %} expression" : "a whole number";
            Problem(Rules.RequiredField, path, $"{key} must be {what} no larger than {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, not {Shown(value)}.", owner.KeySpan(key));
        }

        return true;
    }

    /// <summary>A number field that an attribute holds as a <c>double</c>; SG1016 for another kind.</summary>
    private bool ReadNumber(JsonObject owner, string key, string path, AttributeBuilder attribute, string argument, bool jsonAtaAllowed)
    {
        JsonNode? value = owner.Get(key);
        if (value is JsonNumber number && double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
        {
            attribute.Add(argument, SourceValue.FromDouble(d), ImportSite.Of(owner.KeySpan(key)));
            return true;
        }

        if (value is JsonString text && (jsonAtaAllowed || IsDeployedValue(text)))
        {
            return false;
        }

        if (value is not null)
        {
            Problem(Rules.RequiredField, path, $"{key} must be a number, not {Shown(value)}.", owner.KeySpan(key));
        }

        return true;
    }

    private bool ReadBoolean(JsonObject owner, string key, string path, AttributeBuilder attribute, string argument)
    {
        JsonNode? value = owner.Get(key);
        if (value is not null && value.Kind is JsonNodeKind.True or JsonNodeKind.False)
        {
            attribute.Add(argument, SourceValue.FromBoolean(value.Kind == JsonNodeKind.True), ImportSite.Of(owner.KeySpan(key)));
            return true;
        }

        if (value is not null)
        {
            Problem(Rules.RequiredField, path, $"{key} must be true or false, not {Shown(value)}.", owner.KeySpan(key));
        }

        return false;
    }

    /// <summary>QueryLanguage: true for JSONata, false for JSONPath, null when absent or not one of the two (SG1016).</summary>
    private bool? ReadQueryLanguage(JsonObject owner, string path, AttributeBuilder attribute)
    {
        JsonNode? value = owner.Get("QueryLanguage");
        if (value is JsonString { Value: "JSONata" or "JSONPath" } language)
        {
            bool jsonAta = language.Value == "JSONata";
            attribute.Add(ArgumentNames.QueryLanguage, new SourceValue(SourceValueKind.Enum, Integer: jsonAta ? 1 : 0), ImportSite.Of(language));
            return jsonAta;
        }

        if (value is not null)
        {
            Problem(Rules.RequiredField, path, $"QueryLanguage must be \"JSONPath\" or \"JSONata\", not {Shown(value)}.", value is JsonString s ? s.Span : owner.KeySpan("QueryLanguage"));
        }

        return null;
    }

    /// <summary>
    /// A field kept as JSON text: the characters of the definition itself, so that offsets the rules report inside
    /// the text are offsets in the definition.
    /// </summary>
    private void ReadJsonText(JsonObject owner, string key, AttributeBuilder attribute, string argument)
    {
        if (owner.Get(key) is JsonNode value)
        {
            attribute.Add(argument, SourceValue.FromString(RawJson(value, out ImportSite site)), site.IsKnown ? site : ImportSite.Of(owner.KeySpan(key)));
        }
    }

    /// <summary>
    /// A JSONata state's Output, Items or RequestBody: a <c>{% ... %}</c> string is the expression itself (which the
    /// attributes take as it is), anything else JSON text.
    /// </summary>
    private void ReadJsonAtaValue(JsonObject owner, string key, AttributeBuilder attribute, string argument)
    {
        if (owner.Get(key) is JsonString { Value: var text } expression && text.TrimStart().StartsWith("{%", System.StringComparison.Ordinal) && text.Trim() == text)
        {
            attribute.Add(argument, SourceValue.FromString(text), ImportSite.Of(expression));
            return;
        }

        ReadJsonText(owner, key, attribute, argument);
    }

    /// <summary>The JSON text of a value: the definition's own characters where the parser recorded them.</summary>
    private string RawJson(JsonNode value, out ImportSite site)
    {
        JsonSpan span = value switch
        {
            JsonObject o => o.Span,
            JsonArray a => a.Span,
            JsonString s => s.Span,
            _ => JsonSpan.None,
        };

        if (span.IsKnown && span.Offset + span.Length <= _text.Length)
        {
            site = ImportSite.Verbatim(span);
            return _text.Substring(span.Offset, span.Length);
        }

        site = default;
        return value.ToString();
    }

    /// <summary>
    /// A whole <c>${Name}</c> where a number goes: the deployment fills it in (a Terraform variable, a
    /// DefinitionSubstitution), so it is kept as it is, not refused.
    /// </summary>
    private static bool IsDeployedValue(JsonString value) => Compile.Substitutions.IsWholeSubstitution(value.Value);

    private static bool TryInt(JsonNumber number, out int value) =>
        int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string Shown(JsonNode value) => value switch
    {
        JsonNumber n => n.Text,
        JsonString s => "\"" + Text.Excerpt.Of(s.Value) + "\"",
        _ => JsonKind(value),
    };

    /// <summary>The strings of an ErrorEquals list, each with its site; SG1010 for anything else.</summary>
    private List<(SourceValue Value, ImportSite Site)> ReadStrings(JsonObject owner, string key, string path)
    {
        var items = new List<(SourceValue, ImportSite)>();
        switch (owner.Get(key))
        {
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonString text)
                    {
                        items.Add((SourceValue.FromString(text.Value), ImportSite.Of(text)));
                    }
                    else
                    {
                        Problem(Rules.RetryCatch, AslImporter.Element(AslImporter.Member(path, key), i), $"{key} lists error names as strings, not {JsonKind(array[i]!)}.", array.Span);
                    }
                }

                break;
            case JsonNode other:
                Problem(Rules.RetryCatch, AslImporter.Member(path, key), $"{key} must be an array of error names such as [\"States.ALL\"], not {JsonKind(other)}.", owner.KeySpan(key));
                break;
        }

        return items;
    }
}
