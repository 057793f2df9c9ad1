using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

using StepGen.Asl.Json;
using StepGen.Testing.Definition;

namespace StepGen.Testing;

/// <summary>
/// A mock configuration in the format of Step Functions Local ("Using mocked service integrations for testing in
/// Step Functions Local" in the developer guide), so existing files keep working:
/// <c>StateMachines</c> → machine name → <c>TestCases</c> → test case → state name → mocked response name, and
/// <c>MockedResponses</c> → response name → invocation index (<c>"0"</c>) or range (<c>"1-2"</c>) → exactly one of
/// <c>Return</c> (the task's result) or <c>Throw</c> (<c>{"Error": ..., "Cause": ...}</c>).
/// </summary>
public sealed class MockConfigFile
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> _machines;
    private readonly Dictionary<string, List<(int From, int To, JsonObject Response)>> _responses;

    private MockConfigFile(
        Dictionary<string, Dictionary<string, Dictionary<string, string>>> machines,
        Dictionary<string, List<(int From, int To, JsonObject Response)>> responses)
    {
        _machines = machines;
        _responses = responses;
    }

    /// <summary>The state machine names, in file order.</summary>
    public IReadOnlyList<string> StateMachines => _machines.Keys.ToList();

    /// <summary>The test cases of <paramref name="stateMachine"/>.</summary>
    public IReadOnlyList<string> TestCases(string stateMachine) =>
        _machines.TryGetValue(stateMachine, out var cases) ? cases.Keys.ToList() : [];

    public static MockConfigFile Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Reads a mock configuration; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">The text is not a mock configuration; the message says where and why.</exception>
    public static MockConfigFile Parse(string json, string source = "the mock configuration")
    {
        JsonParseResult parsed = JsonParser.Parse(json ?? string.Empty, 512);
        if (!parsed.Success)
        {
            (int line, int column) = LineColumn.Of(json ?? string.Empty, parsed.ErrorOffset);
            throw new FormatException($"{source} is not valid JSON: {parsed.Error} (line {line}, column {column}).");
        }

        if (parsed.Value is not JsonObject root)
        {
            throw new FormatException($"{source} must be a JSON object with StateMachines and MockedResponses.");
        }

        var machines = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> machine in Members(root, "StateMachines", source, "StateMachines"))
        {
            var cases = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            string at = $"StateMachines.{machine.Key}";
            JsonObject machineJson = machine.Value as JsonObject ?? throw new FormatException($"{source}: {at} must be an object with TestCases.");
            foreach (KeyValuePair<string, JsonNode> testCase in Members(machineJson, "TestCases", source, at + ".TestCases"))
            {
                var states = new Dictionary<string, string>(StringComparer.Ordinal);
                JsonObject caseJson = testCase.Value as JsonObject ?? throw new FormatException($"{source}: {at}.TestCases.{testCase.Key} must map state names to mocked response names.");
                foreach (KeyValuePair<string, JsonNode> state in caseJson.Members)
                {
                    states[state.Key] = state.Value is JsonString s
                        ? s.Value
                        : throw new FormatException($"{source}: {at}.TestCases.{testCase.Key}.{state.Key} must be the name of a mocked response.");
                }

                cases[testCase.Key] = states;
            }

            machines[machine.Key] = cases;
        }

        var responses = new Dictionary<string, List<(int, int, JsonObject)>>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> response in Members(root, "MockedResponses", source, "MockedResponses"))
        {
            string at = $"MockedResponses.{response.Key}";
            JsonObject responseJson = response.Value as JsonObject ?? throw new FormatException($"{source}: {at} must be an object keyed by invocation (\"0\", \"1-2\").");
            var entries = new List<(int, int, JsonObject)>();
            foreach (KeyValuePair<string, JsonNode> entry in responseJson.Members)
            {
                (int from, int to) = Range(entry.Key) ?? throw new FormatException($"{source}: {at} has the key \"{entry.Key}\"; keys are invocation numbers from 0 (\"0\") or ranges (\"1-2\").");
                if (entry.Value is not JsonObject body || (body.ContainsKey("Return") == body.ContainsKey("Throw")))
                {
                    throw new FormatException($"{source}: {at}.{entry.Key} must have exactly one of Return or Throw.");
                }

                if (body.Get("Throw") is JsonNode thrown && (thrown is not JsonObject t || t.Get("Error") is not JsonString))
                {
                    throw new FormatException($"{source}: {at}.{entry.Key}.Throw must be an object with an Error string (and a Cause).");
                }

                entries.Add((from, to, body));
            }

            responses[response.Key] = entries;
        }

        foreach (var machine in machines)
        {
            foreach (var testCase in machine.Value)
            {
                foreach (var state in testCase.Value)
                {
                    if (!responses.ContainsKey(state.Value))
                    {
                        throw new FormatException($"{source}: StateMachines.{machine.Key}.TestCases.{testCase.Key}.{state.Key} names the mocked response '{state.Value}', which MockedResponses does not define.");
                    }
                }
            }
        }

        return new MockConfigFile(machines, responses);
    }

    /// <summary>The mocks of one test case: state name → the response for each invocation.</summary>
    internal MockTestCase Select(string? stateMachine, string testCase)
    {
        if (stateMachine is null)
        {
            if (_machines.Count != 1)
            {
                throw new ArgumentException(_machines.Count == 0
                    ? "The mock configuration defines no state machine."
                    : $"The mock configuration defines several state machines ({string.Join(", ", _machines.Keys)}); name one.");
            }

            stateMachine = _machines.Keys.First();
        }

        if (!_machines.TryGetValue(stateMachine, out var cases))
        {
            throw new ArgumentException($"The mock configuration has no state machine '{stateMachine}'; it has {string.Join(", ", _machines.Keys)}.");
        }

        if (!cases.TryGetValue(testCase, out var states))
        {
            throw new ArgumentException($"State machine '{stateMachine}' of the mock configuration has no test case '{testCase}'; it has {string.Join(", ", cases.Keys)}.");
        }

        var byState = new Dictionary<string, (string, IReadOnlyList<(int, int, JsonObject)>)>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            byState[state.Key] = (state.Value, _responses[state.Value]);
        }

        return new MockTestCase(stateMachine, testCase, byState);
    }

    private static IEnumerable<KeyValuePair<string, JsonNode>> Members(JsonObject json, string field, string source, string at) =>
        json.Get(field) switch
        {
            null => [],
            JsonObject o => o.Members,
            _ => throw new FormatException($"{source}: {at} must be an object."),
        };

    private static (int From, int To)? Range(string key)
    {
        int dash = key.IndexOf('-');
        if (dash < 0)
        {
            return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? (n, n) : null;
        }

        return int.TryParse(key.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int from)
            && int.TryParse(key.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int to)
            && from <= to
            ? (from, to)
            : null;
    }
}

/// <summary>The mocked responses of one test case of a <see cref="MockConfigFile"/>.</summary>
internal sealed class MockTestCase
{
    private readonly Dictionary<string, (string Name, IReadOnlyList<(int From, int To, JsonObject Response)> Entries)> _byState;

    public MockTestCase(string stateMachine, string testCase, Dictionary<string, (string, IReadOnlyList<(int, int, JsonObject)>)> byState)
    {
        StateMachine = stateMachine;
        TestCase = testCase;
        _byState = byState;
    }

    public string StateMachine { get; }

    public string TestCase { get; }

    public bool Mocks(string state) => _byState.ContainsKey(state);

    /// <summary>The states the test case mocks.</summary>
    public IEnumerable<string> States => _byState.Keys;

    /// <summary>The outcome of invocation number <paramref name="invocation"/> (from 0) of <paramref name="state"/>.</summary>
    public TaskOutcome Outcome(string state, int invocation)
    {
        (string name, var entries) = _byState[state];
        foreach ((int from, int to, JsonObject response) in entries)
        {
            if (invocation >= from && invocation <= to)
            {
                if (response.Get("Return") is JsonNode value)
                {
                    return TaskOutcome.FromNode(value);
                }

                var thrown = (JsonObject)response.Get("Throw")!;
                return TaskOutcome.Throw(((JsonString)thrown.Get("Error")!).Value, (thrown.Get("Cause") as JsonString)?.Value);
            }
        }

        string defined = string.Join(", ", entries.Select(e => e.From == e.To ? e.From.ToString(CultureInfo.InvariantCulture) : $"{e.From}-{e.To}"));
        throw new MockMissingException(
            $"State '{state}' was invoked for the {Ordinal(invocation + 1)} time (invocation {invocation}), but the mocked response '{name}' of test case '{TestCase}' defines only invocations {defined}: add \"{invocation}\": {{\"Return\": ...}} to it.",
            state);
    }

    private static string Ordinal(int n) => n switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };
}
