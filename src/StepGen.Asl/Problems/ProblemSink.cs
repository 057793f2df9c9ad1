using System.Collections.Generic;
using StepGen.Asl.Collections;

namespace StepGen.Asl.Problems;

/// <summary>
/// Where the checkers of one machine report: keeps each problem once, in the order first reported (two tasks using
/// one [HttpEndpoint] find its faults twice).
/// </summary>
internal sealed class ProblemSink
{
    private readonly List<Problem> _problems = new();
    private readonly HashSet<Problem> _reported = new();

    public ProblemSink(SourceDialect dialect = SourceDialect.Attributes) => Dialect = dialect;

    /// <summary>What the user wrote, for the words of messages (<see cref="Phrases"/>).</summary>
    public SourceDialect Dialect { get; }

    /// <summary>The problems so far, in order.</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    public void Report(string id, string message, FieldRef at, string? suggestion = null, EquatableArray<ProblemProperty> properties = default)
    {
        var problem = new Problem(id, message, at, suggestion, properties);
        if (_reported.Add(problem))
        {
            _problems.Add(problem);
        }
    }
}
