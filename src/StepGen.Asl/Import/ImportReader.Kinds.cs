using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary><see cref="ImportReader"/>: the fields of each kind of state, and the nested machines of Parallel and Map.</summary>
internal sealed partial class ImportReader
{
    private static readonly string[] NestedFields = { "StartAt", "States", "Comment", "QueryLanguage" };

    private void ReadKindFields(StateReading state)
    {
        JsonObject body = state.Body;
        AttributeBuilder attribute = state.Attribute;
        switch (state.Kind)
        {
            case StateKind.Task:
                ReadOwnString(state, "Resource");
                ReadTimeouts(state, withPaths: true);
                break;
            case StateKind.HttpTask:
                state.Done.Add("Resource");
                ReadHttpTask(state);
                ReadTimeouts(state, withPaths: false);
                break;
            case StateKind.Pass:
                if (body.ContainsKey("Result"))
                {
                    ReadJsonText(body, "Result", attribute, ArgumentNames.Result);
                    state.Done.Add("Result");
                }

                break;
            case StateKind.Choice:
                ReadOwnString(state, "Default");
                ReadChoices(state);
                break;
            case StateKind.Wait:
                ReadIntegerOrAslField(state, "Seconds");
                ReadOwnString(state, "Timestamp");
                ReadOwnString(state, "SecondsPath");
                ReadOwnString(state, "TimestampPath");
                break;
            case StateKind.Fail:
                foreach (string field in new[] { "Error", "Cause", "ErrorPath", "CausePath" })
                {
                    ReadOwnString(state, field);
                }

                break;
            case StateKind.Parallel:
                ReadBranches(state);
                break;
            case StateKind.Map:
                ReadMap(state);
                break;
        }
    }

    /// <summary>A string field of the kind attribute, named as the ASL names it.</summary>
    private void ReadOwnString(StateReading state, string field)
    {
        if (state.Body.ContainsKey(field))
        {
            ReadString(state.Body, field, state.FieldPath(field), state.Attribute, field);
            state.Done.Add(field);
        }
    }

    /// <summary>A whole-number field; a JSONata expression in it, which the int property cannot hold, becomes an [AslField].</summary>
    private void ReadIntegerOrAslField(StateReading state, string field)
    {
        if (!state.Body.ContainsKey(field))
        {
            return;
        }

        if (ReadInteger(state.Body, field, state.FieldPath(field), state.Attribute, field, jsonAtaAllowed: state.JsonAta))
        {
            state.Done.Add(field);
        }
        else
        {
            AddAslField(state, field, state.Body.Get(field)!);
        }
    }

    private void ReadTimeouts(StateReading state, bool withPaths)
    {
        ReadIntegerOrAslField(state, "TimeoutSeconds");
        ReadIntegerOrAslField(state, "HeartbeatSeconds");
        if (withPaths)
        {
            ReadOwnString(state, "TimeoutSecondsPath");
            ReadOwnString(state, "HeartbeatSecondsPath");
        }
    }

    private void ReadBranches(StateReading state)
    {
        JsonObject body = state.Body;
        if (body.Get("Branches") is not JsonNode value)
        {
            return;
        }

        state.Done.Add("Branches");
        string path = state.FieldPath("Branches");
        if (value is not JsonArray branches)
        {
            Problem(Rules.RequiredField, path, $"Branches must be an array of nested state machines, not {JsonKind(value)}.", body.KeySpan("Branches"));
            return;
        }

        var items = new List<(SourceValue, ImportSite)>();
        for (int i = 0; i < branches.Count; i++)
        {
            string branchPath = AslImporter.Element(path, i);
            if (branches[i] is not JsonObject branch)
            {
                Problem(Rules.RequiredField, branchPath, $"Each branch is a nested state machine, a JSON object with StartAt and States, not {JsonKind(branches[i]!)}.", branches.Span);
                continue;
            }

            string stem = branch.Get("StartAt") is JsonString { Value: var start } ? ClassNames.Pascal(start, "Branch") + "Branch" : state.ClassName + "Branch";
            string key = ReadNestedMachine(branch, branchPath, stem, state.JsonAta, processor: false);
            items.Add((new SourceValue(SourceValueKind.Type, key), ImportSite.Of(branch.Span)));
        }

        state.Attribute.AddArray(ArgumentNames.Branches, items, ImportSite.Of(body.KeySpan("Branches")), constructorArgument: false);
    }

    private void ReadMap(StateReading state)
    {
        JsonObject body = state.Body;
        AttributeBuilder attribute = state.Attribute;
        foreach (string field in new[] { "ItemsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath", "Label" })
        {
            ReadOwnString(state, field);
        }

        foreach (string field in new[] { "ItemSelector", "ItemReader", "ItemBatcher", "ResultWriter" })
        {
            if (body.ContainsKey(field))
            {
                ReadJsonText(body, field, attribute, field);
                state.Done.Add(field);
            }
        }

        if (body.ContainsKey("Items"))
        {
            ReadJsonAtaValue(body, "Items", attribute, ArgumentNames.Items);
            state.Done.Add("Items");
        }

        ReadIntegerOrAslField(state, "MaxConcurrency");
        ReadIntegerOrAslField(state, "ToleratedFailureCount");
        if (body.ContainsKey("ToleratedFailurePercentage"))
        {
            if (ReadNumber(body, "ToleratedFailurePercentage", state.FieldPath("ToleratedFailurePercentage"), attribute, ArgumentNames.ToleratedFailurePercentage, state.JsonAta))
            {
                state.Done.Add("ToleratedFailurePercentage");
            }
            else
            {
                AddAslField(state, "ToleratedFailurePercentage", body.Get("ToleratedFailurePercentage")!);
            }
        }

        foreach (string field in new[] { "ItemProcessor", "Iterator" })
        {
            if (body.Get(field) is not JsonNode value || attribute.Has(ArgumentNames.Processor) || attribute.Has(ArgumentNames.Iterator))
            {
                continue;
            }

            string path = state.FieldPath(field);
            if (value is not JsonObject processor)
            {
                Problem(Rules.RequiredField, path, $"{field} must be a nested state machine, a JSON object with StartAt and States, not {JsonKind(value)}.", body.KeySpan(field));
                state.Done.Add(field);
                continue;
            }

            state.Done.Add(field);
            if (field == "ItemProcessor" && processor.Get("ProcessorConfig") is JsonObject config)
            {
                ReadProcessorConfig(state, processor, config, path);
            }

            string key = ReadNestedMachine(processor, path, state.ClassName + "Processor", state.JsonAta, processor: field == "ItemProcessor");
            attribute.Add(field == "ItemProcessor" ? ArgumentNames.Processor : ArgumentNames.Iterator, new SourceValue(SourceValueKind.Type, key), ImportSite.Of(body.KeySpan(field)));
        }
    }

    private void ReadProcessorConfig(StateReading state, JsonObject processor, JsonObject config, string processorPath)
    {
        string path = AslImporter.Member(processorPath, "ProcessorConfig");
        foreach (KeyValuePair<string, JsonNode> member in config.Members)
        {
            if (member.Key is "Mode" or "ExecutionType")
            {
                ReadString(config, member.Key, AslImporter.Member(path, member.Key), state.Attribute, member.Key);
            }
            else
            {
                Problem(Rules.FieldNotAllowed, AslImporter.Member(path, member.Key), $"{member.Key} is not a field of ProcessorConfig, which has Mode and ExecutionType.", config.KeySpan(member.Key));
            }
        }
    }

    /// <summary>A Parallel branch or a Map's item processor as a [Branch] class; returns its key.</summary>
    private string ReadNestedMachine(JsonObject nested, string path, string stem, bool jsonAta, bool processor)
    {
        string className = _names.ForBranch(stem);
        string key = className;
        ImportSite site = ImportSite.Of(nested.KeySpan("StartAt")).IsKnown ? ImportSite.Of(nested.KeySpan("StartAt")) : ImportSite.Of(nested.Span);
        var owner = new AttributeBuilder(AttributeNames.Branch, key, null, 0, _sites, site);
        _sites.Add(key, null, -1, null, -1, site);
        bool nestedJsonAta = jsonAta;
        foreach (KeyValuePair<string, JsonNode> member in nested.Members)
        {
            string memberPath = AslImporter.Member(path, member.Key);
            switch (member.Key)
            {
                case "StartAt" or "Comment":
                    ReadString(nested, member.Key, memberPath, owner, member.Key);
                    break;
                case "States":
                    break;
                case "ProcessorConfig" when processor:
                    break;
                case "QueryLanguage":
                    if (nested.Get("QueryLanguage") is JsonString { Value: "JSONata" or "JSONPath" } language)
                    {
                        nestedJsonAta = language.Value == "JSONata";
                        Note(memberPath, "A nested state machine's QueryLanguage has no [Branch] property; each of its states says it instead.", nested.KeySpan(member.Key));
                    }
                    else
                    {
                        Problem(Rules.RequiredField, memberPath, "QueryLanguage must be \"JSONPath\" or \"JSONata\".", nested.KeySpan(member.Key));
                    }

                    break;
                default:
                    Problem(Rules.FieldNotAllowed, memberPath, $"{member.Key} is not a field of a nested state machine, which has {string.Join(", ", NestedFields)}{(processor ? " and ProcessorConfig" : string.Empty)}.", nested.KeySpan(member.Key));
                    break;
            }
        }

        EquatableArray<SourceState> states = ReadStates(nested, key, path, nestedJsonAta);
        _branches.Add(new SourceScope(key, className, true, new[] { owner.Build() }.ToEquatableArray(), states));
        return key;
    }
}
