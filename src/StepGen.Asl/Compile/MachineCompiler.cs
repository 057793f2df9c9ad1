using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Iam;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>
/// Turns a <see cref="SourceMachine"/> into ASL, an IAM policy and the problems found. This is the one
/// place where the rules live: the generator emits its output, the analyzers report its problems.
/// </summary>
public static class MachineCompiler
{
    /// <summary>Compiles a state machine. Never throws: an internal failure becomes an SG0001 problem.</summary>
    public static CompiledMachine Compile(SourceMachine machine)
    {
        try
        {
            return new MachineBuilder(machine).Build();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var problem = new Problem(
                Rules.InternalError,
                $"StepGen could not process {machine.ClassName} ({exception.GetType().Name}: {exception.Message}); the generated definition is empty. Please report this with the class that causes it.",
                new FieldRef(null, -1));
            return new CompiledMachine(
                machine.ClassName,
                machine.ClassName,
                "{}",
                "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}",
                EquatableArray<string>.Empty,
                EquatableArray<StateName>.Empty,
                new[] { problem }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The faults of an [HttpEndpoint] declaration itself (its URL, Method and ConnectionArn), found by the same
    /// rules that check an HTTP task, so that each is reported once on the declaration, whether or not a machine
    /// uses it. Locations have <see cref="FieldRef.Scope"/> set to the endpoint's key.
    /// </summary>
    public static IReadOnlyList<Problem> CheckEndpoint(SourceEndpoint endpoint)
    {
        // The declaration as one task of a throwaway machine: every rule runs exactly as for a real task, and
        // only the problems located in the declaration are kept.
        var task = new SourceAttribute("HttpTask", new[]
        {
            new SourceArgument("Endpoint", false, new SourceValue(SourceValueKind.Type, endpoint.Key)),
            new SourceArgument("End", false, SourceValue.FromBoolean(true)),
        }.ToEquatableArray());
        var start = new SourceAttribute("StateMachine", new[] { new SourceArgument("StartAt", false, SourceValue.FromString("Call")) }.ToEquatableArray());
        var probe = new SourceMachine(
            "EndpointProbe",
            true,
            new[] { start }.ToEquatableArray(),
            new[] { new SourceState("Call", true, new[] { task }.ToEquatableArray()) }.ToEquatableArray(),
            EquatableArray<SourceScope>.Empty,
            new[] { endpoint }.ToEquatableArray());

        var problems = new List<Problem>();
        foreach (Problem problem in Compile(probe).Problems)
        {
            if (problem.Location.Scope == endpoint.Key)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>
    /// SG1013 for a class that carries a state attribute but is not nested directly in a [StateMachine] or [Branch]
    /// class, where no machine would ever read it. Locations refer to <paramref name="attributes"/> with
    /// <see cref="FieldRef.StateClass"/> null.
    /// </summary>
    /// <param name="className">The class's name.</param>
    /// <param name="attributes">The class's StepGen attributes.</param>
    /// <param name="container">The name of the class it is nested in, or null at namespace level.</param>
    public static IReadOnlyList<Problem> CheckStrayState(string className, EquatableArray<SourceAttribute> attributes, string? container)
    {
        for (int i = 0; i < attributes.Count; i++)
        {
            if (StateKinds.TryParse(attributes[i].Name, out _))
            {
                string where = container is null ? "at namespace level" : $"inside {container}, which is neither a [StateMachine] nor a [Branch]";
                return new[]
                {
                    new Problem(Rules.Declaration, $"The state class {className} is declared {where}, so no state machine reads it and it is left out of every definition; nest it directly in the [StateMachine] or [Branch] class it belongs to.", new FieldRef(null, i)),
                };
            }
        }

        return Array.Empty<Problem>();
    }
}

/// <summary>A state as the compiler sees it: its kind attribute and the attributes that go with it.</summary>
internal sealed class StateEntry
{
    public StateEntry(Scope scope, SourceState source, StateKind kind, SourceAttribute attribute, int attributeIndex, string name)
    {
        Scope = scope;
        Source = source;
        Kind = kind;
        Attribute = attribute;
        AttributeIndex = attributeIndex;
        Name = name;
    }

    public Scope Scope { get; }

    public SourceState Source { get; }

    public string ClassName => Source.ClassName;

    public StateKind Kind { get; }

    public SourceAttribute Attribute { get; }

    public int AttributeIndex { get; }

    public string Name { get; }

    /// <summary>The state's generated ASL, once built.</summary>
    public JsonObject? Json { get; set; }

    /// <summary>True when the state uses JSONata: its own QueryLanguage, else the machine's.</summary>
    public bool JsonAta { get; set; }

    /// <summary>Parameters in JSONPath, Arguments in JSONata.</summary>
    public string PayloadField => JsonAta ? "Arguments" : "Parameters";

    /// <summary>The other StepGen attributes of the class ([Retry], [Header]...), with their indices.</summary>
    public List<KeyValuePair<int, SourceAttribute>> Extras { get; } = new();

    /// <summary>State names this state can transition to.</summary>
    public List<string> Targets { get; } = new();

    public FieldRef At(string? argument = null) => new(ClassName, AttributeIndex, argument, Scope: Scope.Key);

    public FieldRef AtExtra(int index, string? argument = null) => new(ClassName, index, argument, Scope: Scope.Key);
}

/// <summary>
/// One <c>States</c> object: the machine's own states, or a <c>[Branch]</c> class's. Transitions resolve only
/// within a scope; names must be unique across the whole machine.
/// </summary>
internal sealed class Scope
{
    public Scope(string? key, string className, IReadOnlyList<SourceAttribute> ownerAttributes)
    {
        Key = key;
        ClassName = className;
        OwnerAttributes = ownerAttributes;
    }

    /// <summary>The branch type key, or null for the machine.</summary>
    public string? Key { get; }

    public string ClassName { get; }

    public IReadOnlyList<SourceAttribute> OwnerAttributes { get; }

    public List<StateEntry> States { get; } = new();

    public Dictionary<string, StateEntry> ByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StateEntry> ByClass { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when a transition in this scope names no state: reachability would only repeat it.</summary>
    public bool HasUnresolved { get; set; }

    /// <summary>True when two states of this scope share a name (SG1006): transitions may resolve to the wrong one.</summary>
    public bool HasDuplicates { get; set; }

    /// <summary>The location of an argument of the scope's own [StateMachine] or [Branch] attribute.</summary>
    public FieldRef AtOwner(string ownerAttribute, string? argument = null)
    {
        for (int i = 0; i < OwnerAttributes.Count; i++)
        {
            if (OwnerAttributes[i].Name == ownerAttribute)
            {
                return new FieldRef(null, i, argument, Scope: Key);
            }
        }

        return new FieldRef(null, -1, Scope: Key);
    }

    public SourceAttribute? Owner(string ownerAttribute)
    {
        foreach (SourceAttribute attribute in OwnerAttributes)
        {
            if (attribute.Name == ownerAttribute)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>A state by ASL name, or by the class name that <c>nameof</c> gives (which maps to its ASL name).</summary>
    public StateEntry? Resolve(string reference)
    {
        if (ByName.TryGetValue(reference, out StateEntry? state))
        {
            return state;
        }

        return ByClass.TryGetValue(reference, out state) ? state : null;
    }
}

internal sealed partial class MachineBuilder
{
    private readonly SourceMachine _machine;
    private readonly List<Problem> _problems = new();
    private readonly HashSet<Problem> _reported = new();

    /// <summary>Set while a Map's ItemSelector is checked: '$$.Map' paths are valid there only.</summary>
    private bool _inItemSelector;

    /// <summary>Set while a .waitForTaskToken task's payload is checked: '$$.Task.Token' is valid there only.</summary>
    private bool _inCallbackTask;
    private readonly Scope _root;
    private readonly List<Scope> _scopes = new();
    private readonly Dictionary<string, SourceScope> _branches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEndpoint> _endpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateEntry> _allNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _branchesInProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _httpResponses = new(StringComparer.Ordinal);
    private SourceAttribute? _machineAttribute;
    private string _name;
    private bool _jsonAta;

    public MachineBuilder(SourceMachine machine)
    {
        _machine = machine;
        _name = machine.ClassName;
        _root = new Scope(null, machine.ClassName, machine.Attributes);
        foreach (SourceScope branch in machine.Branches)
        {
            _branches[branch.Key] = branch;
        }

        foreach (SourceEndpoint endpoint in machine.Endpoints)
        {
            _endpoints[endpoint.Key] = endpoint;
        }
    }

    /// <summary>Records a problem once: two tasks using one [HttpEndpoint] find its faults twice.</summary>
    private void Report(string id, string message, FieldRef at, string? suggestion = null, EquatableArray<ProblemProperty> properties = default)
    {
        var problem = new Problem(id, message, at, suggestion, properties);
        if (_reported.Add(problem))
        {
            _problems.Add(problem);
        }
    }

    private FieldRef AtMachine(string? argument = null) => _root.AtOwner("StateMachine", argument);

    public CompiledMachine Build()
    {
        ReadMachineAttribute();

        var root = new JsonObject();
        if (Args.String(_machineAttribute, "Comment") is string comment)
        {
            root.Add("Comment", J.Str(comment));
        }

        if (_jsonAta)
        {
            root.Add("QueryLanguage", J.Str("JSONata"));
        }

        SourceArgument? timeout = _machineAttribute?.Get("TimeoutSeconds");
        long? timeoutSeconds = Args.Integer(timeout);

        JsonObject body = BuildScope(_root, _machine.States, _machineAttribute, "StateMachine");
        foreach (KeyValuePair<string, JsonNode> member in body.Members)
        {
            if (member.Key == "States" && timeoutSeconds is long t)
            {
                if (t < 0 || t > 99999999)
                {
                    Report(Rules.Timeouts, $"TimeoutSeconds of the state machine is {t}; it must be a positive number of seconds no larger than 99999999.", AtMachine("TimeoutSeconds"));
                }
                else if (t == 0)
                {
                    // The States Language only says "integer"; AWS's own schema accepts 0, which most likely means "no limit" was meant.
                    Report(Rules.MachineTimeoutZero, "TimeoutSeconds of the state machine is 0; leave it out for no time limit, or give a positive number of seconds.", AtMachine("TimeoutSeconds"));
                }

                root.Add("TimeoutSeconds", J.Num(t));
            }

            root.Add(member.Key, member.Value);
        }

        string asl = JsonWriter.Write(root, indented: true);
        string iam = BuildIamPolicy(root);

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

        bool declaredInput = _machineAttribute?.Get("Input")?.Value.Kind == SourceValueKind.Type;
        EquatableArray<TypedRecord> records = TypedRecords.Derive(root, classNames, _httpResponses, inferInput: !declaredInput);
        Shape? output = CheckDataFlow(_machine.InputShape ?? InferredInput(records));
        if (_machineAttribute?.Get("Output")?.Value.Kind != SourceValueKind.Type && output is { Kind: ShapeKind.Object, Fields.Count: > 0 })
        {
            var withOutput = new List<TypedRecord>(records) { new TypedRecord("ExecutionOutput", "The execution output, as far as the definition tells: what its final states produce.", output, TypedRecordKind.ExecutionOutput) };
            records = withOutput.ToEquatableArray();
        }

        return new CompiledMachine(
            _machine.ClassName,
            _name,
            asl,
            iam,
            substitutions.ToEquatableArray(),
            names.ToEquatableArray(),
            _problems.ToEquatableArray(),
            records);
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

    private void ReadMachineAttribute()
    {
        _machineAttribute = _root.Owner("StateMachine");
        if (!_machine.IsPartial)
        {
            Report(Rules.Declaration, $"The state machine class {_machine.ClassName} (and every class it is nested in) must be declared 'partial' so that StepGen can add Name, Asl, IamPolicy and Substitutions to it.", AtMachine());
        }

        SourceArgument? nameArgument = _machineAttribute?.Get("Name");
        if (Args.String(nameArgument) is string name)
        {
            _name = name;
        }

        if (Names.MachineNameProblem(_name) is string problem)
        {
            Report(Rules.BadStateName, $"'{_name}' cannot be the name of a state machine: {problem}.", nameArgument is null ? AtMachine() : AtMachine("Name"));
        }

        _jsonAta = Args.Integer(_machineAttribute?.Get("QueryLanguage")) == 1;
    }

    /// <summary>Builds one States object with its StartAt: the machine's, or a branch's.</summary>
    private JsonObject BuildScope(Scope scope, EquatableArray<SourceState> sources, SourceAttribute? owner, string ownerName)
    {
        _scopes.Add(scope);
        CollectStates(scope, sources);

        var json = new JsonObject();
        if (scope.Key is not null && Args.String(owner, "Comment") is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        string? startAt = ResolveStartAt(scope, owner, ownerName);
        json.Add("StartAt", J.Str(startAt ?? string.Empty));

        var states = new JsonObject();
        foreach (StateEntry state in scope.States)
        {
            state.Json = BuildState(state);
            states.Add(state.Name, state.Json);
        }

        json.Add("States", states);

        if (scope.States.Count > 0 && startAt is not null && scope.ByName.ContainsKey(startAt) && !scope.HasUnresolved)
        {
            CheckReachability(scope, startAt);
        }

        return json;
    }

    /// <summary>
    /// Builds the nested machine of a [Branch] class referenced by <paramref name="key"/>; null (with a problem
    /// reported) when the type is not a [Branch] or would contain itself.
    /// </summary>
    private JsonObject? BuildBranch(string key, FieldRef at, string use)
    {
        if (!_branches.TryGetValue(key, out SourceScope? branch))
        {
            Report(Rules.RequiredField, $"{use} names {Display(key)}, which is not a class marked [Branch(StartAt = ...)]; mark it, or name a [Branch] class.", at);
            return null;
        }

        if (!_branchesInProgress.Add(key))
        {
            Report(Rules.Declaration, $"{use} names {branch.ClassName}, which contains this state: a branch cannot contain itself, directly or through other branches.", at);
            return null;
        }

        if (!branch.IsPartial)
        {
            Report(Rules.Declaration, $"The branch class {branch.ClassName} must be declared 'partial' so that StepGen can add its states' Name constants.", new FieldRef(null, -1, Scope: key));
        }

        var scope = new Scope(key, branch.ClassName, branch.Attributes);
        JsonObject json = BuildScope(scope, branch.States, scope.Owner("Branch"), "Branch");
        _branchesInProgress.Remove(key);
        return json;
    }

    private static string Display(string typeKey) => typeKey.StartsWith("global::", StringComparison.Ordinal) ? typeKey.Substring("global::".Length) : typeKey;

    private void CollectStates(Scope scope, EquatableArray<SourceState> sources)
    {
        foreach (SourceState source in sources)
        {
            StateEntry? entry = null;
            bool isBranch = false;
            for (int i = 0; i < source.Attributes.Count; i++)
            {
                SourceAttribute attribute = source.Attributes[i];
                isBranch |= attribute.Name is "Branch" or "HttpEndpoint";
                if (!StateKinds.TryParse(attribute.Name, out StateKind kind))
                {
                    continue;
                }

                if (entry is null)
                {
                    string name = Args.String(attribute.Get("Name")) ?? source.ClassName;
                    entry = new StateEntry(scope, source, kind, attribute, i, name);
                    long? language = Args.Integer(attribute.Get("QueryLanguage"));
                    entry.JsonAta = language is null ? _jsonAta : language == 1;
                }
                else
                {
                    Report(Rules.Declaration, $"{source.ClassName} already is a {entry.Attribute.Name} state; a state class carries exactly one state attribute, so remove [{attribute.Name}] or move it to a class of its own.", new FieldRef(source.ClassName, i, Scope: scope.Key));
                }
            }

            if (entry is null)
            {
                // A nested [Branch] or [HttpEndpoint] declaration is not a state; anything else with StepGen attributes needs a state attribute.
                if (!isBranch && source.Attributes.Count > 0)
                {
                    Report(Rules.Declaration, $"{source.ClassName} has [{source.Attributes[0].Name}] but no state attribute ([Pass], [Task], [HttpTask], [Choice], [Wait], [Succeed], [Fail], [Parallel] or [Map]); add one, or remove the attribute.", new FieldRef(source.ClassName, 0, Scope: scope.Key));
                }

                continue;
            }

            for (int i = 0; i < source.Attributes.Count; i++)
            {
                if (i != entry.AttributeIndex && !StateKinds.TryParse(source.Attributes[i].Name, out _))
                {
                    entry.Extras.Add(new KeyValuePair<int, SourceAttribute>(i, source.Attributes[i]));
                }
            }

            if (!source.IsPartial)
            {
                Report(Rules.Declaration, $"The state class {source.ClassName} must be declared 'partial' so that StepGen can add its Name constant.", entry.At());
            }

            FieldRef nameAt = entry.Attribute.Get("Name") is null ? entry.At() : entry.At("Name");
            if (Names.StateNameProblem(entry.Name) is string nameProblem)
            {
                Report(Rules.BadStateName, $"'{entry.Name}' cannot be a state name: {nameProblem}.", nameAt);
            }
            else if (Names.StateNameDoubt(entry.Name) is string nameDoubt)
            {
                Report(Rules.DoubtfulStateName, $"'{entry.Name}' is a doubtful state name: {nameDoubt}.", nameAt);
            }

            if (scope.Key is null && Array.IndexOf(GeneratedMembers, entry.ClassName) >= 0)
            {
                Report(Rules.Declaration, $"A state class named {entry.ClassName} hides the {entry.ClassName} member that StepGen generates on {_machine.ClassName}; rename the class and keep the state's name with Name = \"{entry.Name}\".", entry.At());
            }

            if (_allNames.TryGetValue(entry.Name, out StateEntry? existing))
            {
                string where = existing.Scope == scope ? string.Empty : $" in {existing.Scope.ClassName}";
                Report(Rules.BadStateName, $"The state name '{entry.Name}' is already used by {existing.ClassName}{where}; state names must be unique in the whole state machine, branches included.", nameAt);
                if (existing.Scope == scope)
                {
                    // Still resolvable by class name, so transitions to it do not cascade into SG1004.
                    scope.ByClass[entry.ClassName] = existing;
                    scope.HasDuplicates = true;
                    continue;
                }
            }
            else
            {
                _allNames[entry.Name] = entry;
            }

            scope.ByName[entry.Name] = entry;
            scope.ByClass[entry.ClassName] = entry;
            scope.States.Add(entry);
        }
    }

    /// <summary>Members StepGen generates on the machine class; a nested class of that name would collide.</summary>
    internal static readonly string[] GeneratedMembers = { "Name", "Asl", "IamPolicy", "Substitutions" };

    private string? Suggest(Scope scope, string reference)
    {
        var candidates = new List<string>(scope.States.Count * 2);
        foreach (StateEntry state in scope.States)
        {
            candidates.Add(state.ClassName);
            if (state.Name != state.ClassName)
            {
                candidates.Add(state.Name);
            }
        }

        string? closest = Names.Closest(reference, candidates);
        return closest is null ? null : (scope.Resolve(closest)?.ClassName ?? closest);
    }

    private string UnknownStateMessage(Scope scope, string field, string reference, out string? suggestion)
    {
        suggestion = Suggest(scope, reference);
        string message = $"{field} names '{reference}', which is not a state of {scope.ClassName}";
        if (suggestion is not null)
        {
            return message + $"; did you mean '{suggestion}'?";
        }

        if (_allNames.TryGetValue(reference, out StateEntry? elsewhere) && elsewhere.Scope != scope)
        {
            return message + $"; '{reference}' is a state of {elsewhere.Scope.ClassName}, and a transition cannot leave its own branch or machine.";
        }

        return scope.States.Count == 0
            ? message + "; it has no states yet."
            : message + $"; its states are {List(scope.States)}.";
    }

    private static string List(List<StateEntry> states)
    {
        var names = new List<string>();
        for (int i = 0; i < states.Count && i < 8; i++)
        {
            names.Add("'" + states[i].ClassName + "'");
        }

        return string.Join(", ", names) + (states.Count > 8 ? ", ..." : string.Empty);
    }

    private string? ResolveStartAt(Scope scope, SourceAttribute? owner, string ownerName)
    {
        SourceArgument? argument = owner?.Get("StartAt");
        string? startAt = Args.String(argument);
        if (startAt is null)
        {
            string hint = scope.States.Count > 0 ? $" such as StartAt = nameof({scope.States[0].ClassName})" : string.Empty;
            string what = scope.Key is null ? $"The state machine {_machine.ClassName}" : $"The branch {scope.ClassName}";
            Report(Rules.StartAt, $"{what} has no StartAt; name its first state{hint}.", scope.AtOwner(ownerName, argument is null ? null : "StartAt"), suggestion: scope.States.Count > 0 ? scope.States[0].ClassName : null);
            return null;
        }

        StateEntry? state = scope.Resolve(startAt);
        if (state is null)
        {
            string message = UnknownStateMessage(scope, "StartAt", startAt, out string? suggestion);
            Report(Rules.StartAt, message, scope.AtOwner(ownerName, "StartAt"), suggestion: suggestion);
            return startAt;
        }

        return state.Name;
    }

    private void CheckReachability(Scope scope, string startAt)
    {
        var reached = new HashSet<string>(Walk(scope, startAt), StringComparer.Ordinal);
        foreach (StateEntry state in scope.States)
        {
            if (!reached.Contains(state.Name))
            {
                Report(Rules.Unreachable, $"The state '{state.Name}' cannot be reached from StartAt: no Next, Catch or Choice rule leads to it. Transition to it from another state, or remove it.", state.At());
            }
        }

        // With two states of one name the transitions are ambiguous (SG1006); a trap found then would be noise.
        if (!scope.HasDuplicates)
        {
            CheckWayOut(scope, startAt);
        }
    }

    /// <summary>
    /// SG1012: every state reached from StartAt must have some path to an end (a Succeed or Fail state, or
    /// End = true). Reports once per trap, on the first of its states that StartAt reaches.
    /// </summary>
    private void CheckWayOut(Scope scope, string startAt)
    {
        // Walk the transitions backwards from every state that ends the scope.
        var predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var canEnd = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (StateEntry state in scope.States)
        {
            foreach (string target in state.Targets)
            {
                if (!predecessors.TryGetValue(target, out List<string>? list))
                {
                    predecessors[target] = list = new List<string>();
                }

                list.Add(state.Name);
            }

            // A state with no transition at all already has SG1002; it is not also a trap.
            bool ends = state.Kind is StateKind.Succeed or StateKind.Fail || state.Json?.Get("End") is not null || state.Targets.Count == 0;
            if (ends && canEnd.Add(state.Name))
            {
                queue.Enqueue(state.Name);
            }
        }

        while (queue.Count > 0)
        {
            if (predecessors.TryGetValue(queue.Dequeue(), out List<string>? from))
            {
                foreach (string name in from)
                {
                    if (canEnd.Add(name))
                    {
                        queue.Enqueue(name);
                    }
                }
            }
        }

        // Forward from StartAt, in order: the first state on a cycle that cannot end is where the loop is entered.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in Walk(scope, startAt))
        {
            if (canEnd.Contains(name) || reported.Contains(name) || !scope.ByName.TryGetValue(name, out StateEntry? entry) || !OnCycle(scope, entry))
            {
                continue;
            }

            var trap = new List<string>();
            foreach (string member in Walk(scope, name))
            {
                if (reported.Add(member))
                {
                    trap.Add(member);
                }
            }

            string members = trap.Count == 1
                ? $"'{entry.Name}' leads only back to itself, with no Succeed, Fail or End = true on the way"
                : $"{Names.Quoted(trap, 6)} lead only to one another, with no Succeed, Fail or End = true among them";
            Report(Rules.NoWayOut, $"Once the execution reaches '{entry.Name}' it can never end: {members}. A Standard execution runs until the 25,000-event history limit or its timeout fails it. Add a Choice rule or a Catch that leads out of the loop.", entry.At());
        }
    }

    /// <summary>True when some path of transitions leads from the state back to itself.</summary>
    private static bool OnCycle(Scope scope, StateEntry state)
    {
        foreach (string target in state.Targets)
        {
            if (Walk(scope, target).Contains(state.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names reached from <paramref name="start"/> along transitions, breadth first, start included.</summary>
    private static List<string> Walk(Scope scope, string start)
    {
        var order = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        for (int i = 0; i < order.Count; i++)
        {
            if (scope.ByName.TryGetValue(order[i], out StateEntry? state))
            {
                foreach (string target in state.Targets)
                {
                    if (seen.Add(target))
                    {
                        order.Add(target);
                    }
                }
            }
        }

        return order;
    }

    private string BuildIamPolicy(JsonObject root)
    {
        var custom = new List<JsonObject>();
        for (int i = 0; i < _machine.Attributes.Count; i++)
        {
            SourceAttribute attribute = _machine.Attributes[i];
            if (attribute.Name == "IamStatement")
            {
                JsonObject? statement = BuildCustomStatement(attribute, new FieldRef(null, i));
                if (statement is not null)
                {
                    custom.Add(statement);
                }
            }
        }

        IamPolicyResult result = IamPolicyDerivation.Derive(root, _name, custom);
        CheckIamStatements(root);
        // A state whose fields were refused or did not parse does not yet say what it calls: its errors come first,
        // and an IAM warning about the half-read call would only repeat them.
        var unsettled = new HashSet<string>(StringComparer.Ordinal);
        foreach (Problem problem in _problems)
        {
            if (problem.Id is Rules.BadJson or Rules.FieldNotAllowed or Rules.RequiredField && problem.Location.StateClass is string stateClass)
            {
                unsettled.Add(stateClass);
            }
        }

        foreach (IamNote note in result.Notes)
        {
            if (_allNames.TryGetValue(note.StateName, out StateEntry? noted) && unsettled.Contains(noted.ClassName))
            {
                continue;
            }

            FieldRef at = _allNames.TryGetValue(note.StateName, out StateEntry? state) ? state.At("Resource") : AtMachine();
            if (state is not null && state.Attribute.Get("Resource") is null)
            {
                at = state.At();
            }

            if (state is not null && note.Parameter is string parameter && AtParameter(state, parameter) is FieldRef exact)
            {
                at = exact;
            }

            Report(Rules.IamNotDerived, note.Message, at);
        }

        return JsonWriter.Write(result.Policy, indented: true);
    }

    /// <summary>
    /// Where a task parameter is written: its <c>[Parameter]</c> attribute's value or Path, or its key inside the
    /// <c>Parameters</c>/<c>Arguments</c> JSON text; null when neither holds it.
    /// </summary>
    private static FieldRef? AtParameter(StateEntry state, string parameter)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == "Parameter" && Args.String(extra.Value.Get("name")) == parameter)
            {
                return state.AtExtra(extra.Key, extra.Value.Get("Path") is not null ? "Path" : extra.Value.Get("value") is not null ? "value" : "name");
            }
        }

        if (state.Attribute.Get(state.PayloadField) is not null && state.Json?.Get(state.PayloadField) is JsonObject payload)
        {
            string key = payload.Get(parameter + ".$") is not null ? parameter + ".$" : parameter;
            if (payload.Get(key) is not null)
            {
                return InJson(state.At(state.PayloadField), payload.KeySpan(key), key.Length).At;
            }
        }

        return null;
    }

    private JsonObject? BuildCustomStatement(SourceAttribute attribute, FieldRef at)
    {
        var statement = new JsonObject();
        string effect = Args.String(attribute.Get("Effect")) ?? "Allow";
        if (effect != "Allow" && effect != "Deny")
        {
            Report(Rules.RequiredField, $"Effect is '{effect}'; an IAM statement's Effect is \"Allow\" or \"Deny\".", at with { Argument = "Effect" });
        }

        statement.Add("Effect", J.Str(effect));
        List<string> actions = Args.Strings(attribute.Get("Actions"));
        if (actions.Count == 0)
        {
            Report(Rules.RequiredField, "[IamStatement] needs at least one action, e.g. Actions = new[] { \"sns:Publish\" }.", attribute.Get("Actions") is null ? at : at with { Argument = "Actions" });
            return null;
        }

        statement.Add("Action", J.Strings(actions));
        List<string> resources = Args.Strings(attribute.Get("Resources"));
        if (resources.Count == 0)
        {
            Report(Rules.RequiredField, "[IamStatement] needs at least one resource ARN, e.g. Resources = new[] { \"arn:aws:sns:us-east-1:123456789012:alerts\" }.", attribute.Get("Resources") is null ? at : at with { Argument = "Resources" });
            return null;
        }

        statement.Add("Resource", J.Strings(resources));
        SourceArgument? condition = attribute.Get("Condition");
        if (condition is not null)
        {
            JsonNode? value = ParseJsonArgument(condition, at with { Argument = "Condition" }, "Condition", requireObject: true);
            if (value is not null)
            {
                statement.Add("Condition", value);
            }
        }

        return statement;
    }
}
