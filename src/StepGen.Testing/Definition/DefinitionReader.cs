using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Json;

namespace StepGen.Testing.Definition;

/// <summary>
/// Reads ASL JSON into the runner's model. It checks only what it needs to run the definition; everything it
/// rejects is reported as a <see cref="StateMachineDefinitionException"/> naming the state and field.
/// </summary>
internal static class DefinitionReader
{
    /// <summary>Definitions nest (Parallel in Map in Parallel...) deeper than user data usually does.</summary>
    private const int MaxDepth = 512;

    public static StateGraph Read(string json)
    {
        JsonParseResult parsed = JsonParser.Parse(json ?? string.Empty, MaxDepth);
        if (!parsed.Success)
        {
            (int line, int column) = LineColumn.Of(json ?? string.Empty, parsed.ErrorOffset);
            throw new StateMachineDefinitionException(
                $"The definition is not valid JSON: {parsed.Error} (line {line}, column {column}).");
        }

        if (parsed.Value is not JsonObject root)
        {
            throw new StateMachineDefinitionException("The definition must be a JSON object with StartAt and States.");
        }

        // A state without QueryLanguage takes the machine's, also inside a Parallel or Map whose own QueryLanguage
        // differs (the States Language's "QueryLanguage" section; ASL-SPEC 2.6): so only the top-level one is passed down.
        var context = new ReadContext(QueryLanguage(root, inherited: false, "the state machine"), new JsonAtaExpressions());
        StateGraph graph = ReadGraph(root, "the state machine", context);
        graph.TimeoutSeconds = new FieldReader("(the state machine)", root).Integer("TimeoutSeconds");
        graph.Expressions = context.Expressions;
        return graph;
    }

    private static StateGraph ReadGraph(JsonObject json, string where, ReadContext context)
    {
        string startAt = json.Get("StartAt") is JsonString s
            ? s.Value
            : throw new StateMachineDefinitionException($"{Capital(where)} has no StartAt: add \"StartAt\": \"<first state>\".");
        if (json.Get("States") is not JsonObject statesJson || statesJson.Count == 0)
        {
            throw new StateMachineDefinitionException($"{Capital(where)} has no States: add a \"States\" object with at least one state.");
        }

        var states = new Dictionary<string, StateDefinition>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> member in statesJson.Members)
        {
            if (member.Value is not JsonObject stateJson)
            {
                throw new StateMachineDefinitionException($"State '{member.Key}' must be a JSON object.");
            }

            states.Add(member.Key, ReadState(member.Key, stateJson, context));
        }

        if (!states.ContainsKey(startAt))
        {
            throw new StateMachineDefinitionException($"StartAt of {where} names '{startAt}', which is not one of its states ({string.Join(", ", states.Keys)}).");
        }

        foreach (StateDefinition state in states.Values)
        {
            CheckTarget(states, state.Name, "Next", state.Next);
            if (state is ChoiceDefinition choice)
            {
                CheckTarget(states, state.Name, "Default", choice.Default);
                foreach (JsonObject rule in choice.Choices)
                {
                    CheckTarget(states, state.Name, "Choices[].Next", (rule.Get("Next") as JsonString)?.Value);
                }
            }

            if (state is ResultStateDefinition withCatch)
            {
                foreach (Catcher catcher in withCatch.Catch)
                {
                    CheckTarget(states, state.Name, "Catch[].Next", catcher.Next);
                }
            }
        }

        return new StateGraph(startAt, states);
    }

    private static void CheckTarget(Dictionary<string, StateDefinition> states, string state, string field, string? target)
    {
        if (target != null && !states.ContainsKey(target))
        {
            throw new StateMachineDefinitionException($"State '{state}': {field} names '{target}', which is not a state of its scope.");
        }
    }

    private static StateDefinition ReadState(string name, JsonObject json, ReadContext context)
    {
        var f = new FieldReader(name, json);
        string type = f.RequiredString("Type");
        bool jsonata = QueryLanguage(json, context.TopLevelJsonata, $"State '{name}'");
        string? next = f.String("Next");
        bool end = f.Bool("End");
        bool terminal = type is "Succeed" or "Fail";
        if (!terminal && type != "Choice" && next is null && !end)
        {
            throw new StateMachineDefinitionException($"State '{name}' has neither Next nor End: add \"Next\": \"<state>\" or \"End\": true.");
        }

        var language = new LanguageFields(name, jsonata, context.Expressions);
        language.CheckFields(json, string.Empty, type);
        StateDefinition state = type switch
        {
            "Pass" => new PassDefinition(name)
            {
                Result = json.Get("Result"),
            },
            "Task" => ReadTask(name, f, language),
            "Choice" => ReadChoice(name, json, f, language),
            "Wait" => new WaitDefinition(name)
            {
                Seconds = language.Read(json, "Seconds") ? null : f.Integer("Seconds"),
                Timestamp = language.Read(json, "Timestamp") ? null : f.String("Timestamp"),
            },
            "Succeed" => new SucceedDefinition(name),
            "Fail" => new FailDefinition(name)
            {
                Error = language.Read(json, "Error") ? null : f.String("Error"),
                Cause = language.Read(json, "Cause") ? null : f.String("Cause"),
            },
            "Parallel" => ReadParallel(name, json, context),
            "Map" => ReadMap(name, json, f, context, language),
            _ => throw new StateMachineDefinitionException(
                $"State '{name}' has Type '{type}'; the types are Pass, Task, Choice, Wait, Succeed, Fail, Parallel and Map."),
        };

        state.Computed = language.Computed;
        return Common(state, f, next, end, language);
    }

    private static StateDefinition Common(StateDefinition state, FieldReader f, string? next, bool end, LanguageFields language)
    {
        state.Next = next;
        state.End = end;
        state.Jsonata = language.Jsonata;
        state.InputPath = f.Path("InputPath");
        state.OutputPath = f.Path("OutputPath");
        state.Assign = f.Object("Assign");
        state.Output = f.Json("Output");
        language.Compile(state.Assign, "Assign");
        language.Compile(state.Output, "Output");
        if (state is ResultStateDefinition result)
        {
            result.Retry = ReadRetry(f);
            result.Catch = ReadCatch(f, language);
            result.ResultPath = f.Path("ResultPath");
            result.Parameters = f.Json("Parameters");
            result.ResultSelector = f.Json("ResultSelector");
            result.Arguments = f.Json("Arguments");
            language.Compile(result.Arguments, "Arguments");
        }

        return state;
    }

    private static TaskDefinition ReadTask(string name, FieldReader f, LanguageFields language) =>
        new TaskDefinition(name, f.RequiredString("Resource"))
        {
            TimeoutSeconds = language.Read(f.Source, "TimeoutSeconds") ? null : (int?)f.Integer("TimeoutSeconds"),
            HeartbeatSeconds = language.Read(f.Source, "HeartbeatSeconds") ? null : (int?)f.Integer("HeartbeatSeconds"),
        };

    private static ChoiceDefinition ReadChoice(string name, JsonObject json, FieldReader f, LanguageFields language)
    {
        if (json.Get("Choices") is not JsonArray array || array.Count == 0)
        {
            throw new StateMachineDefinitionException($"Choice state '{name}' has no Choices: add at least one rule.");
        }

        var rules = new List<JsonObject>(array.Count);
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject rule || rule.Get("Next") is not JsonString)
            {
                throw new StateMachineDefinitionException($"Choice state '{name}': every element of Choices must be an object with a Next.");
            }

            language.CheckRule(rule, i);
            rules.Add(rule);
        }

        return new ChoiceDefinition(name, rules) { Default = f.String("Default") };
    }

    private static ParallelDefinition ReadParallel(string name, JsonObject json, ReadContext context)
    {
        if (json.Get("Branches") is not JsonArray array || array.Count == 0)
        {
            throw new StateMachineDefinitionException($"Parallel state '{name}' has no Branches: add at least one.");
        }

        var branches = new List<StateGraph>(array.Count);
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject branch)
            {
                throw new StateMachineDefinitionException($"Parallel state '{name}': Branches[{i}] must be an object with StartAt and States.");
            }

            branches.Add(ReadGraph(branch, $"branch {i} of Parallel state '{name}'", context));
        }

        return new ParallelDefinition(name, branches);
    }

    private static MapDefinition ReadMap(string name, JsonObject json, FieldReader f, ReadContext context, LanguageFields language)
    {
        JsonObject processorJson = f.Object("ItemProcessor") ?? f.Object("Iterator")
            ?? throw new StateMachineDefinitionException($"Map state '{name}' has no ItemProcessor: add one with StartAt and States.");
        StateGraph processor = ReadGraph(processorJson, $"the ItemProcessor of Map state '{name}'", context);
        bool distributed = processorJson.Get("ProcessorConfig") is JsonObject config
            && config.Get("Mode") is JsonString { Value: "DISTRIBUTED" };
        var map = new MapDefinition(name, processor)
        {
            Distributed = distributed,
            ItemSelector = json.Get("ItemSelector"),
            ItemReader = f.Object("ItemReader"),
            ItemBatcher = f.Object("ItemBatcher"),
            ResultWriter = f.Object("ResultWriter"),
            Label = f.String("Label"),
            MaxConcurrency = language.Read(json, "MaxConcurrency") ? 0 : (int)(f.Integer("MaxConcurrency") ?? 0),
            ToleratedFailureCount = language.Read(json, "ToleratedFailureCount") ? null : (int?)f.Integer("ToleratedFailureCount"),
            ToleratedFailurePercentage = language.Read(json, "ToleratedFailurePercentage") ? null : f.Number("ToleratedFailurePercentage"),
        };

        language.ReadItems(map, json, f);
        language.Compile(map.ItemSelector, "ItemSelector");
        if (map.ItemReader is JsonObject reader)
        {
            language.CheckFields(reader, "ItemReader", "ItemReader");
            language.Compile(reader.Get("Arguments"), "ItemReader/Arguments");
            if (reader.Get("ReaderConfig") is JsonObject readerConfig)
            {
                language.CheckFields(readerConfig, "ItemReader/ReaderConfig", "ReaderConfig");
                language.Read(readerConfig, "MaxItems", "ItemReader/ReaderConfig");
            }
        }

        if (map.ItemBatcher is JsonObject batcher)
        {
            language.CheckFields(batcher, "ItemBatcher", "ItemBatcher");
            language.Read(batcher, "MaxItemsPerBatch", "ItemBatcher");
            language.Read(batcher, "MaxInputBytesPerBatch", "ItemBatcher");
            language.Compile(batcher.Get("BatchInput"), "ItemBatcher/BatchInput");
        }

        if (map.ResultWriter is JsonObject writer)
        {
            language.CheckFields(writer, "ResultWriter", "ResultWriter");
            language.Compile(writer.Get("Arguments"), "ResultWriter/Arguments");
        }

        return map;
    }

    private static IReadOnlyList<Retrier> ReadRetry(FieldReader f)
    {
        JsonArray? array = f.Array("Retry");
        if (array is null)
        {
            return [];
        }

        var retriers = new List<Retrier>(array.Count);
        for (int i = 0; i < array.Count; i++)
        {
            FieldReader r = f.Element("Retry", i);
            retriers.Add(new Retrier
            {
                ErrorEquals = r.Strings("ErrorEquals"),
                IntervalSeconds = r.Number("IntervalSeconds") ?? 1,
                MaxAttempts = (int)(r.Integer("MaxAttempts") ?? 3),
                BackoffRate = r.Number("BackoffRate") ?? 2.0,
                MaxDelaySeconds = r.Number("MaxDelaySeconds"),
                JitterStrategy = r.String("JitterStrategy") ?? "NONE",
            });
        }

        return retriers;
    }

    private static IReadOnlyList<Catcher> ReadCatch(FieldReader f, LanguageFields language)
    {
        JsonArray? array = f.Array("Catch");
        if (array is null)
        {
            return [];
        }

        var catchers = new List<Catcher>(array.Count);
        for (int i = 0; i < array.Count; i++)
        {
            FieldReader c = f.Element("Catch", i);
            language.CheckFields(c.Source, $"Catch[{i}]", "Catcher");
            var catcher = new Catcher
            {
                ErrorEquals = c.Strings("ErrorEquals"),
                Next = c.RequiredString("Next"),
                ResultPath = c.Path("ResultPath"),
                Assign = c.Object("Assign"),
                Output = c.Json("Output"),
            };
            language.Compile(catcher.Assign, $"Catch[{i}]/Assign");
            language.Compile(catcher.Output, $"Catch[{i}]/Output");
            catchers.Add(catcher);
        }

        return catchers;
    }

    private static bool QueryLanguage(JsonObject json, bool inherited, string where)
    {
        switch (json.Get("QueryLanguage"))
        {
            case null:
                return inherited;
            case JsonString { Value: "JSONata" }:
                return true;
            case JsonString { Value: "JSONPath" }:
                return false;
            case JsonNode other:
                throw new StateMachineDefinitionException($"{where}: QueryLanguage is {other}; it must be \"JSONPath\" or \"JSONata\".");
        }
    }

    /// <summary>What every state of one definition shares while it is read.</summary>
    private sealed class ReadContext
    {
        public ReadContext(bool topLevelJsonata, JsonAtaExpressions expressions)
        {
            TopLevelJsonata = topLevelJsonata;
            Expressions = expressions;
        }

        /// <summary>The machine's QueryLanguage is JSONata: the language of every state that names none.</summary>
        public bool TopLevelJsonata { get; }

        public JsonAtaExpressions Expressions { get; }
    }

    private static string Capital(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);
}
