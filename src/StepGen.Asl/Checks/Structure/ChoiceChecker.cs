using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// A Choice state and its [When] rules: no rules (SG1008), no Default (SG1018), a rule without Next (SG1016) or with
/// a JSONata Output in a JSONPath state (SG1015). The conditions themselves are <see cref="Paths.ConditionChecker"/>'s.
/// </summary>
internal sealed class ChoiceChecker
{
    private readonly ProblemSink _problems;

    public ChoiceChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG1008: a Choice state without [When] rules.</summary>
    public void CheckHasRules(StateEntry state)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.When)
            {
                return;
            }
        }

        _problems.Report(Rules.ChoiceRules, $"The Choice state '{state.Name}' has no rules; add {Phrases.ChoiceRule(_problems.Dialect)} for each branch.", state.At());
    }

    /// <summary>SG1018: a Choice state without Default.</summary>
    public void CheckDefault(StateEntry state)
    {
        if (Args.String(state.Attribute.Get(ArgumentNames.Default)) is null)
        {
            _problems.Report(Rules.ChoiceWithoutDefault, $"The Choice state '{state.Name}' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched. Add {Phrases.Field(_problems.Dialect, "Default", "...")} naming the state to continue with.", state.At());
        }
    }

    /// <summary>SG1015: Output on a [When] of a JSONPath Choice.</summary>
    public void CheckRuleOutput(StateEntry state, SourceAttribute when, FieldRef at)
    {
        if (!state.JsonAta && when.Get(ArgumentNames.Output) is not null)
        {
            _problems.Report(Rules.FieldNotAllowed, "Output on a [When] is a JSONata field and this Choice uses JSONPath; remove it.", at with { Argument = ArgumentNames.Output });
        }
    }

    /// <summary>SG1016: a [When] without Next.</summary>
    public void CheckRuleNext(StateEntry state, SourceAttribute when, FieldRef at)
    {
        if (Args.String(when.Get(ArgumentNames.Next)) is null)
        {
            _problems.Report(Rules.RequiredField, $"This {(_problems.Dialect == SourceDialect.AslJson ? "Choice rule" : "[When] rule")} of '{state.Name}' has no Next; name the state to go to when it matches, e.g. {Phrases.Next(_problems.Dialect, "Approve")}.", at);
        }
    }
}
