using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Http;
using StepGen.Asl.Checks.JsonAta;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Checks.Security;
using StepGen.Asl.Checks.Structure;
using StepGen.Asl.Collections;
using StepGen.Asl.Graph;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

/// <summary>
/// Compiles one machine: binds its attribute bag into scopes of states, writes the ASL while the checkers report into
/// one <see cref="ProblemSink"/>, then derives the IAM policy and the typed records. Split over
/// <c>MachineBuilder.*.cs</c> by what it writes; the checkers live in <c>Checks/</c> (one folder per rule family) and
/// <c>Graph/</c>, take values, and are called where each value is written, so the problems keep their order.
/// </summary>
internal sealed partial class MachineBuilder
{
    private readonly SourceMachine _machine;
    private readonly ProblemSink _problems;
    private readonly PathChecker _paths;
    private readonly DocumentedValueChecker _documentedValues;
    private readonly CredentialChecker _credentials;
    private readonly RunTimeHostChecker _runTimeHost;
    private readonly EndpointDeclarationChecker _endpointDeclarations;
    private readonly ApiEndpointChecker _apiEndpoint;
    private readonly MethodChecker _method;
    private readonly ConnectionChecker _connection;
    private readonly HeaderChecker _headers;
    private readonly RequestBodyChecker _requestBody;
    private readonly RequestEncodingChecker _requestEncoding;
    private readonly HttpTimeLimitChecker _httpTimeLimit;
    private readonly RetryCatchChecker _retryCatch;
    private readonly ConditionChecker _conditions;
    private readonly ChoiceRuleChecker _choiceRules;
    private readonly ChoiceChecker _choices;
    private readonly ParallelMapChecker _parallelMap;
    private readonly StateFieldChecker _stateFields;
    private readonly TimeoutChecker _timeouts;
    private readonly WaitChecker _wait;
    private readonly TransitionChecker _transitions;
    private readonly VariableReadChecker _variableReads;
    private readonly JsonAtaStateChecker _jsonAtaStates;

    private readonly Scope _root;
    private readonly List<Scope> _scopes = new();
    private readonly Dictionary<string, SourceScope> _branches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateEntry> _allNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _branchesInProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _httpResponses = new(StringComparer.Ordinal);
    private SourceAttribute? _machineAttribute;
    private string _name;
    private bool _jsonAta;

    public MachineBuilder(SourceMachine machine)
    {
        _machine = machine;
        _problems = new ProblemSink(machine.Options?.Dialect ?? SourceDialect.Attributes);
        _name = machine.ClassName;
        _root = new Scope(null, machine.ClassName, machine.Attributes);
        foreach (SourceScope branch in machine.Branches)
        {
            _branches[branch.Key] = branch;
        }

        var endpoints = new Dictionary<string, SourceEndpoint>(StringComparer.Ordinal);
        foreach (SourceEndpoint endpoint in machine.Endpoints)
        {
            endpoints[endpoint.Key] = endpoint;
        }

        _paths = new PathChecker(_problems);
        _documentedValues = new DocumentedValueChecker(_problems);
        _credentials = new CredentialChecker(_problems);
        _runTimeHost = new RunTimeHostChecker(_problems);
        _endpointDeclarations = new EndpointDeclarationChecker(_problems, endpoints);
        _apiEndpoint = new ApiEndpointChecker(_problems, _paths, _runTimeHost);
        _method = new MethodChecker(_problems, _paths);
        _connection = new ConnectionChecker(_problems, _paths);
        _headers = new HeaderChecker(_problems);
        _requestBody = new RequestBodyChecker(_problems);
        _requestEncoding = new RequestEncodingChecker(_problems, _documentedValues);
        _httpTimeLimit = new HttpTimeLimitChecker(_problems);
        _retryCatch = new RetryCatchChecker(_problems);
        _conditions = new ConditionChecker(_problems, _paths);
        _choiceRules = new ChoiceRuleChecker(_problems, _paths);
        _choices = new ChoiceChecker(_problems);
        _parallelMap = new ParallelMapChecker(_problems, _documentedValues);
        _stateFields = new StateFieldChecker(_problems);
        _timeouts = new TimeoutChecker(_problems);
        _wait = new WaitChecker(_problems);
        _transitions = new TransitionChecker(_problems);
        _variableReads = new VariableReadChecker(_problems);
        _jsonAtaStates = new JsonAtaStateChecker(_problems, new JsonAtaExpressionChecker(_problems, _variableReads));
    }

    private void Report(string id, string message, FieldRef at, string? suggestion = null, EquatableArray<ProblemProperty> properties = default) =>
        _problems.Report(id, message, at, suggestion, properties);

    private FieldRef AtMachine(string? argument = null) => _root.AtOwner(AttributeNames.StateMachine, argument);

    public CompiledMachine Build()
    {
        ReadMachineAttribute();

        var root = new JsonObject();
        if (Args.String(_machineAttribute, ArgumentNames.Comment) is string comment)
        {
            root.Add("Comment", J.Str(comment));
        }

        if (Args.String(_machineAttribute, ArgumentNames.Version) is string version)
        {
            root.Add("Version", J.Str(version));
        }

        if (_jsonAta || _machineAttribute?.Get(ArgumentNames.QueryLanguage) is not null)
        {
            root.Add("QueryLanguage", J.Str(_jsonAta ? "JSONata" : "JSONPath"));
        }

        SourceArgument? timeout = _machineAttribute?.Get(ArgumentNames.TimeoutSeconds);
        long? timeoutSeconds = Args.Integer(timeout);

        JsonObject body = BuildScope(_root, _machine.States, _machineAttribute, AttributeNames.StateMachine);
        foreach (KeyValuePair<string, JsonNode> member in body.Members)
        {
            if (member.Key == "States" && timeoutSeconds is long t)
            {
                _timeouts.CheckMachine(t, AtMachine(ArgumentNames.TimeoutSeconds));
                root.Add("TimeoutSeconds", J.Num(t));
            }

            root.Add(member.Key, member.Value);
        }

        CheckExpressions(root);
        string asl = JsonWriter.Write(root, indented: true);
        string iam = BuildIamPolicy(root);
        string mermaid = MermaidDiagram.Write(root);

        var substitutions = new SortedSet<string>(StringComparer.Ordinal);
        Substitutions.Collect(asl, substitutions);
        Substitutions.Collect(iam, substitutions);

        var names = new List<StateName>();
        var classNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Scope scope in _scopes)
        {
            foreach (StateEntry state in scope.States)
            {
                names.Add(new StateName(state.ClassName, state.Name, scope.Key));
                classNames[state.Name] = state.ClassName;
            }
        }

        bool declaredInput = _machineAttribute?.Get(ArgumentNames.Input)?.Value.Kind == SourceValueKind.Type;
        EquatableArray<TypedRecord> records = TypedRecords.Derive(root, classNames, _httpResponses, inferInput: !declaredInput);
        Shape? output = new DataFlowChecker(_problems, _root, Args.String(_machineAttribute, ArgumentNames.StartAt), _httpResponses).Check(_machine.InputShape ?? InferredInput(records));
        if (_machineAttribute?.Get(ArgumentNames.Output)?.Value.Kind != SourceValueKind.Type && output is { Kind: ShapeKind.Object, Fields.Count: > 0 })
        {
            var withOutput = new List<TypedRecord>(records) { new TypedRecord("ExecutionOutput", "The execution output, as far as the definition tells: what its final states produce.", output, TypedRecordKind.ExecutionOutput) };
            records = withOutput.ToEquatableArray();
        }

        return new CompiledMachine(
            _machine.ClassName,
            _name,
            asl,
            iam,
            mermaid,
            substitutions.ToEquatableArray(),
            names.ToEquatableArray(),
            _problems.Problems.ToEquatableArray(),
            records);
    }

    /// <summary>
    /// The JSONata expressions of every state (SG2008-SG2010, SG2014) and the variables they read (SG2011-SG2013),
    /// once the whole definition exists: whether a variable is assigned depends on every state before the read.
    /// </summary>
    private void CheckExpressions(JsonObject definition)
    {
        foreach (Scope scope in _scopes)
        {
            foreach (StateEntry state in scope.States)
            {
                _jsonAtaStates.Check(state);
            }
        }

        _variableReads.Report(definition);
    }

    private static Shape InferredInput(EquatableArray<TypedRecord> records)
    {
        foreach (TypedRecord record in records)
        {
            if (record.Kind == TypedRecordKind.ExecutionInput)
            {
                return record.Shape;
            }
        }

        return Shape.EmptyObject;
    }
}
