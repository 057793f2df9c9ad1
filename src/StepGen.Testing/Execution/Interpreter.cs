using System;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Json;
using StepGen.Testing.Definition;
using StepGen.Testing.History;

namespace StepGen.Testing.Execution;

/// <summary>
/// Runs a graph of states: enters each state, records its events, runs it, and follows <c>Next</c> until a state
/// ends the graph. One instance per execution; Parallel branches and Map iterations run through the same
/// instance on their own <see cref="Strand"/>s. Each state's data flow is its query language's (<see cref="IDataFlow"/>:
/// JSONPath's <see cref="DataFlow"/>, with the ASL core's semantics, or <see cref="JsonAtaDataFlow"/>).
/// </summary>
internal sealed partial class Interpreter
{
    private readonly ExecutionRun _run;

    public Interpreter(ExecutionRun run) => _run = run;

    /// <summary>Runs <paramref name="graph"/> from its StartAt; returns its output, or throws the unhandled <see cref="StateFailure"/>.</summary>
    public async ValueTask<JsonNode> RunAsync(StateGraph graph, JsonNode input, Strand strand, CancellationToken cancellationToken)
    {
        string name = graph.StartAt;
        JsonNode data = input;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_run.CountTransition())
            {
                throw new ExecutionStopped(
                    ExecutionStatus.Aborted,
                    $"The execution made more than {_run.Options.MaxTransitions:N0} state transitions (last: '{name}'); it looks like a loop. If it is not, raise the limit (ExecutionOptions.MaxTransitions, stepgen run --max-transitions).");
            }

            CheckDeadline(strand);
            StateDefinition state = graph.States[name];
            StepResult step = await RunStateAsync(state, data, strand, cancellationToken).ConfigureAwait(false);
            if (step.Next is null)
            {
                return step.Output;
            }

            name = step.Next;
            data = step.Output;
        }
    }

    private async ValueTask<StepResult> RunStateAsync(StateDefinition state, JsonNode input, Strand strand, CancellationToken cancellationToken)
    {
        HistoryEvent entered = strand.History.Add(
            strand,
            state.Type + "StateEntered",
            "stateEnteredEventDetails",
            HistoryRecorder.Details(("name", state.Name)),
            "input",
            input);
        StateVisit visit = _run.States.Enter(state.Name, input, strand.Now);
        IDataFlow flow = state.Jsonata
            ? new JsonAtaDataFlow(_run, state, strand, entered.Id)
            : new DataFlow(_run, state, strand.Variables, entered.Id, strand.Now);

        StepResult step;
        try
        {
            step = state switch
            {
                PassDefinition pass => RunPass(pass, input, flow),
                ChoiceDefinition choice => RunChoice(choice, input, flow),
                WaitDefinition wait => RunWait(wait, input, strand, flow),
                SucceedDefinition => new StepResult(flow.Output(input, flow.Input(input)), null),
                FailDefinition fail => throw FailWith(fail, input, flow),
                ResultStateDefinition withRetry => await RunWithRetryAsync(withRetry, input, strand, flow, visit, cancellationToken).ConfigureAwait(false),
                _ => throw new InvalidOperationException("Unknown state type " + state.Type),
            };
        }
        catch (StateFailure failure)
        {
            visit.Fail(failure.MatchName, failure.Cause, strand.Now);
            throw;
        }

        strand.History.Add(
            strand,
            state.Type + "StateExited",
            "stateExitedEventDetails",
            HistoryRecorder.Details(("name", state.Name)),
            "output",
            step.Output);
        visit.Exit(step.Output, strand.Now);
        return step;
    }

    private void CheckDeadline(Strand strand)
    {
        if (_run.Deadline is DateTimeOffset deadline && strand.Now >= deadline)
        {
            strand.Now = deadline;
            throw new ExecutionStopped(ExecutionStatus.TimedOut, "The execution ran longer than its TimeoutSeconds.");
        }
    }
}
