using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.JsonAta;
using StepGen.Asl.Problems;
using StepGen.Asl.Variables;

namespace StepGen.Asl.Checks.JsonAta;

/// <summary>
/// One JSONata expression of a JSONata state: its syntax (SG2008), its function calls (SG2009) and its
/// <c>$states</c> fields (SG2010); the workflow variables it reads are kept for <see cref="VariableReadChecker"/>,
/// which needs the whole machine.
/// </summary>
internal sealed class JsonAtaExpressionChecker
{
    private readonly ProblemSink _problems;
    private readonly VariableReadChecker _variables;

    public JsonAtaExpressionChecker(ProblemSink problems, VariableReadChecker variables)
    {
        _problems = problems;
        _variables = variables;
    }

    /// <param name="at">When <paramref name="precise"/>, its offset is where <paramref name="expression"/> starts inside the argument.</param>
    public void Check(string expression, FieldRef at, bool precise, ExpressionPlace place)
    {
        JsonAtaParseResult parsed = JsonAtaParser.Parse(expression);
        if (parsed.Error is JsonAtaSyntaxError error)
        {
            _problems.Report(
                Rules.JsonAtaSyntax,
                $"{place.Description} of '{place.State.Name}' is not a valid JSONata expression: {error.Message} (JSONata error {error.Code}).",
                Within(at, error.Start, error.End, precise));
            return;
        }

        if (parsed.Root is null)
        {
            return;
        }

        JsonAtaReferences references = JsonAtaReferences.Collect(parsed.Root);
        foreach (JsonAtaFunctionProblem problem in references.FunctionProblems)
        {
            _problems.Report(Rules.JsonAtaFunction, $"{place.Description} of '{place.State.Name}': {problem.Message}", Within(at, problem.Start, problem.End, precise));
        }

        foreach (JsonAtaStatesField use in references.StatesFields)
        {
            CheckStatesField(use, at, precise, place);
        }

        foreach (JsonAtaVariableRead read in references.FreeVariables)
        {
            if (!JsonAtaFunctions.IsKnown(read.Name))
            {
                _variables.Read(place.State, read.Name, Within(at, read.Start, read.End, precise), place.Description);
            }
        }
    }

    private void CheckStatesField(JsonAtaStatesField use, FieldRef at, bool precise, ExpressionPlace place)
    {
        if (use.Field.Length == 0)
        {
            return; // $states passed whole (to $keys, $string...): nothing to check by name
        }

        if (!StatesFields.IsKnown(use.Field))
        {
            string? closest = Names.Closest(use.Field, StatesFields.All);
            _problems.Report(
                Rules.StatesField,
                $"{place.Description} of '{place.State.Name}' reads $states.{use.Field}, which Step Functions does not provide: $states has input, result, errorOutput and context{(closest is null ? string.Empty : $"; did you mean $states.{closest}?")}.",
                Within(at, use.Start, use.End, precise),
                closest);
            return;
        }

        if (!StatesFields.IsAvailable(use.Field, place.States))
        {
            string instead = use.Field == StatesFields.ErrorOutput && place.States == StatesPlace.Result ? "$states.result" : "$states.input";
            _problems.Report(
                Rules.StatesField,
                $"{place.Description} of '{place.State.Name}' reads $states.{use.Field}, which is not there: Step Functions provides $states.{use.Field} {StatesFields.WhereAvailable(use.Field)}, so here it is always undefined. Read {instead} instead, or move the expression to a field that has it.",
                Within(at, use.Start, use.End, precise));
        }
    }

    /// <summary>The characters from <paramref name="start"/> to <paramref name="end"/> of the expression, or the whole value.</summary>
    private static FieldRef Within(FieldRef at, int start, int end, bool precise) =>
        precise ? at.WithSpan(at.Offset + start, System.Math.Max(1, end - start)) : at;
}
