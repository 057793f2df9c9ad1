using System;
using System.Collections.Generic;

namespace StepGen.Asl.Graph;

/// <summary>One state of a scope (a machine, a Parallel branch or a Map processor) as the graph sees it.</summary>
/// <param name="Name">The state's name.</param>
/// <param name="Targets">Where it can go next: Next, Default, each Choice rule's Next, each Catch's Next.</param>
/// <param name="Ends">True when it can end the scope: Succeed, Fail or End = true.</param>
public sealed record GraphState(string Name, IReadOnlyList<string> Targets, bool Ends);

/// <summary>States that, once entered, can never reach an end: <paramref name="Entry"/> is where the execution gets in.</summary>
public sealed record Trap(string Entry, IReadOnlyList<string> Members);

/// <summary>
/// The transitions of one scope, and what follows from them alone: which states StartAt reaches (SG1005) and which
/// loops have no way out (SG1012). Pure functions of the states given; the compiler reports what they find.
/// </summary>
public sealed class StateGraph
{
    private readonly IReadOnlyList<GraphState> _states;
    private readonly Dictionary<string, GraphState> _byName = new(StringComparer.Ordinal);

    /// <param name="states">The scope's states in declaration order; a name given twice keeps its first state.</param>
    public StateGraph(IReadOnlyList<GraphState> states)
    {
        _states = states;
        foreach (GraphState state in states)
        {
            if (!_byName.ContainsKey(state.Name))
            {
                _byName.Add(state.Name, state);
            }
        }
    }

    /// <summary>
    /// The names reached from <paramref name="start"/> along transitions, breadth first, start included. A target
    /// that names no state is listed but leads nowhere.
    /// </summary>
    public List<string> Walk(string start)
    {
        var order = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        for (int i = 0; i < order.Count; i++)
        {
            if (_byName.TryGetValue(order[i], out GraphState? state))
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

    /// <summary>The states <paramref name="startAt"/> does not reach, in declaration order.</summary>
    public List<GraphState> Unreachable(string startAt)
    {
        var reached = new HashSet<string>(Walk(startAt), StringComparer.Ordinal);
        var unreachable = new List<GraphState>();
        foreach (GraphState state in _states)
        {
            if (!reached.Contains(state.Name))
            {
                unreachable.Add(state);
            }
        }

        return unreachable;
    }

    /// <summary>True when some path of transitions leads from the state back to itself.</summary>
    public bool OnCycle(string name)
    {
        if (!_byName.TryGetValue(name, out GraphState? state))
        {
            return false;
        }

        foreach (string target in state.Targets)
        {
            if (Walk(target).Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every loop reached from <paramref name="startAt"/> with no path to an end, once each, entered at the first of
    /// its states that a breadth-first walk from StartAt meets. A state with no transition at all counts as an end
    /// here: it has a fault of its own (SG1002), and calling it a trap too would only repeat it.
    /// </summary>
    public List<Trap> Traps(string startAt)
    {
        // Walk the transitions backwards from every state that ends the scope.
        var predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var canEnd = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (GraphState state in _states)
        {
            foreach (string target in state.Targets)
            {
                if (!predecessors.TryGetValue(target, out List<string>? list))
                {
                    predecessors[target] = list = new List<string>();
                }

                list.Add(state.Name);
            }

            if ((state.Ends || state.Targets.Count == 0) && canEnd.Add(state.Name))
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
        var traps = new List<Trap>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in Walk(startAt))
        {
            if (canEnd.Contains(name) || reported.Contains(name) || !_byName.ContainsKey(name) || !OnCycle(name))
            {
                continue;
            }

            var members = new List<string>();
            foreach (string member in Walk(name))
            {
                if (reported.Add(member))
                {
                    members.Add(member);
                }
            }

            traps.Add(new Trap(name, members));
        }

        return traps;
    }
}
