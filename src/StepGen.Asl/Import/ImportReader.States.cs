using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary><see cref="ImportReader"/>: one state, its kind attribute and the fields every kind may have.</summary>
internal sealed partial class ImportReader
{
    /// <summary>One state while it is read: its class, its attributes so far.</summary>
    private sealed class StateReading
    {
        public StateReading(string name, string className, string? scope, string path, JsonObject body, bool jsonAta, StateKind kind)
        {
            Name = name;
            ClassName = className;
            Scope = scope;
            Path = path;
            Body = body;
            JsonAta = jsonAta;
            Kind = kind;
        }

        public string Name { get; }

        public string ClassName { get; }

        public string? Scope { get; }

        public string Path { get; }

        public JsonObject Body { get; }

        public bool JsonAta { get; }

        public StateKind Kind { get; set; }

        public AttributeBuilder Attribute { get; set; } = null!;

        /// <summary>[Retry], [Catch], [When], [Header]... in the order they are read; the kind attribute is index 0.</summary>
        public List<AttributeBuilder> Extras { get; } = new();

        /// <summary>Fields read already, which the generic pass leaves alone.</summary>
        public HashSet<string> Done { get; } = new(StringComparer.Ordinal) { "Type" };

        public string FieldPath(string key) => AslImporter.Member(Path, key);

        public AttributeBuilder NewExtra(string name, ImportSite site, ImportSites sites)
        {
            var extra = new AttributeBuilder(name, Scope, ClassName, 1 + Extras.Count, sites, site);
            Extras.Add(extra);
            return extra;
        }
    }

    private SourceState ReadState(string name, JsonObject body, JsonSpan nameSpan, string? scope, string path, bool inheritedJsonAta)
    {
        StateKind kind = ReadKind(body, path, nameSpan, out bool typeKnown);
        string className = _names.ForState(name, typeKnown ? kind.AslType() : "State");
        ImportSite nameSite = ImportSite.Of(nameSpan);
        _sites.Add(scope, className, -1, null, -1, nameSite);

        bool jsonAta = inheritedJsonAta;
        if (body.Get("QueryLanguage") is JsonString { Value: "JSONata" or "JSONPath" } language)
        {
            jsonAta = language.Value == "JSONata";
        }

        var state = new StateReading(name, className, scope, path, body, jsonAta, kind);
        if (kind == StateKind.Task && IsHttpTask(body, jsonAta))
        {
            state.Kind = StateKind.HttpTask;
        }

        state.Attribute = new AttributeBuilder(state.Kind.ToString(), scope, className, 0, _sites, nameSite);
        if (className != name)
        {
            state.Attribute.Add(ArgumentNames.Name, SourceValue.FromString(name), nameSite);
        }

        if (!typeKnown)
        {
            // Read as a Pass with its transition only, so that the states around it are checked as they are.
            ReadTransition(state);
            return Build(state);
        }

        if (body.ContainsKey("QueryLanguage"))
        {
            ReadQueryLanguage(body, state.FieldPath("QueryLanguage"), state.Attribute);
            state.Done.Add("QueryLanguage");
        }
        else if (jsonAta != _jsonAta)
        {
            // A nested machine's own QueryLanguage, which [Branch] cannot carry: each state says it instead.
            state.Attribute.Add(ArgumentNames.QueryLanguage, new SourceValue(SourceValueKind.Enum, Integer: jsonAta ? 1 : 0), default);
        }

        ReadKindFields(state);
        ReadCommonFields(state);
        ReadRemaining(state);
        return Build(state);
    }

    private SourceState Build(StateReading state)
    {
        var attributes = new List<SourceAttribute>(1 + state.Extras.Count) { state.Attribute.Build() };
        foreach (AttributeBuilder extra in state.Extras)
        {
            attributes.Add(extra.Build());
        }

        return new SourceState(state.ClassName, true, attributes.ToEquatableArray());
    }

    /// <summary>The state's Type as a kind; a missing or unknown Type is SG1016 and reads as a Pass.</summary>
    private StateKind ReadKind(JsonObject body, string path, JsonSpan nameSpan, out bool known)
    {
        known = false;
        JsonNode? type = body.Get("Type");
        if (type is JsonString text && StateKinds.TryParse(text.Value, out StateKind kind) && kind != StateKind.HttpTask)
        {
            known = true;
            return kind;
        }

        string types = "Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map";
        if (type is null)
        {
            Problem(Rules.RequiredField, path, $"The state has no Type; add \"Type\": one of {types}.", nameSpan);
        }
        else
        {
            string? closest = type is JsonString t ? Names.Closest(t.Value, new[] { "Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map" }) : null;
            string hint = closest is null ? $"use one of {types}" : $"did you mean {closest}?";
            Problem(Rules.RequiredField, AslImporter.Member(path, "Type"), $"{Shown(type)} is not a state Type; {hint}", type is JsonString s ? s.Span : body.KeySpan("Type"));
        }

        return StateKind.Pass;
    }

    /// <summary>Comment, Next, End and the data fields every kind may have (the core refuses the ones this kind lacks).</summary>
    private void ReadCommonFields(StateReading state)
    {
        JsonObject body = state.Body;
        AttributeBuilder attribute = state.Attribute;
        foreach (KeyValuePair<string, JsonNode> member in body.Members)
        {
            string key = member.Key;
            if (state.Done.Contains(key))
            {
                continue;
            }

            string path = state.FieldPath(key);
            bool read = true;
            switch (key)
            {
                case "Comment" or "InputPath" or "OutputPath":
                    ReadString(body, key, path, attribute, key, allowNull: key != "Comment");
                    break;
                case "ResultPath":
                    ReadString(body, key, path, attribute, key, allowNull: true);
                    break;
                case "Next":
                    ReadString(body, key, path, attribute, key);
                    break;
                case "End":
                    ReadBoolean(body, key, path, attribute, key);
                    break;
                case "Parameters" or "ResultSelector" or "Assign":
                    ReadJsonText(body, key, attribute, key);
                    break;
                case "Arguments":
                    if (state.JsonAta)
                    {
                        ReadJsonAtaValue(body, key, attribute, key);
                    }
                    else
                    {
                        ReadJsonText(body, key, attribute, key);
                    }

                    break;
                case "Output":
                    if (state.JsonAta)
                    {
                        ReadJsonAtaValue(body, key, attribute, key);
                    }
                    else
                    {
                        ReadJsonText(body, key, attribute, key);
                    }

                    break;
                case "Retry":
                    ReadRetries(state);
                    break;
                case "Catch":
                    ReadCatches(state);
                    break;
                default:
                    read = false;
                    break;
            }

            if (read)
            {
                state.Done.Add(key);
            }
        }
    }

    /// <summary>Next and End alone, for a state whose Type could not be read.</summary>
    private void ReadTransition(StateReading state)
    {
        ReadString(state.Body, "Next", state.FieldPath("Next"), state.Attribute, ArgumentNames.Next);
        ReadBoolean(state.Body, "End", state.FieldPath("End"), state.Attribute, ArgumentNames.End);
        if (!state.Body.ContainsKey("Next") && !state.Body.ContainsKey("End"))
        {
            // Without a way on it would also be reported as having neither Next nor End; one problem is enough.
            state.Attribute.Add(ArgumentNames.End, SourceValue.FromBoolean(true), default);
        }
    }

    /// <summary>
    /// Every field not read yet: kept as an [AslField], which the core checks (a field this kind of state does not
    /// have is SG1015) and writes as it is.
    /// </summary>
    private void ReadRemaining(StateReading state)
    {
        foreach (KeyValuePair<string, JsonNode> member in state.Body.Members)
        {
            if (!state.Done.Contains(member.Key))
            {
                AddAslField(state, member.Key, member.Value);
            }
        }
    }

    private void AddAslField(StateReading state, string key, JsonNode value)
    {
        ImportSite keySite = ImportSite.Of(state.Body.KeySpan(key));
        AttributeBuilder field = state.NewExtra(AttributeNames.AslField, keySite, _sites);
        field.Add(ArgumentNames.NameParameter, SourceValue.FromString(key), keySite, constructorArgument: true);
        string json = RawJson(value, out ImportSite valueSite);
        field.Add(ArgumentNames.JsonParameter, SourceValue.FromString(json), valueSite.IsKnown ? valueSite : keySite, constructorArgument: true);
        if (FieldRules.WhyNotStateField(state.Kind, key, state.JsonAta) is null)
        {
            Note(state.FieldPath(key), $"{key} has no StepGen property in this form; it is kept as [AslField(\"{key}\", ...)], copied as it is and not checked.", state.Body.KeySpan(key));
        }

        state.Done.Add(key);
    }
}
