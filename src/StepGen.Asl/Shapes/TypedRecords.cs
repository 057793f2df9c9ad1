using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Shapes;

/// <summary>
/// Derives the typed records of a machine from its ASL: each Pass state's object Result, each HTTP task's result,
/// and the execution input as far as the definition's reads tell (when no Input type is declared). Reads only the
/// ASL, like the IAM derivation.
/// </summary>
public static class TypedRecords
{
    private const int MaxVisits = 4096;

    /// <summary>The records of <paramref name="records"/> that <paramref name="set"/> includes, in order.</summary>
    public static EquatableArray<TypedRecord> Select(EquatableArray<TypedRecord> records, TypedRecordSet set)
    {
        var selected = new List<TypedRecord>(records.Count);
        foreach (TypedRecord record in records)
        {
            if (record.IsIn(set))
            {
                selected.Add(record);
            }
        }

        return selected.Count == records.Count ? records : selected.ToEquatableArray();
    }

    /// <summary>Every record the machine could have; <see cref="Select"/> keeps the ones a project asks for.</summary>
    /// <param name="definition">The generated ASL.</param>
    /// <param name="classNames">ASL state name to C# state class name (record names are built from class names).</param>
    /// <param name="httpResponses">ASL state name of an HTTP task to its endpoint's Response type key, where declared.</param>
    /// <param name="inferInput">False when the machine declares its Input type.</param>
    public static EquatableArray<TypedRecord> Derive(JsonObject definition, IReadOnlyDictionary<string, string> classNames, IReadOnlyDictionary<string, string> httpResponses, bool inferInput)
    {
        var records = new List<TypedRecord>();
        if (inferInput)
        {
            records.Add(new TypedRecord("ExecutionInput", "The execution input, as far as the paths the definition reads and the kinds its Choice rules compare tell.", InferInput(definition), TypedRecordKind.ExecutionInput));
        }

        AddStateRecords(definition, classNames, httpResponses, records, 0);
        return records.ToEquatableArray();
    }

    /// <summary>What an HTTP task returns; the body is typed by the endpoint's Response type when one is declared.</summary>
    public static Shape HttpResult(string? responseType)
    {
        var fields = new[]
        {
            new ShapeField("StatusCode", Shape.Of(ShapeKind.Integer)),
            new ShapeField("StatusText", Shape.Of(ShapeKind.String)),
            new ShapeField("Headers", Shape.Any),
            new ShapeField("ResponseBody", responseType is null ? Shape.Any : Shape.ExternalType(responseType)),
        };
        return new Shape(ShapeKind.Object, fields.ToEquatableArray(), Closed: true);
    }

    private static void AddStateRecords(JsonObject machine, IReadOnlyDictionary<string, string> classNames, IReadOnlyDictionary<string, string> httpResponses, List<TypedRecord> records, int depth)
    {
        if (depth > 32 || machine.Get("States") is not JsonObject states)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> entry in states.Members)
        {
            if (entry.Value is not JsonObject state || !classNames.TryGetValue(entry.Key, out string? className))
            {
                continue;
            }

            string type = (state.Get("Type") as JsonString)?.Value ?? string.Empty;
            if (type == "Pass" && state.Get("Result") is JsonObject result)
            {
                records.Add(new TypedRecord(className + "Result", $"The Result of the Pass state '{entry.Key}'.", Shape.FromJson(result), TypedRecordKind.PassResult));
            }
            else if (type == "Task" && state.Get("Resource") is JsonString { Value: "arn:aws:states:::http:invoke" })
            {
                records.Add(new TypedRecord(className + "Result", $"The result of the HTTP task '{entry.Key}'.", HttpResult(httpResponses.TryGetValue(entry.Key, out string? response) ? response : null), TypedRecordKind.HttpResult));
            }

            if (state.Get("Branches") is JsonArray branches)
            {
                foreach (JsonNode branch in branches.Items)
                {
                    if (branch is JsonObject nested)
                    {
                        AddStateRecords(nested, classNames, httpResponses, records, depth + 1);
                    }
                }
            }

            if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
            {
                AddStateRecords(processor, classNames, httpResponses, records, depth + 1);
            }
        }
    }

    /// <summary>
    /// What the execution input looks like: the paths read by the states that still see it. From StartAt, a
    /// state passes the input on when it is a Choice or Wait, or writes its result below the input with a
    /// ResultPath such as "$.result" (reads below a written path are the state's own data, not the input).
    /// </summary>
    private static Shape InferInput(JsonObject definition)
    {
        Shape shape = Shape.EmptyObject;
        if (definition.Get("States") is not JsonObject states || definition.Get("StartAt") is not JsonString { Value: var startAt })
        {
            return shape;
        }

        bool machineJsonAta = definition.Get("QueryLanguage") is JsonString { Value: "JSONata" };

        var written = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(startAt);
        while (queue.Count > 0 && visited.Count < MaxVisits)
        {
            string name = queue.Dequeue();
            if (!visited.Add(name) || states.Get(name) is not JsonObject state)
            {
                continue;
            }

            if (state.Get("QueryLanguage") is JsonString { Value: var language } ? language == "JSONata" : machineJsonAta)
            {
                shape = AddJsonAtaReads(shape, state, written);
                if (PassesInputInJsonAta(state))
                {
                    foreach (string next in Successors(state))
                    {
                        queue.Enqueue(next);
                    }
                }

                continue;
            }

            shape = AddReads(shape, state, written, 0);
            if (state.Get("InputPath") is not null || state.Get("OutputPath") is not null)
            {
                continue;
            }

            string type = (state.Get("Type") as JsonString)?.Value ?? string.Empty;
            bool passesInput = type is "Choice" or "Wait" || (state.Get("ResultPath") is JsonString { Value: var resultPath } && resultPath != "$") || state.Get("ResultPath") is { Kind: JsonNodeKind.Null };
            if (!passesInput)
            {
                continue;
            }

            if (state.Get("ResultPath") is JsonString { Value: var target })
            {
                written.Add(target);
            }

            foreach (string next in Successors(state))
            {
                queue.Enqueue(next);
            }
        }

        return shape;
    }

    /// <summary>
    /// Every path a JSONata state reads below <c>$states.input</c>, in any of its fields (not in the states of its
    /// branches or item processor, which get other input).
    /// </summary>
    /// <param name="written">Input paths earlier states wrote their results to: reads below them are not the input's.</param>
    private static Shape AddJsonAtaReads(Shape shape, JsonObject state, List<string> written)
    {
        foreach (KeyValuePair<string, JsonNode> field in state.Members)
        {
            if (field.Key is "Branches" or "ItemProcessor" or "Iterator")
            {
                continue;
            }

            foreach (string expression in JsonAtaShapes.Expressions(field.Value))
            {
                foreach ((PathParseResult read, Shape kind) in JsonAtaShapes.InputReads(expression))
                {
                    shape = AddPath(shape, read, kind, written);
                }
            }
        }

        return shape;
    }

    /// <summary>A JSONata Choice, Wait, Pass or Succeed state without an Output passes its input on unchanged.</summary>
    private static bool PassesInputInJsonAta(JsonObject state)
    {
        if (state.Get("Output") is not null || state.Get("Type") is not JsonString { Value: "Choice" or "Wait" or "Pass" or "Succeed" })
        {
            return false;
        }

        if (state.Get("Choices") is JsonArray rules)
        {
            foreach (JsonNode rule in rules.Items)
            {
                if (rule is JsonObject withOutput && withOutput.Get("Output") is not null)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The states a state can go to next: its Next, a Choice's rules and Default.</summary>
    internal static IEnumerable<string> Successors(JsonObject state)
    {
        if (state.Get("Next") is JsonString next)
        {
            yield return next.Value;
        }

        if (state.Get("Default") is JsonString fallback)
        {
            yield return fallback.Value;
        }

        if (state.Get("Choices") is JsonArray choices)
        {
            foreach (JsonNode choice in choices.Items)
            {
                if (choice is JsonObject rule && rule.Get("Next") is JsonString target)
                {
                    yield return target.Value;
                }
            }
        }
    }

    /// <summary>Adds every input path a state reads, with the kind its use tells.</summary>
    private static Shape AddReads(Shape shape, JsonObject state, List<string> written, int depth)
    {
        shape = AddRead(shape, state.Get("ItemsPath"), Shape.ArrayOf(Shape.Any), written);
        shape = AddRead(shape, state.Get("SecondsPath"), Shape.Of(ShapeKind.Integer), written);
        shape = AddRead(shape, state.Get("TimestampPath"), Shape.Of(ShapeKind.Timestamp), written);
        shape = AddRead(shape, state.Get("TimeoutSecondsPath"), Shape.Of(ShapeKind.Integer), written);
        shape = AddRead(shape, state.Get("HeartbeatSecondsPath"), Shape.Of(ShapeKind.Integer), written);
        shape = AddRead(shape, state.Get("ErrorPath"), Shape.Of(ShapeKind.String), written);
        shape = AddRead(shape, state.Get("CausePath"), Shape.Of(ShapeKind.String), written);
        foreach (string field in new[] { "Parameters", "ItemSelector" })
        {
            foreach (string path in AslReads.TemplatePaths(state.Get(field), intrinsicArguments: true))
            {
                shape = AddPath(shape, PathParser.Parse(path), Shape.Any, written);
            }
        }

        if (state.Get("Choices") is JsonArray choices)
        {
            foreach (JsonNode choice in choices.Items)
            {
                foreach ((string path, Shape kind) in AslReads.RulePaths(choice))
                {
                    shape = AddPath(shape, PathParser.Parse(path), kind, written);
                }
            }
        }

        if (depth < 8 && state.Get("Branches") is JsonArray branches)
        {
            // Each branch starts with the Parallel state's input.
            foreach (JsonNode branch in branches.Items)
            {
                if (branch is JsonObject nested && nested.Get("StartAt") is JsonString start && nested.Get("States") is JsonObject nestedStates && nestedStates.Get(start.Value) is JsonObject first)
                {
                    shape = AddReads(shape, first, written, depth + 1);
                }
            }
        }

        return shape;
    }

    private static Shape AddRead(Shape shape, JsonNode? value, Shape leaf, List<string> written) =>
        value is JsonString { Value: var path } && path.StartsWith("$", StringComparison.Ordinal) && !path.StartsWith("${", StringComparison.Ordinal)
            ? AddPath(shape, PathParser.Parse(path), leaf, written)
            : shape;

    private static Shape AddPath(Shape shape, PathParseResult path, Shape leaf, List<string> written)
    {
        if (!path.Success || path.Root != PathRoot.Input)
        {
            return shape;
        }

        foreach (string prefix in written)
        {
            if (path.Path == prefix || path.Path.StartsWith(prefix + ".", StringComparison.Ordinal) || path.Path.StartsWith(prefix + "[", StringComparison.Ordinal))
            {
                return shape;
            }
        }

        return shape.WithPath(path, leaf);
    }
}
