using System;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Json;
using StepGen.Testing.Definition;
using StepGen.Testing.History;

namespace StepGen.Testing.Execution;

/// <summary>
/// A Parallel state: every branch gets the effective input (after Parameters, or JSONata Arguments) and runs on its own strand from the same virtual
/// time; the state resumes when the last branch ends, with the branches' outputs in branch order. The branches
/// run one after another in process (AWS runs them in any order); when one fails, the state fails with its
/// error and the later branches do not run.
/// </summary>
internal sealed partial class Interpreter
{
    private async ValueTask<JsonNode> RunParallelAsync(ParallelDefinition parallel, JsonNode raw, Strand strand, IDataFlow flow, CancellationToken cancellationToken)
    {
        JsonNode effective = flow.Arguments(flow.Input(raw));
        long started = strand.History.Add(strand, "ParallelStateStarted").Id;
        var results = new JsonArray();
        DateTimeOffset end = strand.Now;
        foreach (StateGraph branch in parallel.Branches)
        {
            // Every branch starts from the Started event, not from the branch before it.
            Strand child = strand.Fork();
            child.LastEventId = started;
            try
            {
                results.Add(await RunAsync(branch, effective, child, cancellationToken).ConfigureAwait(false));
            }
            catch (StateFailure failure)
            {
                strand.LastEventId = child.LastEventId;
                strand.Now = Later(end, child.Now);
                strand.History.Add(strand, "ParallelStateFailed", "parallelStateFailedEventDetails", HistoryRecorder.Details(("error", failure.Error), ("cause", failure.Cause)));
                throw new StateFailure(failure.Error, failure.Cause);
            }

            end = Later(end, child.Now);
            strand.LastEventId = child.LastEventId;
        }

        strand.Now = end;
        strand.History.Add(strand, "ParallelStateSucceeded");
        return flow.Output(raw, results);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
