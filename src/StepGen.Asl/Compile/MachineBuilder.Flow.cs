using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Conditions;
using StepGen.Asl.Context;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>Choice rules, Parallel branches and Map iteration.</summary>
internal sealed partial class MachineBuilder
{
    private static readonly string[] MapModes = { "INLINE", "DISTRIBUTED" };
    private static readonly string[] ExecutionTypes = { "STANDARD", "EXPRESS" };

    private void AddChoices(StateEntry state, JsonObject json)
    {
        var choices = new JsonArray();
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name != AttributeNames.When)
            {
                continue;
            }

            FieldRef at = state.AtExtra(extra.Key);
            JsonObject? rule = BuildChoiceRule(state, extra.Value, at);
            if (rule is not null)
            {
                choices.Add(rule);
            }
        }

        if (choices.Count == 0 && !HasExtra(state, AttributeNames.When))
        {
            Report(Rules.ChoiceRules, $"The Choice state '{state.Name}' has no rules; add [When(\"$.status == 'done'\", Next = nameof(...))] for each branch.", state.At());
        }

        json.Add("Choices", choices);

        SourceArgument? defaultArgument = state.Attribute.Get(ArgumentNames.Default);
        if (Args.String(defaultArgument) is string target)
        {
            json.Add("Default", J.Str(ResolveTransition(state, target, state.At(ArgumentNames.Default), "Default")));
        }
        else
        {
            Report(Rules.ChoiceWithoutDefault, $"The Choice state '{state.Name}' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched. Add Default = nameof(...) naming the state to continue with.", state.At());
        }
    }

    private static bool HasExtra(StateEntry state, string name)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private JsonObject? BuildChoiceRule(StateEntry state, SourceAttribute when, FieldRef at)
    {
        string? condition = Args.String(when.Get(ArgumentNames.ConditionParameter));
        JsonObject? rule = null;
        if (string.IsNullOrWhiteSpace(condition))
        {
            Report(Rules.Condition, "[When] needs a condition, e.g. [When(\"$.status == 'done'\", Next = nameof(Done))].", when.Get(ArgumentNames.ConditionParameter) is null ? at : at with { Argument = ArgumentNames.ConditionParameter });
        }
        else if (state.JsonAta)
        {
            string expression = condition!.Trim();
            if (!expression.StartsWith("{%", StringComparison.Ordinal))
            {
                expression = "{% " + expression + " %}";
            }
            else if (!FieldRules.IsJsonAtaExpression(expression))
            {
                Report(Rules.Condition, $"The condition '{condition}' starts a JSONata expression with '{{%' but does not end it with '%}}'.", at with { Argument = ArgumentNames.ConditionParameter });
            }

            rule = new JsonObject();
            rule.Add("Condition", J.Str(expression));
        }
        else
        {
            ConditionResult compiled = ConditionCompiler.Compile(condition!);
            if (!compiled.Success)
            {
                Report(Rules.Condition, Messages.Sentence($"The condition '{condition}' is not valid at column {compiled.ErrorOffset + 1}: {compiled.Error}"), (at with { Argument = ArgumentNames.ConditionParameter }).WithSpan(compiled.ErrorOffset, Math.Max(1, compiled.ErrorLength)));
            }
            else
            {
                rule = compiled.Rule!;
                foreach (ConditionPath path in compiled.Paths)
                {
                    _paths.CheckContextPath(path.Parsed, (at with { Argument = ArgumentNames.ConditionParameter }).WithSpan(path.Offset, path.Length), precise: true, ContextPlace.Elsewhere);
                }
            }
        }

        rule ??= new JsonObject();
        if (Args.String(when.Get(ArgumentNames.Comment)) is string comment)
        {
            rule.Add("Comment", J.Str(comment));
        }

        if (when.Get(ArgumentNames.Output) is SourceArgument output)
        {
            if (!state.JsonAta)
            {
                Report(Rules.FieldNotAllowed, "Output on a [When] is a JSONata field and this Choice uses JSONPath; remove it.", at with { Argument = ArgumentNames.Output });
            }
            else if (ParseJsonAtaValue(output, at with { Argument = ArgumentNames.Output }, "Output") is JsonNode value)
            {
                rule.Add("Output", value);
            }
        }

        if (when.Get(ArgumentNames.Assign) is SourceArgument assign
            && ParseJsonArgument(assign, at with { Argument = ArgumentNames.Assign }, "Assign", requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta) is JsonObject variables)
        {
            CheckVariableNames(variables, at with { Argument = ArgumentNames.Assign });
            rule.Add("Assign", variables);
        }

        string? next = Args.String(when.Get(ArgumentNames.Next));
        if (next is null)
        {
            Report(Rules.RequiredField, $"This [When] rule of '{state.Name}' has no Next; name the state to go to when it matches, e.g. Next = nameof(Approve).", at);
        }
        else
        {
            rule.Add("Next", J.Str(ResolveTransition(state, next, at with { Argument = ArgumentNames.Next }, "The [When]'s Next")));
        }

        return rule;
    }

    private void AddBranches(StateEntry state, JsonObject json)
    {
        SourceArgument? argument = state.Attribute.Get(ArgumentNames.Branches);
        var branches = new JsonArray();
        if (argument?.Value is { Kind: SourceValueKind.Array } list && list.Items.Count > 0)
        {
            for (int i = 0; i < list.Items.Count; i++)
            {
                SourceValue item = list.Items[i];
                if (item.Kind == SourceValueKind.Type && item.Text is not null
                    && BuildBranch(item.Text, state.At(ArgumentNames.Branches).WithElement(i), $"Branches of '{state.Name}'") is JsonObject branch)
                {
                    branches.Add(branch);
                }
            }
        }
        else
        {
            Report(Rules.RequiredField, $"The Parallel state '{state.Name}' needs its branches: Branches = new[] {{ typeof(FirstBranch), typeof(SecondBranch) }}, each a class marked [Branch(StartAt = ...)].", argument is null ? state.At() : state.At(ArgumentNames.Branches));
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
            if (itemsValue is not (JsonArray or JsonString))
            {
                Report(Rules.BadJson, "Items must be a JSON array or a {% ... %} expression that gives one.", state.At(ArgumentNames.Items));
            }
            else
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

        if (needsResource && value.Get("Resource") is not JsonString)
        {
            Report(Rules.RequiredField, $"{field} needs a \"Resource\", e.g. \"arn:aws:states:::s3:getObject\".", state.At(field));
        }

        if (field == "ItemBatcher" && !(value.ContainsKey("MaxItemsPerBatch") || value.ContainsKey("MaxItemsPerBatchPath") || value.ContainsKey("MaxInputBytesPerBatch") || value.ContainsKey("MaxInputBytesPerBatchPath")))
        {
            Report(Rules.RequiredField, "ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch (or their Path forms).", state.At(field));
        }

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
        if (mode is not null || executionType is not null)
        {
            var config = new JsonObject();
            if (mode is not null)
            {
                _documentedValues.CheckOneOf(mode, MapModes, state.At(ArgumentNames.Mode), "Mode", "the developer guide");
                config.Add("Mode", J.Str(mode));
            }

            if (executionType is not null)
            {
                _documentedValues.CheckOneOf(executionType, ExecutionTypes, state.At(ArgumentNames.ExecutionType), "ExecutionType", "the developer guide");
                config.Add("ExecutionType", J.Str(executionType));
            }
            else if (mode == "DISTRIBUTED")
            {
                Report(Rules.RequiredField, $"A distributed Map needs ExecutionType = \"STANDARD\" or \"EXPRESS\" for its child executions ('{state.Name}').", state.At(ArgumentNames.Mode));
            }

            processor.Add("ProcessorConfig", config);
        }

        SourceArgument? processorArgument = attribute.Get(ArgumentNames.Processor);
        if (processorArgument?.Value is { Kind: SourceValueKind.Type, Text: string key }
            && BuildBranch(key, state.At(ArgumentNames.Processor), $"Processor of '{state.Name}'") is JsonObject branch)
        {
            foreach (KeyValuePair<string, JsonNode> member in branch.Members)
            {
                processor.Add(member.Key, member.Value);
            }
        }
        else if (processorArgument is null)
        {
            Report(Rules.RequiredField, $"The Map state '{state.Name}' needs Processor = typeof(...), a class marked [Branch(StartAt = ...)] that holds the states run for each item.", state.At());
        }

        json.Add("ItemProcessor", processor);
        AddMapObject(state, json, ArgumentNames.ResultWriter, needsResource: true);
        if (Args.String(attribute.Get(ArgumentNames.Label)) is string label)
        {
            if (Names.CodePointLength(label) > 40)
            {
                // The 40-character limit is the AWS Toolkit's; no Step Functions page states it (ASL-SPEC 10): SG1021, a warning.
                Report(Rules.UndocumentedValue, $"Label '{label}' is longer than 40 characters, the limit AWS's tools check.", state.At(ArgumentNames.Label));
            }

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
            if (number < min || (max is double limit && number > limit) || (max is null && Math.Floor(number) != number))
            {
                Report(Rules.RequiredField, $"{field} is {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be {(max is null ? "a whole number of 0 or more" : "between 0 and 100")}.", state.At(field));
            }

            if (path is not null)
            {
                Report(Rules.FieldNotAllowed, $"{field} and {pathField} are both set; keep one.", state.At(pathField));
            }

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
