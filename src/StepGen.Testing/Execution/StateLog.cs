using System;
using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Testing.Execution;

/// <summary>Collects each visit to each state, for <see cref="ExecutionResult.State(string)"/>.</summary>
internal sealed class StateLog
{
    private readonly Dictionary<string, List<StateVisit>> _visits = new(StringComparer.Ordinal);

    public StateVisit Enter(string name, JsonNode input, DateTimeOffset time)
    {
        var visit = new StateVisit(name, input, time);
        if (!_visits.TryGetValue(name, out List<StateVisit>? list))
        {
            list = new List<StateVisit>();
            _visits.Add(name, list);
        }

        list.Add(visit);
        return visit;
    }

    public IReadOnlyList<StateVisit> Visits(string name) =>
        _visits.TryGetValue(name, out List<StateVisit>? list) ? list : [];

    public IEnumerable<string> Names => _visits.Keys;
}
