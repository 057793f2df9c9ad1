using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Json;
using StepGen.Testing.JsonAta;

namespace StepGen.Testing.Definition;

/// <summary>
/// The query-language rules of one state while the definition is read: the fields its language does not have
/// (refused with the field and what to write instead), the scalar fields computed at run time
/// (<see cref="StateDefinition.Computed"/>), and the compiling of every JSONata expression, so that a syntax error
/// stops the definition at its field rather than the execution that reaches it.
/// </summary>
/// <remarks>
/// The fields each language has are the States Language's (its 2024-11-22 revision; ASL-SPEC 2.6): a JSONata state
/// has Arguments, Output, Items and Choice rule Conditions instead of InputPath, Parameters, ResultSelector,
/// ResultPath, OutputPath, Pass Result, every <c>...Path</c> field and the JSONPath Choice rule fields.
/// </remarks>
internal sealed class LanguageFields
{
    /// <summary>The members a JSONata Choice rule may have.</summary>
    private static readonly HashSet<string> JsonAtaRuleFields = new(StringComparer.Ordinal) { "Condition", "Next", "Assign", "Output", "Comment" };

    private readonly string _state;
    private readonly JsonAtaExpressions _expressions;
    private readonly Dictionary<string, ComputedField> _computed = new(StringComparer.Ordinal);

    public LanguageFields(string state, bool jsonata, JsonAtaExpressions expressions)
    {
        _state = state;
        Jsonata = jsonata;
        _expressions = expressions;
    }

    /// <summary>Whether the state is written in JSONata.</summary>
    public bool Jsonata { get; }

    public IReadOnlyDictionary<string, ComputedField> Computed => _computed;

    /// <summary>
    /// A scalar field that may come at run time. JSONata: true when <paramref name="field"/> holds an expression
    /// (recorded and compiled), so there is no literal to read. JSONPath: records <c>&lt;field&gt;Path</c> when the
    /// object has it and returns false (the literal, if any, is read as well).
    /// </summary>
    /// <param name="json">The state, or the object of the state that holds the field.</param>
    /// <param name="field">The field's name in <paramref name="json"/>.</param>
    /// <param name="prefix">The location of <paramref name="json"/> inside the state (<c>ItemBatcher</c>), or empty for the state itself.</param>
    public bool Read(JsonObject json, string field, string prefix = "")
    {
        string location = prefix.Length == 0 ? field : prefix + "/" + field;
        if (Jsonata)
        {
            if (!JsonAtaExpressions.TryGetText(json.Get(field), out string text))
            {
                return false;
            }

            CompileText(text, location);
            _computed[location] = new ComputedField(location, text);
            return true;
        }

        string written = (prefix.Length == 0 ? string.Empty : prefix.Replace('/', '.') + ".") + field + "Path";
        switch (json.Get(field + "Path"))
        {
            case null:
                return false;
            case JsonString path:
                _computed[location] = new ComputedField(written, path.Value);
                return false;
            case JsonNode other:
                throw new StateMachineDefinitionException($"State '{_state}': {written} must be a path string, not {other}.");
        }
    }

    /// <summary>A Map's items: JSONata Items (an array, which may hold expressions, or one expression); JSONPath ItemsPath.</summary>
    public void ReadItems(MapDefinition map, JsonObject json, FieldReader f)
    {
        if (!Jsonata)
        {
            if (f.Path("ItemsPath") is string path && path != "$")
            {
                _computed["Items"] = new ComputedField("ItemsPath", path);
            }

            return;
        }

        switch (json.Get("Items"))
        {
            case null:
                return;
            case JsonArray items:
                Compile(items, "Items");
                map.Items = items;
                return;
            case JsonNode items when Read(json, "Items"):
                return;
            case JsonNode other:
                throw new StateMachineDefinitionException(
                    $"State '{_state}': Items must be a JSON array or a JSONata expression (\"{{% ... %}}\") that gives one, not {other}.");
        }
    }

    /// <summary>
    /// Refuses the fields of the other language in <paramref name="json"/>: the state itself (<paramref name="kind"/>
    /// is its Type), or one of its objects (<c>ItemReader</c>, <c>ReaderConfig</c>, <c>ItemBatcher</c>,
    /// <c>ResultWriter</c>, <c>Catcher</c>) at <paramref name="prefix"/>.
    /// </summary>
    public void CheckFields(JsonObject json, string prefix, string kind)
    {
        foreach (KeyValuePair<string, JsonNode> member in json.Members)
        {
            string field = member.Key;
            string location = prefix.Length == 0 ? field : prefix + "/" + field;
            if (Jsonata)
            {
                if (JsonPathOnly(field, kind) is string instead)
                {
                    throw new StateMachineDefinitionException(
                        $"State '{_state}': {location} is a JSONPath field, and the state is written in JSONata (its QueryLanguage or the machine's): {instead}.");
                }

                if (prefix.Length == 0 && (field == "Arguments" && kind is not ("Task" or "Parallel" or "ItemReader" or "ResultWriter"))
                    || (prefix.Length == 0 && field == "Output" && kind == "Fail"))
                {
                    throw new StateMachineDefinitionException($"State '{_state}': a {kind} state has no {field}; remove it.");
                }
            }
            else if (field is "Arguments" or "Output" || (field == "Items" && kind == "Map"))
            {
                throw new StateMachineDefinitionException(
                    $"State '{_state}': {location} is a JSONata field, and the state is written in JSONPath: add \"QueryLanguage\": \"JSONata\" to the state (or the machine) to use it.");
            }
        }
    }

    /// <summary>One Choice rule: JSONata rules have a Condition and no JSONPath comparison; JSONPath rules no Condition or Output.</summary>
    public void CheckRule(JsonObject rule, int index)
    {
        string at = $"Choices[{index}]";
        if (!Jsonata)
        {
            foreach (string field in new[] { "Condition", "Output" })
            {
                if (rule.ContainsKey(field))
                {
                    throw new StateMachineDefinitionException(
                        $"State '{_state}': {at}/{field} is a JSONata field, and the state is written in JSONPath: add \"QueryLanguage\": \"JSONata\" to the state (or the machine) to use it.");
                }
            }

            return;
        }

        foreach (KeyValuePair<string, JsonNode> member in rule.Members)
        {
            if (!JsonAtaRuleFields.Contains(member.Key))
            {
                throw new StateMachineDefinitionException(
                    $"State '{_state}': {at}/{member.Key} is a JSONPath Choice rule field, and the state is written in JSONata: write the test as \"Condition\": \"{{% ... %}}\".");
            }
        }

        JsonNode? condition = rule.Get("Condition");
        if (condition is null)
        {
            throw new StateMachineDefinitionException($"State '{_state}': {at} has no Condition: add \"Condition\": \"{{% <a boolean expression> %}}\".");
        }

        if (condition.Kind is not (JsonNodeKind.True or JsonNodeKind.False) && !JsonAtaExpressions.TryGetText(condition, out _))
        {
            throw new StateMachineDefinitionException($"State '{_state}': {at}/Condition must be true, false or a JSONata expression (\"{{% ... %}}\"), not {condition}.");
        }

        Compile(condition, at + "/Condition");
        Compile(rule.Get("Assign"), at + "/Assign");
        Compile(rule.Get("Output"), at + "/Output");
    }

    /// <summary>Compiles every expression in <paramref name="value"/>, at any depth (JSONata states only).</summary>
    public void Compile(JsonNode? value, string location)
    {
        if (!Jsonata || value is null)
        {
            return;
        }

        switch (value)
        {
            case JsonString when JsonAtaExpressions.TryGetText(value, out string text):
                CompileText(text, location);
                return;
            case JsonObject o:
                foreach (KeyValuePair<string, JsonNode> member in o.Members)
                {
                    Compile(member.Value, location + "/" + member.Key);
                }

                return;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    Compile(a[i], location + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                }

                return;
        }
    }

    private void CompileText(string text, string location)
    {
        try
        {
            _expressions.Get(text);
        }
        catch (JsonAtaException e)
        {
            string position = e.Position >= 0 ? " at position " + e.Position.ToString(CultureInfo.InvariantCulture) : string.Empty;
            throw new StateMachineDefinitionException(
                $"State '{_state}': the JSONata expression in {location} does not compile ({e.Code}{position}): {e.Message}");
        }
    }

    /// <summary>What a JSONata state writes instead of <paramref name="field"/>, or null when the field is not JSONPath's.</summary>
    private static string? JsonPathOnly(string field, string kind) => field switch
    {
        "InputPath" => "read $states.input in Arguments or Output instead",
        "Parameters" when kind == "Map" => "use ItemSelector instead",
        "Parameters" => "use Arguments instead",
        "ResultSelector" or "ResultPath" or "OutputPath" => "use Output instead",
        "Result" when kind == "Pass" => "use Output instead",
        "ItemsPath" => "use Items instead",
        _ when field.EndsWith("Path", StringComparison.Ordinal) && field.Length > 4 =>
            $"write the expression in {field.Substring(0, field.Length - 4)} itself (\"{field.Substring(0, field.Length - 4)}\": \"{{% ... %}}\")",
        _ => null,
    };
}
