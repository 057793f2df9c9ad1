using System;
using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Testing.Execution;

/// <summary>Collects each visit to each state, for <see cref="ExecutionResult.State(string)"/>.</summary>
internal sealed class StateLog
{
    private readonly Dictionary<string, List<StateVisit>> _visits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known;

    public StateLog(IEnumerable<string> stateNames) => _known = new HashSet<string>(stateNames, StringComparer.Ordinal);

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

    /// <summary>The visits to <paramref name="name"/>; a name the machine does not have is a typo in the test.</summary>
    public IReadOnlyList<StateVisit> Visits(string name)
    {
        if (_visits.TryGetValue(name, out List<StateVisit>? list))
        {
            return list;
        }

        return _known.Contains(name)
            ? []
            : throw new ArgumentException($"The state machine has no state '{name}'; its states are {string.Join(", ", _known)}.", nameof(name));
    }
}
