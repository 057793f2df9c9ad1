using System;
using StepGen.Asl.Compile;
using StepGen.Asl.Conditions;
using StepGen.Asl.Context;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Paths;

/// <summary>
/// The condition of a [When] rule: missing, not valid (SG2005), or reading a context-object field that does not
/// exist (SG2003). A JSONata state's condition is only checked for its <c>{% ... %}</c> delimiters.
/// </summary>
internal sealed class ConditionChecker
{
    private readonly ProblemSink _problems;
    private readonly PathChecker _paths;

    public ConditionChecker(ProblemSink problems, PathChecker paths)
    {
        _problems = problems;
        _paths = paths;
    }

    /// <summary>
    /// Whether a JSONPath condition is a Choice rule written as ASL JSON (it starts with <c>{</c>, which no
    /// condition expression does); <see cref="ChoiceRuleChecker"/> checks those.
    /// </summary>
    public static bool IsJsonRule(string? condition) => condition is not null && condition.TrimStart().StartsWith("{", StringComparison.Ordinal);

    /// <param name="when">The [When] attribute, at <paramref name="at"/>.</param>
    /// <param name="compiled">The condition compiled by <see cref="ConditionCompiler"/> in a JSONPath state; null in a JSONata state or without a condition.</param>
    public void Check(StateEntry state, SourceAttribute when, FieldRef at, ConditionResult? compiled)
    {
        string? condition = Args.String(when.Get(ArgumentNames.ConditionParameter));
        FieldRef conditionAt = at with { Argument = ArgumentNames.ConditionParameter };
        if (string.IsNullOrWhiteSpace(condition))
        {
            _problems.Report(Rules.Condition, "[When] needs a condition, e.g. [When(\"$.status == 'done'\", Next = nameof(Done))].", when.Get(ArgumentNames.ConditionParameter) is null ? at : conditionAt);
        }
        else if (state.JsonAta)
        {
            string expression = condition!.Trim();
            if (expression.StartsWith("{%", StringComparison.Ordinal) && !FieldRules.IsJsonAtaExpression(expression))
            {
                _problems.Report(Rules.Condition, $"The condition '{condition}' starts a JSONata expression with '{{%' but does not end it with '%}}'.", conditionAt);
            }
        }
        else if (compiled is { Success: false })
        {
            _problems.Report(Rules.Condition, Messages.Sentence($"The condition '{condition}' is not valid at column {compiled.ErrorOffset + 1}: {compiled.Error}"), conditionAt.WithSpan(compiled.ErrorOffset, Math.Max(1, compiled.ErrorLength)));
        }
        else if (compiled is not null)
        {
            foreach (ConditionPath path in compiled.Paths)
            {
                _paths.CheckContextPath(path.Parsed, conditionAt.WithSpan(path.Offset, path.Length), precise: true, ContextPlace.Elsewhere);
            }
        }
    }
}
