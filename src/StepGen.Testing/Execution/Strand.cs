using System;

using StepGen.Testing.History;

namespace StepGen.Testing.Execution;

/// <summary>
/// One line of execution: the whole machine, a Parallel branch or a Map iteration. It carries its own place on
/// the virtual clock (branches that run side by side each start at the parent's time; the parent resumes at the
/// latest of their ends) and the id of its last history event, which the next event names as its
/// <c>previousEventId</c>.
/// </summary>
internal sealed class Strand
{
    public Strand(DateTimeOffset now, long lastEventId, Variables variables, HistoryRecorder history)
    {
        Now = now;
        LastEventId = lastEventId;
        Variables = variables;
        History = history;
    }

    /// <summary>The virtual time of this strand.</summary>
    public DateTimeOffset Now { get; set; }

    public long LastEventId { get; set; }

    public Variables Variables { get; }

    /// <summary>The history this strand writes: the execution's, or a distributed Map child execution's own.</summary>
    public HistoryRecorder History { get; }

    /// <summary>A strand that starts here and now, with its own variable scope over this one's.</summary>
    public Strand Fork() => new Strand(Now, LastEventId, new Variables(Variables), History);

    public void Advance(TimeSpan by)
    {
        if (by > TimeSpan.Zero)
        {
            Now += by;
        }
    }
}
