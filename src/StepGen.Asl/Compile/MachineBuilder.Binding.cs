using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Graph;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

/// <summary>
/// Binding: reads the machine attribute, gathers each scope's states (names, duplicates, branches) and resolves
/// StartAt; then the scope's graph checks (SG1005, SG1012) run on what was bound.
/// </summary>
internal sealed partial class MachineBuilder
{
    private void ReadMachineAttribute()
    {
        _machineAttribute = _root.Owner(AttributeNames.StateMachine);
        if (!_machine.IsPartial)
        {
            Report(Rules.Declaration, $"The state machine class {_machine.ClassName} (and every class it is nested in) must be declared 'partial' so that StepGen can add Name, Asl, IamPolicy and Substitutions to it.", AtMachine());
        }

        SourceArgument? nameArgument = _machineAttribute?.Get(ArgumentNames.Name);
        if (Args.String(nameArgument) is string name)
        {
            _name = name;
        }

        if (Names.MachineNameProblem(_name) is string problem)
        {
            Report(Rules.BadStateName, $"'{_name}' cannot be the name of a state machine: {problem}.", nameArgument is null ? AtMachine() : AtMachine(ArgumentNames.Name));
        }

        _jsonAta = Args.Integer(_machineAttribute?.Get(ArgumentNames.QueryLanguage)) == 1;
    }

    /// <summary>Builds one States object with its StartAt: the machine's, or a branch's.</summary>
    private JsonObject BuildScope(Scope scope, EquatableArray<SourceState> sources, SourceAttribute? owner, string ownerName)
    {
        _scopes.Add(scope);
        CollectStates(scope, sources);

        var json = new JsonObject();
        if (scope.Key is not null && Args.String(owner, ArgumentNames.Comment) is string comment)
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
            Report(Rules.RequiredField, $"{use} names {Names.TypeDisplay(key)}, which is not a class marked [Branch(StartAt = ...)]; mark it, or name a [Branch] class.", at);
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
        JsonObject json = BuildScope(scope, branch.States, scope.Owner(AttributeNames.Branch), AttributeNames.Branch);
        _branchesInProgress.Remove(key);
        return json;
    }

    private void CollectStates(Scope scope, EquatableArray<SourceState> sources)
    {
        foreach (SourceState source in sources)
        {
            StateEntry? entry = null;
            bool isBranch = false;
            for (int i = 0; i < source.Attributes.Count; i++)
            {
                SourceAttribute attribute = source.Attributes[i];
                isBranch |= attribute.Name is AttributeNames.Branch or AttributeNames.HttpEndpoint;
                if (!StateKinds.TryParse(attribute.Name, out StateKind kind))
                {
                    continue;
                }

                if (entry is null)
                {
                    string name = Args.String(attribute.Get(ArgumentNames.Name)) ?? source.ClassName;
                    entry = new StateEntry(scope, source, kind, attribute, i, name);
                    long? language = Args.Integer(attribute.Get(ArgumentNames.QueryLanguage));
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

            FieldRef nameAt = entry.Attribute.Get(ArgumentNames.Name) is null ? entry.At() : entry.At(ArgumentNames.Name);
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
                string where = existing.Scope == scope ? string.Empty : $" in {ScopeName(existing.Scope)}";
                string user = _problems.Dialect == SourceDialect.AslJson ? "another state" : existing.ClassName;
                Report(Rules.BadStateName, $"The state name '{entry.Name}' is already used by {user}{where}; state names must be unique in the whole state machine, branches included.", nameAt);
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
        if (closest is null)
        {
            return null;
        }

        // The code fixes take a class name, which nameof needs; a JSON definition names the state itself.
        StateEntry? match = scope.Resolve(closest);
        return _problems.Dialect == SourceDialect.AslJson ? match?.Name ?? closest : match?.ClassName ?? closest;
    }

    /// <summary>The scope as a message names it: its class in C#; in a JSON definition, the machine or the branch by its first state.</summary>
    private string ScopeName(Scope scope)
    {
        if (_problems.Dialect != SourceDialect.AslJson)
        {
            return scope.ClassName;
        }

        return scope.Key is null ? "the state machine" : $"the branch that starts at '{Args.String(scope.Owner(AttributeNames.Branch), ArgumentNames.StartAt)}'";
    }

    private string UnknownStateMessage(Scope scope, string field, string reference, out string? suggestion)
    {
        suggestion = Suggest(scope, reference);
        string message = $"{field} names '{reference}', which is not a state of {ScopeName(scope)}";
        if (suggestion is not null)
        {
            return message + $"; did you mean '{suggestion}'?";
        }

        if (_allNames.TryGetValue(reference, out StateEntry? elsewhere) && elsewhere.Scope != scope)
        {
            return message + $"; '{reference}' is a state of {ScopeName(elsewhere.Scope)}, and a transition cannot leave its own branch or machine.";
        }

        return scope.States.Count == 0
            ? message + "; it has no states yet."
            : message + $"; its states are {List(scope.States)}.";
    }

    private string List(List<StateEntry> states)
    {
        var names = new List<string>();
        for (int i = 0; i < states.Count && i < 8; i++)
        {
            names.Add("'" + (_problems.Dialect == SourceDialect.AslJson ? states[i].Name : states[i].ClassName) + "'");
        }

        return string.Join(", ", names) + (states.Count > 8 ? ", ..." : string.Empty);
    }

    private string? ResolveStartAt(Scope scope, SourceAttribute? owner, string ownerName)
    {
        SourceArgument? argument = owner?.Get(ArgumentNames.StartAt);
        string? startAt = Args.String(argument);
        if (startAt is null)
        {
            string hint = scope.States.Count > 0 ? " such as " + Phrases.Field(_problems.Dialect, "StartAt", _problems.Dialect == SourceDialect.AslJson ? scope.States[0].Name : scope.States[0].ClassName) : string.Empty;
            string what = _problems.Dialect == SourceDialect.AslJson ? (scope.Key is null ? "The state machine" : "A branch") : scope.Key is null ? $"The state machine {_machine.ClassName}" : $"The branch {scope.ClassName}";
            Report(Rules.StartAt, $"{what} has no StartAt; name its first state{hint}.", scope.AtOwner(ownerName, argument is null ? null : ArgumentNames.StartAt), suggestion: scope.States.Count > 0 ? scope.States[0].ClassName : null);
            return null;
        }

        StateEntry? state = scope.Resolve(startAt);
        if (state is null)
        {
            string message = UnknownStateMessage(scope, "StartAt", startAt, out string? suggestion);
            Report(Rules.StartAt, message, scope.AtOwner(ownerName, ArgumentNames.StartAt), suggestion: suggestion);
            return startAt;
        }

        return state.Name;
    }

    /// <summary>SG1005 for each state StartAt does not reach, and SG1012 for each loop with no way out.</summary>
    private void CheckReachability(Scope scope, string startAt)
    {
        var states = new List<GraphState>(scope.States.Count);
        foreach (StateEntry state in scope.States)
        {
            bool ends = state.Kind is StateKind.Succeed or StateKind.Fail || state.Json?.Get("End") is not null;
            states.Add(new GraphState(state.Name, state.Targets, ends));
        }

        var graph = new StateGraph(states);
        foreach (GraphState unreachable in graph.Unreachable(startAt))
        {
            Report(Rules.Unreachable, $"The state '{unreachable.Name}' cannot be reached from StartAt: no Next, Catch or Choice rule leads to it. Transition to it from another state, or remove it.", scope.ByName[unreachable.Name].At());
        }

        // With two states of one name the transitions are ambiguous (SG1006); a trap found then would be noise.
        if (scope.HasDuplicates)
        {
            return;
        }

        foreach (Trap trap in graph.Traps(startAt))
        {
            string members = trap.Members.Count == 1
                ? $"'{trap.Entry}' leads only back to itself, with no Succeed, Fail or {Phrases.End(_problems.Dialect)} on the way"
                : $"{Names.Quoted(trap.Members, 6)} lead only to one another, with no Succeed, Fail or {Phrases.End(_problems.Dialect)} among them";
            Report(Rules.NoWayOut, $"Once the execution reaches '{trap.Entry}' it can never end: {members}. A Standard execution runs until the 25,000-event history limit or its timeout fails it. Add a Choice rule or a Catch that leads out of the loop.", scope.ByName[trap.Entry].At());
        }
    }
}
