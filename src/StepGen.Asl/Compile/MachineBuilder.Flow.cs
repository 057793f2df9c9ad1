using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Checks.Structure;
using StepGen.Asl.Collections;
using StepGen.Asl.Conditions;
using StepGen.Asl.Context;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>
/// Writes Choice rules, Parallel branches and Map iteration; the <see cref="ChoiceChecker"/>,
/// <see cref="ConditionChecker"/> and <see cref="ParallelMapChecker"/> report what is wrong with them.
/// </summary>
internal sealed partial class MachineBuilder
{
    private void AddChoices(StateEntry state, JsonObject json)
    {
        var choices = new JsonArray();
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.When)
            {
                choices.Add(BuildChoiceRule(state, extra.Value, state.AtExtra(extra.Key)));
            }
        }

        _choices.CheckHasRules(state);
        json.Add("Choices", choices);

        _choices.CheckDefault(state);
        if (Args.String(state.Attribute.Get(ArgumentNames.Default)) is string target)
        {
            json.Add("Default", J.Str(ResolveTransition(state, target, state.At(ArgumentNames.Default), "Default")));
        }
    }

    private JsonObject BuildChoiceRule(StateEntry state, SourceAttribute when, FieldRef at)
    {
        string? condition = Args.String(when.Get(ArgumentNames.ConditionParameter));
        JsonObject? written = null;
        ConditionResult? compiled = null;
        if (!state.JsonAta && ConditionChecker.IsJsonRule(condition))
        {
            // The rule as ASL JSON: what stepgen import keeps when the expression form cannot say it.
            FieldRef conditionAt = at with { Argument = ArgumentNames.ConditionParameter };
            written = ParseJsonArgument(when.Get(ArgumentNames.ConditionParameter)!, conditionAt, "The condition", requireObject: true) as JsonObject;
            if (written is not null)
            {
                _choiceRules.Check(written, conditionAt);
            }
        }
        else
        {
            compiled = string.IsNullOrWhiteSpace(condition) || state.JsonAta ? null : ConditionCompiler.Compile(condition!);
            _conditions.Check(state, when, at, compiled);
        }

        JsonObject rule = written ?? compiled?.Rule ?? new JsonObject();
        if (state.JsonAta && !string.IsNullOrWhiteSpace(condition))
        {
            string expression = condition!.Trim();
            rule.Add("Condition", J.Str(expression.StartsWith("{%", StringComparison.Ordinal) ? expression : "{% " + expression + " %}"));
        }

        if (Args.String(when.Get(ArgumentNames.Comment)) is string comment)
        {
            rule.Add("Comment", J.Str(comment));
        }

        _choices.CheckRuleOutput(state, when, at);
        if (state.JsonAta && when.Get(ArgumentNames.Output) is SourceArgument output
            && ParseJsonAtaValue(output, at with { Argument = ArgumentNames.Output }, "Output") is JsonNode value)
        {
            rule.Add("Output", value);
        }

        if (when.Get(ArgumentNames.Assign) is SourceArgument assign
            && ParseJsonArgument(assign, at with { Argument = ArgumentNames.Assign }, "Assign", requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta) is JsonObject variables)
        {
            _stateFields.CheckVariableNames(variables, at with { Argument = ArgumentNames.Assign });
            rule.Add("Assign", variables);
        }

        _choices.CheckRuleNext(state, when, at);
        if (Args.String(when.Get(ArgumentNames.Next)) is string next)
        {
            rule.Add("Next", J.Str(ResolveTransition(state, next, at with { Argument = ArgumentNames.Next }, _problems.Dialect == SourceDialect.AslJson ? "The Choice rule's Next" : "The [When]'s Next")));
        }

        return rule;
    }

    private void AddBranches(StateEntry state, JsonObject json)
    {
        SourceArgument? argument = state.Attribute.Get(ArgumentNames.Branches);
        _parallelMap.CheckBranches(state);
        var branches = new JsonArray();
        if (ParallelMapChecker.HasBranches(argument))
        {
            EquatableArray<SourceValue> items = argument!.Value.Items;
            for (int i = 0; i < items.Count; i++)
            {
                SourceValue item = items[i];
                if (item.Kind == SourceValueKind.Type && item.Text is not null
                    && BuildBranch(item.Text, state.At(ArgumentNames.Branches).WithElement(i), $"Branches of '{state.Name}'") is JsonObject branch)
                {
                    branches.Add(branch);
                }
            }
        }

        json.Add("Branches", branches);
    }

    /// <summary>Where the items come from: ItemsPath or Items, ItemReader, ItemSelector, ItemBatcher.</summary>
    private void AddMapItems(StateEntry state, JsonObject json)
    {
        SourceAttribute attribute = state.Attribute;
        if (!state.JsonAta && Args.String(attribute.Get(ArgumentNames.ItemsPath)) is string itemsPath)
        {
            _paths.Check(itemsPath, state.At(ArgumentNames.ItemsPath), "ItemsPath", PathUse.Reference);
            json.Add("ItemsPath", J.Str(itemsPath));
        }

        if (state.JsonAta && attribute.Get(ArgumentNames.Items) is SourceArgument items && ParseJsonAtaValue(items, state.At(ArgumentNames.Items), "Items") is JsonNode itemsValue)
        {
            _parallelMap.CheckItems(state, itemsValue);
            if (itemsValue is JsonArray or JsonString)
            {
                json.Add("Items", itemsValue);
            }
        }

        AddMapObject(state, json, ArgumentNames.ItemReader, needsResource: true);
        JsonNode? selectorValue = attribute.Get(ArgumentNames.ItemSelector) is SourceArgument selector
            ? ParseJsonArgument(selector, state.At(ArgumentNames.ItemSelector), "ItemSelector", requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta, place: ContextPlace.MapItemSelector)
            : null;
        if (selectorValue is not null)
        {
            json.Add("ItemSelector", selectorValue);
        }

        AddMapObject(state, json, ArgumentNames.ItemBatcher, needsResource: false);
    }

    private void AddMapObject(StateEntry state, JsonObject json, string field, bool needsResource)
    {
        if (state.Attribute.Get(field) is not SourceArgument argument
            || ParseJsonArgument(argument, state.At(field), field, requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta) is not JsonObject value)
        {
            return;
        }

        _parallelMap.CheckMapObject(state, field, value, needsResource);
        json.Add(field, value);
    }

    /// <summary>Concurrency, failure tolerance, the item processor and where results go.</summary>
    private void AddItemProcessor(StateEntry state, JsonObject json)
    {
        SourceAttribute attribute = state.Attribute;
        AddCountOrPath(state, json, ArgumentNames.MaxConcurrency, 0, null);
        AddCountOrPath(state, json, ArgumentNames.ToleratedFailureCount, 0, null);
        AddCountOrPath(state, json, ArgumentNames.ToleratedFailurePercentage, 0, 100);

        var processor = new JsonObject();
        string? mode = Args.String(attribute.Get(ArgumentNames.Mode));
        string? executionType = Args.String(attribute.Get(ArgumentNames.ExecutionType));
        _parallelMap.CheckProcessorConfig(state, mode, executionType);
        if (mode is not null || executionType is not null)
        {
            var config = new JsonObject();
            if (mode is not null)
            {
                config.Add("Mode", J.Str(mode));
            }

            if (executionType is not null)
            {
                config.Add("ExecutionType", J.Str(executionType));
            }

            processor.Add("ProcessorConfig", config);
        }

        // Iterator is the older name of ItemProcessor: the same nested machine, without a ProcessorConfig.
        bool iterator = attribute.Get(ArgumentNames.Processor) is null && attribute.Get(ArgumentNames.Iterator) is not null;
        string processorArgumentName = iterator ? ArgumentNames.Iterator : ArgumentNames.Processor;
        SourceArgument? processorArgument = attribute.Get(processorArgumentName);
        if (processorArgument?.Value is { Kind: SourceValueKind.Type, Text: string key }
            && BuildBranch(key, state.At(processorArgumentName), $"{processorArgumentName} of '{state.Name}'") is JsonObject branch)
        {
            foreach (KeyValuePair<string, JsonNode> member in branch.Members)
            {
                processor.Add(member.Key, member.Value);
            }
        }

        _parallelMap.CheckProcessor(state);
        json.Add(iterator ? "Iterator" : "ItemProcessor", processor);
        AddMapObject(state, json, ArgumentNames.ResultWriter, needsResource: true);
        if (Args.String(attribute.Get(ArgumentNames.Label)) is string label)
        {
            _parallelMap.CheckLabel(state, label);
            json.Add("Label", J.Str(label));
        }
    }

    /// <summary>A Map count (MaxConcurrency, ToleratedFailure...) or its JSONPath Path form, never both.</summary>
    private void AddCountOrPath(StateEntry state, JsonObject json, string field, double min, double? max)
    {
        string pathField = field + "Path";
        SourceArgument? value = state.Attribute.Get(field);
        string? path = state.JsonAta ? null : Args.String(state.Attribute.Get(pathField));
        if (Args.Number(value) is double number)
        {
            _parallelMap.CheckCount(state, field, number, min, max, pathGiven: path is not null);
            if (J.Num(number) is JsonNode node)
            {
                json.Add(field, node);
            }
        }
        else if (path is not null && _paths.Check(path, state.At(pathField), pathField, PathUse.Reference))
        {
            json.Add(pathField, J.Str(path));
        }
    }
}
