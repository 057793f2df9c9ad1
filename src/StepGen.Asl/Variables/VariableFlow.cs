using System;
using System.Collections.Generic;
using StepGen.Asl.Json;

namespace StepGen.Asl.Variables;

/// <summary>
/// Which workflow variables hold a value when each state is entered, from an ASL definition alone (ASL-SPEC 2.5):
/// a state's <c>Assign</c> takes effect on its way out, so the states after it see the values; a Catcher's
/// <c>Assign</c> replaces the state's on the error path; a matched Choice rule applies only its own <c>Assign</c>,
/// the top-level one goes with <c>Default</c>. A Parallel branch or Map iteration starts with the variables of the scope
/// around it as of the Parallel or Map state's entry, and what it assigns never leaves it.
/// </summary>
/// <remarks>
/// A forward data-flow over each scope's transitions: "must" sets (assigned on every path: intersections) and
/// "may" sets (on some path: unions). States the start never reaches and the states of a distributed Map's child
/// workflows (whether they see the parent's variables is not documented) are not judged: every read there counts
/// as assigned. Pure: no Roslyn, no I/O; the compiler and the linter read it the same way.
/// </remarks>
public sealed class VariableFlow
{
    private const int MaxDepth = 64;

    private readonly Dictionary<string, StateSets> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _enclosing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _assignedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assignedAnywhere = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _assignedBy = new(StringComparer.Ordinal);

    private VariableFlow()
    {
    }

    /// <summary>Analyzes a whole definition (the object with <c>StartAt</c> and <c>States</c>). Never throws.</summary>
    public static VariableFlow Analyze(JsonObject definition)
    {
        var flow = new VariableFlow();
        flow.AnalyzeScope(definition, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), enclosing: null, judged: true, depth: 0);
        return flow;
    }

    /// <summary>Whether <paramref name="variable"/> holds a value when <paramref name="stateName"/> is entered.</summary>
    public VariableAvailability Availability(string stateName, string variable)
    {
        if (!_states.TryGetValue(stateName, out StateSets? sets) || !sets.Judged || sets.Must is null)
        {
            return VariableAvailability.Assigned;
        }

        return sets.Must.Contains(variable) ? VariableAvailability.Assigned
            : sets.May.Contains(variable) ? VariableAvailability.SometimesAssigned
            : VariableAvailability.NeverAssigned;
    }

    /// <summary>
    /// The Parallel and Map states whose branches or iterations assign <paramref name="variable"/> and do not contain
    /// <paramref name="stateName"/>: assignments the state cannot see, because they stay inside.
    /// </summary>
    public IReadOnlyList<string> AssignedOnlyInside(string stateName, string variable)
    {
        if (!_assignedInside.TryGetValue(variable, out List<string>? owners))
        {
            return Array.Empty<string>();
        }

        var enclosing = new HashSet<string>(StringComparer.Ordinal);
        for (string? at = Enclosing(stateName); at is not null && enclosing.Add(at); at = Enclosing(at))
        {
        }

        var result = new List<string>();
        foreach (string owner in owners)
        {
            if (!enclosing.Contains(owner) && !result.Contains(owner))
            {
                result.Add(owner);
            }
        }

        return result;
    }

    /// <summary>Every variable some state of the definition assigns, for suggestions.</summary>
    public IReadOnlyCollection<string> AssignedAnywhere => _assignedAnywhere;

    /// <summary>True when <paramref name="stateName"/> itself assigns <paramref name="variable"/> (its Assign, a rule's or a Catcher's).</summary>
    public bool AssignsItself(string stateName, string variable) =>
        _assignedBy.TryGetValue(stateName, out List<string>? names) && names.Contains(variable);

    /// <summary>The names an <c>Assign</c> object sets (a JSONPath <c>.$</c> suffix removed).</summary>
    public static IEnumerable<string> AssignedBy(JsonNode? assign)
    {
        if (assign is not JsonObject variables)
        {
            yield break;
        }

        foreach (KeyValuePair<string, JsonNode> member in variables.Members)
        {
            yield return member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
        }
    }

    private string? Enclosing(string stateName) => _enclosing.TryGetValue(stateName, out string? owner) ? owner : null;

    private void AnalyzeScope(JsonObject scope, HashSet<string> entryMust, HashSet<string> entryMay, string? enclosing, bool judged, int depth)
    {
        if (depth > MaxDepth || scope.Get("States") is not JsonObject states)
        {
            return;
        }

        var local = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> member in states.Members)
        {
            if (member.Value is JsonObject state && !local.ContainsKey(member.Key) && !_states.ContainsKey(member.Key))
            {
                local.Add(member.Key, state);
                _states[member.Key] = new StateSets(judged);
                _enclosing[member.Key] = enclosing;
                var names = new List<string>(EveryAssignment(state));
                _assignedBy[member.Key] = names;
                _assignedAnywhere.UnionWith(names);
            }
        }

        if (scope.Get("StartAt") is JsonString { Value: var startAt } && local.ContainsKey(startAt))
        {
            StateSets start = _states[startAt];
            start.Must = new HashSet<string>(entryMust, StringComparer.Ordinal);
            start.May.UnionWith(entryMay);
            Propagate(local, startAt);
        }

        foreach (KeyValuePair<string, JsonObject> state in local)
        {
            AnalyzeNested(state.Key, state.Value, judged, depth);
        }
    }

    /// <summary>The worklist: pushes each state's sets along its edges until nothing changes.</summary>
    private void Propagate(Dictionary<string, JsonObject> local, string startAt)
    {
        var edges = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
        var work = new Queue<string>();
        var queued = new HashSet<string>(StringComparer.Ordinal) { startAt };
        work.Enqueue(startAt);
        while (work.Count > 0)
        {
            string name = work.Dequeue();
            queued.Remove(name);
            StateSets from = _states[name];
            if (!edges.TryGetValue(name, out List<Edge>? ways))
            {
                edges[name] = ways = Edges(local[name]);
            }

            foreach (Edge edge in ways)
            {
                if (!local.ContainsKey(edge.Target))
                {
                    continue;
                }

                StateSets to = _states[edge.Target];
                bool changed = false;
                var mustOut = new HashSet<string>(from.Must!, StringComparer.Ordinal);
                mustOut.UnionWith(edge.Must);
                if (to.Must is null)
                {
                    to.Must = mustOut;
                    changed = true;
                }
                else
                {
                    int before = to.Must.Count;
                    to.Must.IntersectWith(mustOut);
                    changed |= to.Must.Count != before;
                }

                int mayBefore = to.May.Count;
                to.May.UnionWith(from.May);
                to.May.UnionWith(edge.May);
                changed |= to.May.Count != mayBefore;
                if (changed && queued.Add(edge.Target))
                {
                    work.Enqueue(edge.Target);
                }
            }
        }
    }

    private void AnalyzeNested(string name, JsonObject state, bool judged, int depth)
    {
        StateSets sets = _states[name];
        var must = sets.Must ?? new HashSet<string>(StringComparer.Ordinal);
        bool reached = sets.Must is not null;
        if (state.Get("Branches") is JsonArray branches)
        {
            foreach (JsonNode branch in branches.Items)
            {
                if (branch is JsonObject scope)
                {
                    NoteAssignmentsInside(name, scope, depth);
                    AnalyzeScope(scope, must, sets.May, name, judged && reached, depth + 1);
                }
            }
        }

        if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
        {
            bool distributed = processor.Get("ProcessorConfig") is JsonObject config && config.Get("Mode") is JsonString { Value: "DISTRIBUTED" };
            NoteAssignmentsInside(name, processor, depth);
            AnalyzeScope(processor, must, sets.May, name, judged && reached && !distributed, depth + 1);
        }
    }

    /// <summary>Records every variable a branch or processor assigns anywhere inside, under the state that owns it.</summary>
    private void NoteAssignmentsInside(string owner, JsonObject scope, int depth)
    {
        if (depth > MaxDepth || scope.Get("States") is not JsonObject states)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> member in states.Members)
        {
            if (member.Value is not JsonObject state)
            {
                continue;
            }

            foreach (string variable in EveryAssignment(state))
            {
                if (!_assignedInside.TryGetValue(variable, out List<string>? owners))
                {
                    _assignedInside[variable] = owners = new List<string>();
                }

                if (!owners.Contains(owner))
                {
                    owners.Add(owner);
                }
            }

            if (state.Get("Branches") is JsonArray branches)
            {
                foreach (JsonNode branch in branches.Items)
                {
                    if (branch is JsonObject inner)
                    {
                        NoteAssignmentsInside(owner, inner, depth + 1);
                    }
                }
            }

            if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
            {
                NoteAssignmentsInside(owner, processor, depth + 1);
            }
        }
    }

    /// <summary>
    /// A state's ways out with what each assigns. A matched Choice rule applies its own Assign and nothing else; the
    /// state's top-level Assign goes with Default only (States Language specification, Choice State; the runner
    /// follows the same reading).
    /// </summary>
    private static List<Edge> Edges(JsonObject state)
    {
        var edges = new List<Edge>();
        var top = new List<string>(AssignedBy(state.Get("Assign")));
        if (state.Get("Next") is JsonString { Value: var next })
        {
            edges.Add(new Edge(next, top, top));
        }

        if (state.Get("Default") is JsonString { Value: var fallback })
        {
            edges.Add(new Edge(fallback, top, top));
        }

        if (state.Get("Choices") is JsonArray rules)
        {
            foreach (JsonNode item in rules.Items)
            {
                if (item is JsonObject rule && rule.Get("Next") is JsonString { Value: var target })
                {
                    var ruleAssigns = new List<string>(AssignedBy(rule.Get("Assign")));
                    edges.Add(new Edge(target, ruleAssigns, ruleAssigns));
                }
            }
        }

        if (state.Get("Catch") is JsonArray catchers)
        {
            foreach (JsonNode item in catchers.Items)
            {
                if (item is JsonObject catcher && catcher.Get("Next") is JsonString { Value: var target })
                {
                    var assigns = new List<string>(AssignedBy(catcher.Get("Assign")));
                    edges.Add(new Edge(target, assigns, assigns));
                }
            }
        }

        return edges;
    }

    /// <summary>Every name a state assigns on any way out, an end included: its own, its Choice rules' and its Catchers'.</summary>
    private static IEnumerable<string> EveryAssignment(JsonObject state)
    {
        foreach (string name in AssignedBy(state.Get("Assign")))
        {
            yield return name;
        }

        foreach (string list in new[] { "Choices", "Catch" })
        {
            if (state.Get(list) is JsonArray items)
            {
                foreach (JsonNode item in items.Items)
                {
                    if (item is JsonObject withAssign)
                    {
                        foreach (string name in AssignedBy(withAssign.Get("Assign")))
                        {
                            yield return name;
                        }
                    }
                }
            }
        }
    }

    private sealed record Edge(string Target, List<string> Must, List<string> May);

    /// <summary>The sets at one state's entry: <see cref="Must"/> is null until some path reaches the state.</summary>
    private sealed class StateSets
    {
        public StateSets(bool judged) => Judged = judged;

        public bool Judged { get; }

        public HashSet<string>? Must { get; set; }

        public HashSet<string> May { get; } = new(StringComparer.Ordinal);
    }
}
