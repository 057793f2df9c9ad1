using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using StepGen.Asl.Json;
using StepGen.Testing.Definition;
using StepGen.Testing.Execution;
using StepGen.Testing.History;
using StepGen.Testing.Mocks;

namespace StepGen.Testing;

/// <summary>
/// Runs an ASL state machine in process, offline, on a virtual clock: a 30-day Wait returns at once. Create one
/// from a StepGen-generated class (<see cref="For(Type, IReadOnlyDictionary{string, string})"/>), a definition's JSON or a file; mock its Task
/// states; then <see cref="RunAsync(string?, ExecutionOptions?, CancellationToken)"/> it as often as you like.
/// </summary>
/// <example>
/// <code>
/// var runner = StateMachineRunner.For(typeof(OrderFulfillment))
///     .MockState("ChargeCard", call => TaskOutcome.Return("""{"charged": true}"""));
/// ExecutionResult result = await runner.RunAsync("""{"orderId": "42"}""");
/// Assert.Equal(ExecutionStatus.Succeeded, result.Status);
/// </code>
/// </example>
public sealed class StateMachineRunner
{
    private readonly StateGraph _graph;
    private readonly Dictionary<string, StateDefinition> _allStates = new(StringComparer.Ordinal);
    private readonly TaskMocks _mocks = new();

    private StateMachineRunner(string definition, string name, IReadOnlyDictionary<string, string>? substitutions)
    {
        StateMachineName = name;
        _graph = DefinitionReader.Read(Substitute(definition, substitutions));
        Collect(_graph);
    }

    /// <summary>The name in ARNs and <c>$$.StateMachine.Name</c>.</summary>
    public string StateMachineName { get; }

    /// <summary>
    /// A runner for ASL JSON. <paramref name="substitutions"/> replace <c>${Name}</c> placeholders in the text
    /// first, as CloudFormation's DefinitionSubstitutions do; unreplaced placeholders stay as written.
    /// </summary>
    /// <exception cref="StateMachineDefinitionException">The definition cannot run; the message says why.</exception>
    public static StateMachineRunner FromDefinition(string definition, string stateMachineName = "StateMachine", IReadOnlyDictionary<string, string>? substitutions = null) =>
        new StateMachineRunner(definition ?? throw new ArgumentNullException(nameof(definition)), stateMachineName, substitutions);

    /// <summary>A runner for an ASL file (<c>OrderFulfillment.asl.json</c>); the state machine is named after the file.</summary>
    public static StateMachineRunner FromFile(string path, IReadOnlyDictionary<string, string>? substitutions = null)
        => new StateMachineRunner(File.ReadAllText(path), NameOfFile(path), substitutions);

    /// <summary>The state machine name a definition file gives: its name up to the first dot (<c>Orders.asl.json</c> is <c>Orders</c>).</summary>
    internal static string NameOfFile(string path)
    {
        string name = Path.GetFileName(path);
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    /// <summary>
    /// A runner for a class that StepGen generated a definition for (its <c>Asl</c> and <c>Name</c> constants).
    /// </summary>
    /// <exception cref="ArgumentException">The type has no generated <c>Asl</c> constant.</exception>
    public static StateMachineRunner For(Type stateMachine, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        ArgumentNullException.ThrowIfNull(stateMachine);
        string? asl = Constant(stateMachine, "Asl");
        if (asl is null)
        {
            throw new ArgumentException(
                $"{stateMachine.FullName} has no generated 'Asl' constant: mark it [StateMachine] and reference the StepGen package, or use FromDefinition.",
                nameof(stateMachine));
        }

        return new StateMachineRunner(asl, Constant(stateMachine, "Name") ?? stateMachine.Name, substitutions);
    }

    /// <summary>Answers every call of the Task state <paramref name="stateName"/>.</summary>
    public StateMachineRunner MockState(string stateName, Func<TaskInvocation, TaskOutcome> mock)
    {
        ArgumentNullException.ThrowIfNull(mock);
        return MockState(stateName, (call, _) => Task.FromResult(mock(call)));
    }

    /// <summary>Answers every call of the Task state <paramref name="stateName"/>, asynchronously.</summary>
    public StateMachineRunner MockState(string stateName, Func<TaskInvocation, CancellationToken, Task<TaskOutcome>> mock)
    {
        RequireState<TaskDefinition>(stateName, "a Task state");
        _mocks.ByState[stateName] = mock ?? throw new ArgumentNullException(nameof(mock));
        return this;
    }

    /// <summary>Answers every Task whose Resource is <paramref name="resource"/> and that has no state mock.</summary>
    public StateMachineRunner MockResource(string resource, Func<TaskInvocation, TaskOutcome> mock)
    {
        ArgumentNullException.ThrowIfNull(mock);
        ArgumentNullException.ThrowIfNull(resource);
        if (!_allStates.Values.Any(s => s is TaskDefinition t && t.Resource == resource))
        {
            var resources = _allStates.Values.OfType<TaskDefinition>().Select(t => t.Resource).Distinct().ToList();
            throw new ArgumentException(
                $"No Task state of the state machine has the Resource '{resource}'; {(resources.Count == 0 ? "it has no Task state" : "the resources are " + string.Join(", ", resources))}.",
                nameof(resource));
        }

        _mocks.ByResource[resource] = (call, _) => Task.FromResult(mock(call));
        return this;
    }

    /// <summary>
    /// Answers the ItemReader of the distributed Map state <paramref name="mapStateName"/>: the mock receives the
    /// reader's evaluated Parameters and returns the items as a JSON array (the rows of a CSV file as objects,
    /// the objects of a bucket listing...), as the Map would receive them.
    /// </summary>
    public StateMachineRunner MockItemReader(string mapStateName, Func<TaskInvocation, TaskOutcome> mock)
    {
        RequireState<MapDefinition>(mapStateName, "a Map state");
        ArgumentNullException.ThrowIfNull(mock);
        _mocks.ItemReaders[mapStateName] = (call, _) => Task.FromResult(mock(call));
        return this;
    }

    /// <summary>
    /// Answers Tasks from one test case of a Step Functions Local mock configuration.
    /// <paramref name="stateMachine"/> picks the entry of the file (default: the only one).
    /// </summary>
    public StateMachineRunner UseMockConfig(MockConfigFile mocks, string testCase, string? stateMachine = null)
    {
        ArgumentNullException.ThrowIfNull(mocks);
        MockTestCase selected = mocks.Select(stateMachine, testCase ?? throw new ArgumentNullException(nameof(testCase)));
        foreach (string state in selected.States)
        {
            if (!_allStates.ContainsKey(state))
            {
                throw new ArgumentException(
                    $"Test case '{selected.TestCase}' of the mock configuration mocks the state '{state}', which the state machine does not have; its states are {string.Join(", ", _allStates.Keys)}.",
                    nameof(testCase));
            }
        }

        _mocks.TestCase = selected;
        return this;
    }

    /// <summary>
    /// Sends HTTP Tasks' requests to <paramref name="handler"/> (a stub, or the mocking library you use) and
    /// builds the task result from its response.
    /// </summary>
    public StateMachineRunner UseHttpHandler(HttpMessageHandler handler)
    {
        _mocks.Http = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Sends HTTP Tasks' requests to <paramref name="handler"/>.</summary>
    public StateMachineRunner UseHttpHandler(Func<HttpRequestMessage, HttpResponseMessage> handler) =>
        UseHttpHandler(new DelegatingStub(handler ?? throw new ArgumentNullException(nameof(handler))));

    /// <summary>
    /// What the EventBridge connection <paramref name="connectionArn"/> adds to HTTP requests (authorization,
    /// parameters). Without one, requests carry only what the task itself sets.
    /// </summary>
    public StateMachineRunner UseConnection(string connectionArn, HttpConnection connection)
    {
        _mocks.Connections[connectionArn ?? throw new ArgumentNullException(nameof(connectionArn))] =
            connection ?? throw new ArgumentNullException(nameof(connection));
        return this;
    }

    /// <summary>Runs one execution with <paramref name="input"/> (JSON text; null means <c>{}</c>).</summary>
    /// <exception cref="ArgumentException">The input is not JSON.</exception>
    /// <exception cref="MockMissingException">A Task ran with nothing to answer it.</exception>
    /// <exception cref="NotSupportedException">The execution reached a feature the runner does not run yet (a distributed Map's ResultWriter).</exception>
    public async Task<ExecutionResult> RunAsync(string? input = null, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExecutionOptions();
        JsonParseResult parsed = JsonParser.Parse(input ?? "{}", 512);
        if (!parsed.Success)
        {
            throw new ArgumentException($"The execution input is not JSON: {parsed.Error} at offset {parsed.ErrorOffset}.", nameof(input));
        }

        JsonNode inputNode = parsed.Value!;
        var run = new ExecutionRun(StateMachineName, inputNode, options, _mocks, _allStates.Keys, _graph.Expressions!);
        if (_graph.TimeoutSeconds is long timeout)
        {
            run.Deadline = options.StartTime.AddSeconds(timeout);
        }

        var strand = new Strand(options.StartTime, 0, new Variables(), run.History);
        JsonObject started = HistoryRecorder.WithPayload(new JsonObject(), "input", inputNode);
        started.Add("roleArn", new JsonString(run.RoleArn));
        run.History.Add(strand, "ExecutionStarted", "executionStartedEventDetails", started);

        var interpreter = new Interpreter(run);
        try
        {
            JsonNode output = await interpreter.RunAsync(_graph, inputNode, strand, cancellationToken).ConfigureAwait(false);
            run.History.Add(strand, "ExecutionSucceeded", "executionSucceededEventDetails", HistoryRecorder.WithPayload(new JsonObject(), "output", output));
            return Result(run, ExecutionStatus.Succeeded, output, null, null, strand, options);
        }
        catch (StateFailure failure)
        {
            run.History.Add(strand, "ExecutionFailed", "executionFailedEventDetails", HistoryRecorder.Details(("error", failure.Error), ("cause", failure.Cause)));
            return Result(run, ExecutionStatus.Failed, null, failure.Error, failure.Cause, strand, options);
        }
        catch (ExecutionStopped stopped)
        {
            string type = stopped.Status == ExecutionStatus.TimedOut ? "ExecutionTimedOut" : "ExecutionAborted";
            string? cause = stopped.Status == ExecutionStatus.TimedOut ? null : stopped.Message;
            run.History.Add(strand, type, char.ToLowerInvariant(type[0]) + type.Substring(1) + "EventDetails", HistoryRecorder.Details(("cause", cause)));
            return Result(run, stopped.Status, null, null, cause, strand, options);
        }
    }

    private static ExecutionResult Result(ExecutionRun run, ExecutionStatus status, JsonNode? output, string? error, string? cause, Strand strand, ExecutionOptions options)
    {
        // Branches and iterations may end later than the strand that failed; the execution stops at the last event.
        DateTimeOffset stop = strand.Now;
        foreach (HistoryEvent e in run.History.Events)
        {
            if (e.Timestamp > stop)
            {
                stop = e.Timestamp;
            }
        }

        return new ExecutionResult(status, output, error, cause, run.History.Events, run.States, options.StartTime, stop);
    }

    private void RequireState<T>(string stateName, string what)
        where T : StateDefinition
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (!_allStates.TryGetValue(stateName, out StateDefinition? state))
        {
            throw new ArgumentException($"The state machine has no state '{stateName}'; its states are {string.Join(", ", _allStates.Keys)}.", nameof(stateName));
        }

        if (state is not T)
        {
            throw new ArgumentException($"State '{stateName}' is a {state.Type} state, not {what}: only {what} can be mocked this way.", nameof(stateName));
        }
    }

    /// <summary>Every state, in branches and item processors too (state names are unique in a machine).</summary>
    private void Collect(StateGraph graph)
    {
        foreach (StateDefinition state in graph.States.Values)
        {
            _allStates.TryAdd(state.Name, state);
            if (state is ParallelDefinition parallel)
            {
                foreach (StateGraph branch in parallel.Branches)
                {
                    Collect(branch);
                }
            }
            else if (state is MapDefinition map)
            {
                Collect(map.Processor);
            }
        }
    }

    private static string? Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? field.GetRawConstantValue() as string : null;

    private static string Substitute(string definition, IReadOnlyDictionary<string, string>? substitutions)
    {
        if (substitutions is null)
        {
            return definition;
        }

        foreach (KeyValuePair<string, string> pair in substitutions)
        {
            definition = definition.Replace("${" + pair.Key + "}", pair.Value, StringComparison.Ordinal);
        }

        return definition;
    }

    private sealed class DelegatingStub : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _handler;

        public DelegatingStub(Func<HttpRequestMessage, HttpResponseMessage> handler) => _handler = handler;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(_handler(request));
    }
}
