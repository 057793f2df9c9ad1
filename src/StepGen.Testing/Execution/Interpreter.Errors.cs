using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;

namespace StepGen.Testing.Execution;

/// <summary>
/// Retry and Catch around the states that can fail doing work (Task, Parallel, Map), as the developer guide's
/// "Handling errors in Step Functions" describes: the first retrier whose ErrorEquals matches the error decides;
/// while it has attempts left the state runs again after its back-off; then the first matching catcher sends
/// the error output on to its Next; otherwise the state fails.
/// </summary>
internal sealed partial class Interpreter
{
    private async ValueTask<StepResult> RunWithRetryAsync(
        ResultStateDefinition state, JsonNode raw, Strand strand, IDataFlow flow, StateVisit visit, CancellationToken cancellationToken)
    {
        int[] retries = new int[state.Retry.Count];
        int attempt = 0;
        while (true)
        {
            try
            {
                JsonNode output = state switch
                {
                    TaskDefinition task => await RunTaskAsync(task, raw, strand, flow, attempt, cancellationToken).ConfigureAwait(false),
                    ParallelDefinition parallel => await RunParallelAsync(parallel, raw, strand, flow, cancellationToken).ConfigureAwait(false),
                    MapDefinition map => await RunMapAsync(map, raw, strand, flow, cancellationToken).ConfigureAwait(false),
                    _ => throw new InvalidOperationException("No work for state type " + state.Type),
                };
                return new StepResult(output, state.Next);
            }
            catch (StateFailure failure)
            {
                int r = Find(state.Retry, retrier => retrier.ErrorEquals, failure.MatchName);
                if (r >= 0 && retries[r] < state.Retry[r].MaxAttempts)
                {
                    strand.Advance(RetryDelay(state.Retry[r], retries[r]));
                    retries[r]++;
                    attempt++;
                    visit.Attempts++;
                    CheckDeadline(strand);
                    flow = flow.ForRetry(attempt);
                    continue;
                }

                int c = Find(state.Catch, catcher => catcher.ErrorEquals, failure.MatchName);
                if (c < 0)
                {
                    throw;
                }

                visit.Fail(failure.MatchName, failure.Cause, strand.Now);
                return new StepResult(flow.Caught(c, raw, failure.ErrorOutput()), state.Catch[c].Next);
            }
        }
    }

    /// <summary>The first retrier or catcher whose ErrorEquals matches <paramref name="error"/>, or -1.</summary>
    private static int Find<T>(IReadOnlyList<T> handlers, Func<T, IReadOnlyList<string>> errorEquals, string error)
    {
        for (int i = 0; i < handlers.Count; i++)
        {
            if (ErrorMatcher.Matches(errorEquals(handlers[i]), error))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (from 0): IntervalSeconds × BackoffRate^retry, capped
    /// by MaxDelaySeconds; with JitterStrategy FULL a random time between 0 and that (the guide's Retry fields).
    /// </summary>
    private TimeSpan RetryDelay(Retrier retrier, int retry)
    {
        double seconds = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, retry);
        if (retrier.MaxDelaySeconds is double max && seconds > max)
        {
            seconds = max;
        }

        if (string.Equals(retrier.JitterStrategy, "FULL", StringComparison.Ordinal))
        {
            seconds *= _run.NextRandom();
        }

        return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2));
    }
}
