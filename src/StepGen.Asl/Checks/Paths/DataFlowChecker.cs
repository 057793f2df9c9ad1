using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Paths;

/// <summary>
/// Follows the data through the machine's own states: what each state receives, what it reads (JSONPath states),
/// and what it passes on (JSONata states through their Output). A read of a field that closed data (a declared Input type, a Pass Result, an HTTP result,
/// an error output) does not have is SG2006. Returns what the final states produce.
/// </summary>
internal sealed class DataFlowChecker
{
    private const int MaxFlowSteps = 4096;

    private static readonly string[] ReadFields = { "ItemsPath", "SecondsPath", "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "ErrorPath", "CausePath" };

    private readonly ProblemSink _problems;
    private readonly Scope _root;
    private readonly string? _startAt;
    private readonly IReadOnlyDictionary<string, string> _httpResponses;

    /// <param name="root">The machine's own scope, bound and written.</param>
    /// <param name="startAt">The machine's StartAt as written.</param>
    /// <param name="httpResponses">The declared Response type of each HTTP task that has one, by state name.</param>
    public DataFlowChecker(ProblemSink problems, Scope root, string? startAt, IReadOnlyDictionary<string, string> httpResponses)
    {
        _problems = problems;
        _root = root;
        _startAt = startAt;
        _httpResponses = httpResponses;
    }

    /// <summary>Follows the data from StartAt with <paramref name="start"/> as the execution input; returns what the final states produce.</summary>
    public Shape? Check(Shape start)
    {
        if (_root.States.Count == 0 || _root.Resolve(_startAt ?? string.Empty) is not StateEntry first)
        {
            return null;
        }

        var inputs = new Dictionary<StateEntry, Shape>();
        var queue = new Queue<StateEntry>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        Shape? output = null;
        Flow(first, start, inputs, queue);
        for (int steps = 0; queue.Count > 0 && steps < MaxFlowSteps; steps++)
        {
            StateEntry state = queue.Dequeue();
            if (state.Json is not JsonObject json)
            {
                continue;
            }

            Shape input = inputs[state];
            if (state.JsonAta)
            {
                Shape produced = FlowJsonAta(state, json, input, inputs, queue);
                if (json.Get("Type") is JsonString { Value: "Succeed" } || json.Get("End") is { Kind: JsonNodeKind.True })
                {
                    output = output is null ? produced : Shape.Merge(output, produced);
                }

                continue;
            }

            Shape effective = ReadAt(input, json.Get("InputPath"), state, "InputPath", reported);
            foreach ((string path, FieldRef at, string field) in Reads(state, json))
            {
                CheckRead(effective, path, at, field, state, reported);
            }

            Shape passed = Output(state, json, input, effective);
            if (json.Get("Type") is JsonString { Value: "Succeed" } || json.Get("End") is { Kind: JsonNodeKind.True })
            {
                output = output is null ? passed : Shape.Merge(output, passed);
            }

            foreach (string next in TypedRecords.Successors(json))
            {
                if (_root.ByName.TryGetValue(next, out StateEntry? target))
                {
                    Flow(target, passed, inputs, queue);
                }
            }

            if (json.Get("Catch") is JsonArray catchers)
            {
                foreach (JsonNode catcher in catchers.Items)
                {
                    if (catcher is JsonObject handler && handler.Get("Next") is JsonString next && _root.ByName.TryGetValue(next.Value, out StateEntry? target))
                    {
                        Flow(target, Place(input, handler.Get("ResultPath"), ErrorOutput), inputs, queue);
                    }
                }
            }
        }

        return output;
    }

    /// <summary>
    /// A JSONata state: its Output (literal JSON with expressions, <see cref="JsonAtaShapes"/>) or, without one, its
    /// result (Task, Map, Parallel) or its input; a Choice rule's or a Catcher's Output goes along that rule's or
    /// catcher's way out. Passes the shapes on and returns what the state produces on its normal way out.
    /// </summary>
    private Shape FlowJsonAta(StateEntry state, JsonObject json, Shape input, Dictionary<StateEntry, Shape> inputs, Queue<StateEntry> queue)
    {
        Shape produced = json.Get("Output") is JsonNode output ? JsonAtaShapes.OfValue(output) : state.Kind switch
        {
            StateKind.HttpTask => TypedRecords.HttpResult(_httpResponses.TryGetValue(state.Name, out string? response) ? response : null),
            StateKind.Parallel or StateKind.Map => Shape.ArrayOf(Shape.Any),
            StateKind.Task => Shape.Any,
            _ => input,
        };

        void To(JsonNode? next, Shape shape)
        {
            if (next is JsonString { Value: var name } && _root.ByName.TryGetValue(name, out StateEntry? target))
            {
                Flow(target, shape, inputs, queue);
            }
        }

        To(json.Get("Next"), produced);
        To(json.Get("Default"), produced);
        if (json.Get("Choices") is JsonArray rules)
        {
            foreach (JsonNode item in rules.Items)
            {
                if (item is JsonObject rule)
                {
                    To(rule.Get("Next"), rule.Get("Output") is JsonNode ruleOutput ? JsonAtaShapes.OfValue(ruleOutput) : input);
                }
            }
        }

        if (json.Get("Catch") is JsonArray catchers)
        {
            foreach (JsonNode item in catchers.Items)
            {
                if (item is JsonObject handler)
                {
                    To(handler.Get("Next"), handler.Get("Output") is JsonNode catchOutput ? JsonAtaShapes.OfValue(catchOutput) : ErrorOutput);
                }
            }
        }

        return produced;
    }

    /// <summary>What a catcher passes: the error output {Error, Cause}.</summary>
    private static readonly Shape ErrorOutput = new(ShapeKind.Object, new[] { new ShapeField("Error", Shape.Of(ShapeKind.String)), new ShapeField("Cause", Shape.Of(ShapeKind.String)) }.ToEquatableArray(), Closed: true);

    private static void Flow(StateEntry target, Shape shape, Dictionary<StateEntry, Shape> inputs, Queue<StateEntry> queue)
    {
        if (inputs.TryGetValue(target, out Shape? known))
        {
            Shape merged = Shape.Merge(known, shape);
            if (merged == known)
            {
                return;
            }

            shape = merged;
        }

        inputs[target] = shape;
        queue.Enqueue(target);
    }

    /// <summary>The state's output: its result placed by ResultPath into its input, then selected by OutputPath.</summary>
    private Shape Output(StateEntry state, JsonObject json, Shape input, Shape effective)
    {
        Shape result = state.Kind switch
        {
            StateKind.Choice or StateKind.Wait or StateKind.Succeed => effective,
            StateKind.Pass => json.Get("Result") is JsonNode literal ? Shape.FromJson(literal) : json.Get("Parameters") is null ? effective : Shape.Any,
            StateKind.HttpTask => json.Get("ResultSelector") is null ? TypedRecords.HttpResult(_httpResponses.TryGetValue(state.Name, out string? response) ? response : null) : Shape.Any,
            StateKind.Parallel or StateKind.Map => json.Get("ResultSelector") is null ? Shape.ArrayOf(Shape.Any) : Shape.Any,
            _ => Shape.Any,
        };

        Shape placed = state.Kind is StateKind.Choice or StateKind.Wait or StateKind.Succeed ? result : Place(input, json.Get("ResultPath"), result);
        return json.Get("OutputPath") is JsonString { Value: var outputPath } ? placed.At(PathParser.Parse(outputPath)) : placed;
    }

    /// <summary>ResultPath: absent or "$" replaces the input, null discards the result, "$.x" writes it below the input.</summary>
    private static Shape Place(Shape input, JsonNode? resultPath, Shape result) => resultPath switch
    {
        null => result,
        { Kind: JsonNodeKind.Null } => input,
        JsonString { Value: "$" } => result,
        JsonString { Value: var path } => input.Set(PathParser.Parse(path), result),
        _ => Shape.Any,
    };

    private Shape ReadAt(Shape input, JsonNode? inputPath, StateEntry state, string field, HashSet<string> reported)
    {
        if (inputPath is not JsonString { Value: var path })
        {
            return inputPath is { Kind: JsonNodeKind.Null } ? Shape.EmptyObject with { Closed = true } : input;
        }

        CheckRead(input, path, state.At(field), field, state, reported);
        return input.At(PathParser.Parse(path));
    }

    /// <summary>The input paths a state reads (besides InputPath), with where each was written.</summary>
    private IEnumerable<(string Path, FieldRef At, string Field)> Reads(StateEntry state, JsonObject json)
    {
        foreach (string field in ReadFields)
        {
            if (json.Get(field) is JsonString { Value: var path })
            {
                yield return (path, state.At(field), field);
            }
        }

        foreach (string field in new[] { "Parameters", "ItemSelector" })
        {
            if (json.Get(field) is JsonObject template)
            {
                FieldRef at = state.Attribute.Get(field) is null ? state.At() : state.At(field);
                foreach (string path in AslReads.TemplatePaths(template, intrinsicArguments: false))
                {
                    yield return (path, at, field);
                }
            }
        }

        if (json.Get("Choices") is JsonArray choices)
        {
            int rule = 0;
            foreach (KeyValuePair<int, Source.SourceAttribute> extra in state.Extras)
            {
                if (extra.Value.Name != AttributeNames.When)
                {
                    continue;
                }

                if (rule < choices.Count && choices[rule] is JsonObject compiled)
                {
                    foreach ((string path, Shape _) in AslReads.RulePaths(compiled))
                    {
                        yield return (path, state.AtExtra(extra.Key, ArgumentNames.ConditionParameter), _problems.Dialect == SourceDialect.AslJson ? "The Choice rule" : "The [When] condition");
                    }
                }

                rule++;
            }
        }
    }

    private void CheckRead(Shape data, string path, FieldRef at, string field, StateEntry state, HashSet<string> reported)
    {
        if (data.Missing(PathParser.Parse(path)) is not (PathSegment segment, var known) || !reported.Add(state.Name + "\n" + path))
        {
            return;
        }

        var names = new List<string>();
        foreach (ShapeField shapeField in known)
        {
            names.Add(shapeField.Name);
        }

        string? closest = Names.Closest(segment.Name ?? string.Empty, names);
        string hint = closest is not null ? $"did you mean '{closest}'?" : names.Count == 0 ? "it has no fields there." : $"it has {string.Join(", ", names)}.";
        _problems.Report(Rules.TypedPath, $"{field} reads '{path}', but the data that reaches '{state.Name}' has no field '{segment.Name}' there; {hint}", at, suggestion: closest);
    }
}
