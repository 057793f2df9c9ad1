using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// One execution to run through both StepGen.Testing and aws-local-stepfunctions: a JSONPath definition, its
/// input, and what each Task state answers, in the request format of tests/js/run-local-stepfunctions.js
/// (<c>{"State": [{"return": ...} | {"throw": {"error": ..., "cause": ...}}, ...]}</c>, one entry per invocation,
/// the last one repeating).
/// </summary>
public sealed class DifferentialCase
{
    /// <summary>The state machine's name on both sides, so the context object's ARNs agree.</summary>
    public const string StateMachineName = "Differential";

    public DifferentialCase(string name, string definition, string input, string? tasks = null)
        : this(name, (JsonObject)JsonNode.Parse(definition)!, JsonNode.Parse(input), tasks is null ? new JsonObject() : (JsonObject)JsonNode.Parse(tasks)!)
    {
    }

    public DifferentialCase(string name, JsonObject definition, JsonNode? input, JsonObject tasks)
    {
        Name = name;
        Definition = definition;
        Input = input;
        Tasks = tasks;
    }

    public string Name { get; }

    public JsonObject Definition { get; }

    public JsonNode? Input { get; }

    public JsonObject Tasks { get; }

    public override string ToString() => Name;

    /// <summary>The harness request. The context object carries the execution name and ARNs StepGen.Testing uses by default.</summary>
    public JsonObject ToRequest()
    {
        var options = new ExecutionOptions();
        string execution = $"arn:aws:states:{options.Region}:{options.AccountId}:execution:{StateMachineName}:{options.Name}";
        string machine = $"arn:aws:states:{options.Region}:{options.AccountId}:stateMachine:{StateMachineName}";
        string role = $"arn:aws:iam::{options.AccountId}:role/{StateMachineName}-role";
        return new JsonObject
        {
            ["definition"] = Definition.DeepClone(),
            ["input"] = Input?.DeepClone(),
            ["tasks"] = Tasks.DeepClone(),
            ["context"] = new JsonObject
            {
                ["Execution"] = new JsonObject { ["Id"] = execution, ["Name"] = options.Name, ["RoleArn"] = role },
                ["StateMachine"] = new JsonObject { ["Id"] = machine, ["Name"] = StateMachineName },
            },
        };
    }

    /// <summary>Runs the case with StepGen.Testing; the result has the harness's shape.</summary>
    public async Task<JsonObject> RunWithStepGenAsync()
    {
        var calls = new Dictionary<string, List<JsonNode?>>();
        ExecutionResult result;
        try
        {
            StateMachineRunner runner = StateMachineRunner.FromDefinition(Definition.ToJsonString(), StateMachineName);
            foreach (string state in TaskStates(Definition))
            {
                JsonArray? answers = Tasks[state] as JsonArray;
                runner.MockState(state, call =>
                {
                    lock (calls)
                    {
                        if (!calls.TryGetValue(state, out List<JsonNode?>? list))
                        {
                            calls[state] = list = new List<JsonNode?>();
                        }

                        list.Add(JsonNode.Parse(call.PayloadJson));
                    }

                    return Answer(state, answers, call.Invocation);
                });
            }

            result = await runner.RunAsync(Input is null ? "null" : Input.ToJsonString());
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return new JsonObject { ["status"] = "EXCEPTION", ["cause"] = e.GetType().Name + ": " + e.Message };
        }

        var callsNode = new JsonObject();
        foreach ((string state, List<JsonNode?> payloads) in calls)
        {
            callsNode[state] = new JsonArray(payloads.ToArray());
        }

        return new JsonObject
        {
            ["status"] = result.StatusName,
            ["output"] = result.OutputJson is string json ? JsonNode.Parse(json) : null,
            ["error"] = result.Error,
            ["cause"] = result.Cause,
            ["calls"] = callsNode,
        };
    }

    /// <summary>
    /// How the two results differ: status; output as JSON values (member order ignored, numbers by value); error;
    /// cause where it comes from the definition or a mock (an error not named <c>States.*</c>), because the
    /// causes of the predefined errors are each executor's own wording; and the payloads each Task outside
    /// Parallel and Map states received. (Inside them the calls depend on scheduling: when a branch or iteration
    /// fails, the package has already started its siblings, StepGen stops before them, and AWS promises
    /// neither.) Empty when they agree.
    /// </summary>
    public List<string> Differences(JsonObject stepGen, JsonObject local)
    {
        var topLevelTasks = new HashSet<string>(TaskStates(Definition, nested: false));
        var differences = new List<string>();
        string? status = (string?)stepGen["status"];
        if (status != (string?)local["status"])
        {
            differences.Add($"status: StepGen {status} {Describe(stepGen)}, aws-local-stepfunctions {(string?)local["status"]} {Describe(local)}");
            return differences;
        }

        if (status == "SUCCEEDED" && Canonical(stepGen["output"]) != Canonical(local["output"]))
        {
            differences.Add($"output: StepGen {Canonical(stepGen["output"])}, aws-local-stepfunctions {Canonical(local["output"])}");
        }

        if (status == "FAILED")
        {
            string? error = (string?)stepGen["error"];
            if (error != (string?)local["error"])
            {
                differences.Add($"error: StepGen {error}, aws-local-stepfunctions {(string?)local["error"]}");
            }
            else if (error is not null && !error.StartsWith("States.", StringComparison.Ordinal)
                && ((string?)stepGen["cause"] ?? string.Empty) != ((string?)local["cause"] ?? string.Empty))
            {
                differences.Add($"cause: StepGen {(string?)stepGen["cause"]}, aws-local-stepfunctions {(string?)local["cause"]}");
            }
        }

        var stepGenCalls = stepGen["calls"] as JsonObject ?? new JsonObject();
        var localCalls = local["calls"] as JsonObject ?? new JsonObject();
        foreach (string state in stepGenCalls.Select(p => p.Key).Union(localCalls.Select(p => p.Key)).Where(topLevelTasks.Contains).Order(StringComparer.Ordinal))
        {
            string mine = string.Join(", ", ((stepGenCalls[state] as JsonArray) ?? []).Select(Canonical).Order(StringComparer.Ordinal));
            string theirs = string.Join(", ", ((localCalls[state] as JsonArray) ?? []).Select(Canonical).Order(StringComparer.Ordinal));
            if (mine != theirs)
            {
                differences.Add($"payloads of {state}: StepGen [{mine}], aws-local-stepfunctions [{theirs}]");
            }
        }

        return differences;
    }

    /// <summary>
    /// JSON text with object members sorted and numbers written by value (1.0 and 1 agree). In a Catch's error output
    /// (<c>{"Error": "States...", "Cause": ...}</c>) for a predefined error the cause is left out, as in
    /// <see cref="Differences"/>.
    /// </summary>
    public static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    /// <summary>The names of the Task states, those in Parallel branches and Map iterations too unless <paramref name="nested"/> is false.</summary>
    public static IEnumerable<string> TaskStates(JsonObject graph, bool nested = true)
    {
        if (graph["States"] is not JsonObject states)
        {
            yield break;
        }

        foreach ((string name, JsonNode? node) in states)
        {
            if (node is not JsonObject state)
            {
                continue;
            }

            if ((string?)state["Type"] == "Task")
            {
                yield return name;
            }

            if (!nested)
            {
                continue;
            }

            foreach (JsonNode? branch in state["Branches"] as JsonArray ?? [])
            {
                foreach (string inner in TaskStates((JsonObject)branch!))
                {
                    yield return inner;
                }
            }

            if ((state["ItemProcessor"] ?? state["Iterator"]) is JsonObject processor)
            {
                foreach (string inner in TaskStates(processor))
                {
                    yield return inner;
                }
            }
        }
    }

    private static TaskOutcome Answer(string state, JsonArray? answers, int invocation)
    {
        if (answers is null || answers.Count == 0)
        {
            return TaskOutcome.Throw("HarnessNoMock", $"No mocked outcome for Task state '{state}'");
        }

        var answer = (JsonObject)answers[Math.Min(invocation, answers.Count - 1)]!;
        if (answer["throw"] is JsonObject failure)
        {
            return TaskOutcome.Throw((string)failure["error"]!, (string?)failure["cause"]);
        }

        return TaskOutcome.Return(answer["return"]?.ToJsonString() ?? "null");
    }

    private static string Describe(JsonObject result) =>
        (string?)result["status"] == "SUCCEEDED" ? Canonical(result["output"]) : $"{(string?)result["error"]}: {(string?)result["cause"]}";

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj when obj.Count == 2 && obj["Error"] is JsonValue error && ((string?)error)?.StartsWith("States.", StringComparison.Ordinal) == true
                && obj.ContainsKey("Cause"):
                // A Catch's error output for a predefined error: its cause is each executor's own wording.
                text.Append("{\"Cause\":\"(").Append((string?)error).Append(" cause)\",\"Error\":").Append(error.ToJsonString()).Append('}');
                break;
            case JsonObject obj:
                text.Append('{');
                bool first = true;
                foreach ((string key, JsonNode? value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                text.Append(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }
}
