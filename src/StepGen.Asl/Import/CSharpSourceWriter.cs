using System;
using System.Collections.Generic;
using System.Text;
using StepGen.Asl.Compile;
using StepGen.Asl.Conditions;
using StepGen.Asl.Json;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary>
/// Writes a machine read by <see cref="AslImporter"/> as the C# a person would write for it: one <c>partial</c> class
/// per state with its attributes, transitions as <c>nameof</c>, a flat Parameters object as <c>[Parameter]</c> fields
/// and a flat RequestBody as <c>[Body]</c> fields, Choice rules in the condition language where it says them exactly
/// (<see cref="ChoiceRuleText"/>), JSON as raw string literals, and each branch as a nested <c>[Branch]</c> class.
/// Building the result with StepGen generates the definition it was read from.
/// </summary>
public static class CSharpSourceWriter
{
    private const string Indent = "    ";

    /// <summary>Arguments whose value is JSON text.</summary>
    private static readonly HashSet<string> JsonArguments = new(StringComparer.Ordinal)
    {
        ArgumentNames.Result, ArgumentNames.Parameters, ArgumentNames.ResultSelector, ArgumentNames.Assign, ArgumentNames.Arguments,
        ArgumentNames.Output, ArgumentNames.ItemSelector, ArgumentNames.ItemReader, ArgumentNames.ItemBatcher, ArgumentNames.ResultWriter,
        ArgumentNames.Items, ArgumentNames.RequestBody, ArgumentNames.JsonParameter,
    };

    /// <param name="namespace">The namespace to declare, or null for none.</param>
    /// <param name="header">A comment line for the top of the file (where it came from), or null.</param>
    public static string Write(SourceMachine machine, string? @namespace, string? header)
    {
        var text = new StringBuilder();
        if (header is not null)
        {
            text.Append("// ").Append(header.Replace("\n", " ").Replace("\r", " ")).Append('\n');
        }

        text.Append("using StepGen;\n\n");
        if (!string.IsNullOrWhiteSpace(@namespace))
        {
            text.Append("namespace ").Append(@namespace!.Trim()).Append(";\n\n");
        }

        bool jsonAta = LanguageOf(machine.Attributes, false);
        var branches = new Dictionary<string, SourceScope>(StringComparer.Ordinal);
        foreach (SourceScope branch in machine.Branches)
        {
            branches[branch.Key] = branch;
        }

        var context = new Context(branches);
        context.AddStates(machine.States);
        foreach (SourceScope branch in machine.Branches)
        {
            context.AddStates(branch.States);
        }

        foreach (SourceAttribute attribute in machine.Attributes)
        {
            text.Append(AttributeLine(attribute, string.Empty, jsonAta, context)).Append('\n');
        }

        text.Append("public partial class ").Append(machine.ClassName).Append("\n{\n");
        var written = new HashSet<string>(StringComparer.Ordinal);
        WriteStates(text, machine.States, Indent, jsonAta, context, written);
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The states of a scope, each followed by the [Branch] classes it names that are not written yet.</summary>
    private static void WriteStates(StringBuilder text, IReadOnlyList<SourceState> states, string indent, bool jsonAta, Context branches, HashSet<string> written)
    {
        for (int i = 0; i < states.Count; i++)
        {
            SourceState state = states[i];
            bool stateJsonAta = LanguageOf(state.Attributes, jsonAta);
            text.Append(i == 0 ? string.Empty : "\n");
            foreach (SourceAttribute attribute in Rewrite(state.Attributes, stateJsonAta))
            {
                text.Append(AttributeLine(attribute, indent, stateJsonAta, branches)).Append('\n');
            }

            text.Append(indent).Append("public partial class ").Append(state.ClassName).Append(";\n");
            foreach (string key in BranchKeys(state))
            {
                if (branches.Branches.TryGetValue(key, out SourceScope? branch) && written.Add(key))
                {
                    text.Append('\n');
                    foreach (SourceAttribute attribute in branch.Attributes)
                    {
                        text.Append(AttributeLine(attribute, indent, jsonAta, branches)).Append('\n');
                    }

                    text.Append(indent).Append("public partial class ").Append(branch.ClassName).Append('\n').Append(indent).Append("{\n");
                    WriteStates(text, branch.States, indent + Indent, jsonAta, branches, written);
                    text.Append(indent).Append("}\n");
                }
            }
        }
    }

    private static IEnumerable<string> BranchKeys(SourceState state)
    {
        foreach (SourceAttribute attribute in state.Attributes)
        {
            foreach (SourceArgument argument in attribute.Arguments)
            {
                if (argument.Value.Kind == SourceValueKind.Type && argument.Value.Text is string key)
                {
                    yield return key;
                }

                foreach (SourceValue item in argument.Value.Items)
                {
                    if (item.Kind == SourceValueKind.Type && item.Text is string itemKey)
                    {
                        yield return itemKey;
                    }
                }
            }
        }
    }

    private static bool LanguageOf(IReadOnlyList<SourceAttribute> attributes, bool inherited)
    {
        foreach (SourceAttribute attribute in attributes)
        {
            if (attribute.Get(ArgumentNames.QueryLanguage)?.Value is { Kind: SourceValueKind.Enum } language)
            {
                return language.Integer == 1;
            }
        }

        return inherited;
    }

    /// <summary>
    /// The attributes as a person writes them: a flat Parameters/Arguments object becomes [Parameter] fields and a
    /// flat RequestBody [Body] fields, when each value has an attribute form that writes it back the same.
    /// </summary>
    private static List<SourceAttribute> Rewrite(IReadOnlyList<SourceAttribute> attributes, bool jsonAta)
    {
        var result = new List<SourceAttribute>(attributes);
        if (result.Count == 0)
        {
            return result;
        }

        SourceAttribute kind = result[0];
        var fields = new List<SourceAttribute>();
        var arguments = new List<SourceArgument>();
        foreach (SourceArgument argument in kind.Arguments)
        {
            string? fieldAttribute = argument.Name switch
            {
                ArgumentNames.Parameters or ArgumentNames.Arguments when kind.Name != AttributeNames.HttpTask => AttributeNames.Parameter,
                ArgumentNames.RequestBody => AttributeNames.Body,
                _ => null,
            };

            if (fieldAttribute is not null && argument.Value.Text is string json && FieldAttributes(json, fieldAttribute, jsonAta) is List<SourceAttribute> split)
            {
                fields.AddRange(split);
            }
            else
            {
                arguments.Add(argument);
            }
        }

        result[0] = new SourceAttribute(kind.Name, Collections.EquatableArray.ToEquatableArray(arguments));
        result.InsertRange(1, fields);

        // Fields, then rules, then error handling, then the rest, each kind in the order read: the same text whatever
        // order the definition's fields came in (a Catch written before a Retry).
        var extras = result.GetRange(1, result.Count - 1);
        var sorted = new List<SourceAttribute>(extras.Count);
        foreach (string name in ExtraOrder)
        {
            sorted.AddRange(extras.FindAll(a => a.Name == name));
        }

        sorted.AddRange(extras.FindAll(a => Array.IndexOf(ExtraOrder, a.Name) < 0));
        result.RemoveRange(1, result.Count - 1);
        result.AddRange(sorted);
        return result;
    }

    private static readonly string[] ExtraOrder =
    {
        AttributeNames.Parameter, AttributeNames.Header, AttributeNames.QueryParameter, AttributeNames.Body, AttributeNames.When,
        AttributeNames.Retry, AttributeNames.Catch, AttributeNames.AslField,
    };

    /// <summary>One [Parameter]/[Body] per member of a flat JSON object, or null when one member has no such form.</summary>
    private static List<SourceAttribute>? FieldAttributes(string json, string attributeName, bool jsonAta)
    {
        if (JsonParser.Parse(json, AslImporter.MaxDepth).Value is not JsonObject { Count: > 0 } payload)
        {
            return null;
        }

        var fields = new List<SourceAttribute>();
        foreach (KeyValuePair<string, JsonNode> member in payload.Members)
        {
            bool dynamic = member.Key.EndsWith(".$", StringComparison.Ordinal) && !jsonAta;
            string name = dynamic ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            var arguments = new List<SourceArgument> { new(ArgumentNames.NameParameter, true, SourceValue.FromString(name)) };
            if (name.Length == 0 || payload.ContainsKey(name) && dynamic)
            {
                return null;
            }

            if (dynamic)
            {
                if (member.Value is not JsonString path)
                {
                    return null;
                }

                arguments.Add(new SourceArgument(ArgumentNames.Path, false, SourceValue.FromString(path.Value)));
            }
            else
            {
                SourceValue? value = member.Value switch
                {
                    // A string that reads like a path would be sent as it is but look like a mistake: keep it in the JSON.
                    JsonString s when !jsonAta && (s.Value.StartsWith("$", StringComparison.Ordinal) || s.Value.StartsWith("States.", StringComparison.Ordinal)) => null,
                    JsonString s => SourceValue.FromString(s.Value),
                    JsonNumber n when long.TryParse(n.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long l) => SourceValue.FromInteger(l),
                    _ when member.Value.Kind is JsonNodeKind.True or JsonNodeKind.False => SourceValue.FromBoolean(member.Value.Kind == JsonNodeKind.True),
                    _ when member.Value.Kind == JsonNodeKind.Null => SourceValue.Null,
                    _ => null,
                };

                if (value is null)
                {
                    return null;
                }

                arguments.Add(new SourceArgument(ArgumentNames.ValueParameter, true, value));
            }

            fields.Add(new SourceAttribute(attributeName, Collections.EquatableArray.ToEquatableArray(arguments)));
        }

        return fields;
    }

    private static string AttributeLine(SourceAttribute attribute, string indent, bool jsonAta, Context branches)
    {
        var positional = new List<string>();
        var named = new List<(int Order, int Index, string Text)>();
        AttributeVocabulary.Arguments.TryGetValue(attribute.Name, out IReadOnlyList<string>? vocabulary);
        string continuation = indent + new string(' ', attribute.Name.Length + 2);
        foreach (SourceArgument argument in attribute.Arguments)
        {
            string value = Value(attribute, argument, continuation, jsonAta, branches);
            if (argument.IsConstructorArgument)
            {
                positional.Add(value);
            }
            else
            {
                int index = vocabulary is null ? int.MaxValue : IndexOf(vocabulary, argument.Name);
                named.Add((Order(argument.Name), index, argument.Name + " = " + value));
            }
        }

        // Name first, then what the attribute is about, then the rest in the attribute's own order, then where it goes:
        // the same text whatever order the definition's fields came in.
        named.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Index.CompareTo(b.Index));
        var ordered = new List<string>(positional);
        foreach ((int _, int _, string text) in named)
        {
            ordered.Add(text);
        }

        var line = new StringBuilder(indent).Append('[').Append(attribute.Name);
        if (ordered.Count > 0)
        {
            line.Append('(');
            int lineStart = 0;
            for (int i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                    bool wrap = line.Length - lineStart + ordered[i].Length > 120 && ordered[i - 1].IndexOf('\n') < 0;
                    if (wrap)
                    {
                        line.Append('\n').Append(continuation);
                        lineStart = line.Length - continuation.Length;
                    }
                    else
                    {
                        line.Append(' ');
                    }
                }

                line.Append(ordered[i]);
                int newline = ordered[i].LastIndexOf('\n');
                if (newline >= 0)
                {
                    lineStart = line.Length - (ordered[i].Length - newline - 1);
                }
            }

            line.Append(')');
        }

        return line.Append(']').ToString();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static int Order(string argument) => argument switch
    {
        ArgumentNames.Name => 0,
        ArgumentNames.Resource or ArgumentNames.ApiEndpoint or ArgumentNames.Method or ArgumentNames.ConnectionArn or ArgumentNames.ConnectionField
            or ArgumentNames.StartAt or ArgumentNames.QueryLanguage => 1,
        ArgumentNames.Next or ArgumentNames.End or ArgumentNames.Default => 3,
        _ => 2,
    };

    private static string Value(SourceAttribute attribute, SourceArgument argument, string continuation, bool jsonAta, Context branches)
    {
        SourceValue value = argument.Value;
        switch (value.Kind)
        {
            case SourceValueKind.Null:
                return "null";
            case SourceValueKind.Boolean:
                return value.Boolean ? "true" : "false";
            case SourceValueKind.Integer:
                return CSharpLiterals.Integer(value.Integer);
            case SourceValueKind.Double:
                return CSharpLiterals.Double(value.Double);
            case SourceValueKind.Enum:
                return argument.Name switch
                {
                    ArgumentNames.QueryLanguage => value.Integer == 1 ? "QueryLanguage.JsonAta" : "QueryLanguage.JsonPath",
                    ArgumentNames.ConnectionField => value.Integer == 1 ? "HttpConnectionField.InvocationConfig" : "HttpConnectionField.Authentication",
                    _ => CSharpLiterals.Integer(value.Integer),
                };
            case SourceValueKind.Type:
                return "typeof(" + ClassOf(value.Text, branches) + ")";
            case SourceValueKind.Array:
                {
                    var items = new List<string>();
                    foreach (SourceValue item in value.Items)
                    {
                        items.Add(item.Kind == SourceValueKind.Type ? "typeof(" + ClassOf(item.Text, branches) + ")" : CSharpLiterals.String(item.Text ?? string.Empty));
                    }

                    return argument.IsConstructorArgument ? string.Join(", ", items) : "new[] { " + string.Join(", ", items) + " }";
                }
        }

        string text = value.Text ?? string.Empty;
        if (IsTransition(attribute, argument))
        {
            return branches.Classes.TryGetValue(text, out string? target) ? "nameof(" + target + ")" : CSharpLiterals.String(text);
        }

        if (argument.Name == ArgumentNames.ConditionParameter && !jsonAta && ConditionChecker(text))
        {
            JsonObject? rule = JsonParser.Parse(text, AslImporter.MaxDepth).Value as JsonObject;
            string? condition = rule is null ? null : ChoiceRuleText.Format(rule);
            return condition is not null ? CSharpLiterals.String(condition) : CSharpLiterals.Json(text, continuation, 100);
        }

        bool expression = text.StartsWith("{%", StringComparison.Ordinal);
        if (JsonArguments.Contains(argument.Name) && !expression)
        {
            return CSharpLiterals.Json(text, continuation, 100);
        }

        return CSharpLiterals.String(text);
    }

    private static bool ConditionChecker(string text) => text.TrimStart().StartsWith("{", StringComparison.Ordinal);

    /// <summary>Next, Default and StartAt name a state; the importer gave each state a class named so that nameof resolves to it.</summary>
    private static bool IsTransition(SourceAttribute attribute, SourceArgument argument) =>
        argument.Name is ArgumentNames.Next or ArgumentNames.Default or ArgumentNames.StartAt && attribute.Name != AttributeNames.AslField;

    private static string ClassOf(string? key, Context context) =>
        key is not null && context.Branches.TryGetValue(key, out SourceScope? branch) ? branch.ClassName : key ?? "object";

    /// <summary>The branches by key, and each state's class by the state's name (names are unique in the whole machine).</summary>
    private sealed class Context
    {
        public Context(Dictionary<string, SourceScope> branches) => Branches = branches;

        public Dictionary<string, SourceScope> Branches { get; }

        public Dictionary<string, string> Classes { get; } = new(StringComparer.Ordinal);

        public void AddStates(IReadOnlyList<SourceState> states)
        {
            foreach (SourceState state in states)
            {
                string name = state.Attributes.Count > 0 && state.Attributes[0].Get(ArgumentNames.Name)?.Value.Text is string given ? given : state.ClassName;
                Classes[name] = state.ClassName;
            }
        }
    }
}
