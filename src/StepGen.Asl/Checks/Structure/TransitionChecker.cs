using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// How a state continues: Next or End on a state that takes neither (SG1007), both (SG1003), or neither where one is
/// needed (SG1002). Where Next leads is resolved, and checked (SG1004), when it is written.
/// </summary>
internal sealed class TransitionChecker
{
    private readonly ProblemSink _problems;

    public TransitionChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    public void Check(StateEntry state)
    {
        SourceArgument? next = state.Attribute.Get(ArgumentNames.Next);
        SourceArgument? end = state.Attribute.Get(ArgumentNames.End);
        if (!state.Kind.MustContinue())
        {
            string why = state.Kind == StateKind.Choice
                ? "a Choice state continues through its [When] rules and Default"
                : $"a {state.Kind} state ends the execution";
            if (next is not null)
            {
                _problems.Report(Rules.TransitionNotAllowed, $"Next is not allowed on '{state.Name}': {why}; remove it.", state.At(ArgumentNames.Next));
            }

            if (end is not null)
            {
                _problems.Report(Rules.TransitionNotAllowed, $"End is not allowed on '{state.Name}': {why}; remove it.", state.At(ArgumentNames.End));
            }

            return;
        }

        string? nextValue = Args.String(next);
        bool endValue = Args.Boolean(end) == true;
        if (nextValue is not null && endValue)
        {
            _problems.Report(Rules.NextAndEnd, $"'{state.Name}' has both Next and {Phrases.End(_problems.Dialect)}; a state either continues or ends, so keep one.", state.At(ArgumentNames.End));
        }
        else if (nextValue is null && !endValue)
        {
            _problems.Report(Rules.MissingTransition, $"'{state.Name}' has neither Next nor End; add {Phrases.Next(_problems.Dialect, "<the following state>")} or {Phrases.End(_problems.Dialect)}.", end is null ? state.At() : state.At(ArgumentNames.End), suggestion: FollowingState(state));
        }
    }

    /// <summary>The class of the state declared after this one, which a code fix may offer as Next.</summary>
    private static string? FollowingState(StateEntry state)
    {
        List<StateEntry> states = state.Scope.States;
        int index = states.IndexOf(state);
        return index >= 0 && index + 1 < states.Count ? states[index + 1].ClassName : null;
    }
}
