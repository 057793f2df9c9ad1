using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Variables;

namespace StepGen.Asl.Checks.JsonAta;

/// <summary>
/// Workflow variables read where no state has assigned them (SG2011), where only some paths have (SG2012), or
/// where only a Parallel branch or Map iteration assigns them (SG2013). Reads are collected while the states are
/// checked; <see cref="Report"/> judges them against the <see cref="VariableFlow"/> of the finished definition.
/// </summary>
internal sealed class VariableReadChecker
{
    private readonly ProblemSink _problems;
    private readonly List<(StateEntry State, string Name, FieldRef At, string Where)> _reads = new();

    public VariableReadChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>Notes that <paramref name="where"/> of <paramref name="state"/> reads <c>$<paramref name="name"/></c>.</summary>
    public void Read(StateEntry state, string name, FieldRef at, string where) => _reads.Add((state, name, at, where));

    /// <param name="definition">The whole ASL definition the reads belong to.</param>
    public void Report(JsonObject definition)
    {
        if (_reads.Count == 0)
        {
            return;
        }

        VariableFlow flow = VariableFlow.Analyze(definition);
        foreach ((StateEntry state, string name, FieldRef at, string where) in _reads)
        {
            switch (flow.Availability(state.Name, name))
            {
                case VariableAvailability.NeverAssigned:
                    IReadOnlyList<string> inside = flow.AssignedOnlyInside(state.Name, name);
                    if (inside.Count > 0)
                    {
                        _problems.Report(
                            Rules.VariableAssignedInside,
                            $"{where} of '{state.Name}' reads ${name}, which only the branches or iterations of {Names.Quoted(inside, 3)} assign; a variable assigned inside a Parallel branch or a Map iteration stays there. Return the value in the branch's output and assign it in the Assign of '{inside[0]}' from $states.result.",
                            at);
                    }
                    else if (flow.AssignsItself(state.Name, name))
                    {
                        _problems.Report(
                            Rules.VariableNeverAssigned,
                            $"{where} of '{state.Name}' reads ${name}, which only '{state.Name}' itself assigns before it; a state's Assign takes effect when the state ends, so its own fields see the value from before, and here there is none. Read the value the Assign is built from instead, or assign ${name} in an earlier state.",
                            at);
                    }
                    else
                    {
                        string? closest = Names.Closest(name, flow.AssignedAnywhere);
                        _problems.Report(
                            Rules.VariableNeverAssigned,
                            $"{where} of '{state.Name}' reads ${name}, but no state before it assigns ${name} on any path from the start, so it is undefined here. {(closest is null ? "Assign it in an earlier state's Assign, or check the name." : $"Did you mean ${closest}?")}",
                            at,
                            closest);
                    }

                    break;
                case VariableAvailability.SometimesAssigned:
                    _problems.Report(
                        Rules.VariableSometimesAssigned,
                        $"{where} of '{state.Name}' reads ${name}, which some paths to '{state.Name}' assign and others do not; on those it is undefined. Assign it on every path, or handle the undefined case ($exists(${name})).",
                        at);
                    break;
            }
        }
    }
}
