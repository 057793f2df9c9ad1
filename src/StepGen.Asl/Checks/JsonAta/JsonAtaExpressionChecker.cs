using StepGen.Asl.Compile;
using StepGen.Asl.Context;
using StepGen.Asl.JsonAta;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Text;
using StepGen.Asl.Variables;

namespace StepGen.Asl.Checks.JsonAta;

/// <summary>
/// One JSONata expression of a JSONata state: its syntax (SG2008), its function calls (SG2009), its
/// <c>$states</c> fields (SG2010, and SG2003 below <c>$states.context</c>) and syntax newer than Step Functions' JSONata (SG2015); the workflow variables it reads are kept for <see cref="VariableReadChecker"/>,
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
        ParsedJsonAta cached = JsonAtaParseCache.Get(expression);
        JsonAtaParseResult parsed = cached.Result;
        if (parsed.Error is JsonAtaSyntaxError error)
        {
            _problems.Report(
                Rules.JsonAtaSyntax,
                $"{place.Description} of '{place.State.Name}' is not a valid JSONata expression: {error.Message.TrimEnd('.')} (JSONata error {error.Code}).",
                Within(at, error.Start, error.End, precise));
            return;
        }

        if (parsed.Root is null)
        {
            return;
        }

        JsonAtaReferences references = cached.References;
        foreach (JsonAtaFunctionProblem problem in references.FunctionProblems)
        {
            _problems.Report(Rules.JsonAtaFunction, $"{place.Description} of '{place.State.Name}': {problem.Message}", Within(at, problem.Start, problem.End, precise));
        }

        foreach (JsonAtaStatesField use in references.StatesFields)
        {
            CheckStatesField(use, at, precise, place);
        }

        foreach (JsonAtaNewerSyntax newer in references.NewerSyntax)
        {
            _problems.Report(
                Rules.NewerJsonAta,
                $"{place.Description} of '{place.State.Name}' uses the {newer.Operator} operator, which JSONata added in version 2.1.0; the Step Functions developer guide says Step Functions implements JSONata 2.0.6, where it does not parse. Write {(newer.Operator == "??" ? "$exists(a) ? a : b" : "a ? a : b")} instead.",
                Within(at, newer.Start, newer.End, precise));
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
                $"{place.Description} of '{place.State.Name}' reads $states.{use.Field}, which Step Functions does not provide: $states has input, result, errorOutput and context{(closest is null ? "." : $"; did you mean $states.{closest}?")}",
                Within(at, use.Start, use.End, precise),
                closest);
            return;
        }

        if (use.Field == StatesFields.Context)
        {
            CheckContextFields(use, at, precise, place);
            return;
        }

        if (!StatesFields.IsAvailable(use.Field, place.States))
        {
            string instead = place.States switch
            {
                StatesPlace.Result when use.Field == StatesFields.ErrorOutput => "$states.result",
                StatesPlace.ErrorOutput when use.Field == StatesFields.Result => "$states.errorOutput",
                _ => "$states.input",
            };
            _problems.Report(
                Rules.StatesField,
                $"{place.Description} of '{place.State.Name}' reads $states.{use.Field}, which is not there: Step Functions provides $states.{use.Field} {StatesFields.WhereAvailable(use.Field)}, so here it is always undefined. Read {instead} instead, or move the expression to a field that has it.",
                Within(at, use.Start, use.End, precise));
        }
    }

    /// <summary>
    /// SG2003 for <c>$states.context.Execution.Nme</c>: the same context object and the same field table as a JSONPath
    /// <c>$$</c> path. Where a field exists (Map.Item in ItemSelector, Task.Token in callback tasks) is not judged here.
    /// </summary>
    private void CheckContextFields(JsonAtaStatesField use, FieldRef at, bool precise, ExpressionPlace place)
    {
        if (use.Steps.Count == 0)
        {
            return;
        }

        PathParseResult parsed = PathParser.Parse(JsonPathText.FromNames("$$", use.Steps));
        if (ContextObject.Check(parsed) is TextProblem problem)
        {
            _problems.Report(
                Rules.ContextField,
                Messages.Sentence($"{place.Description} of '{place.State.Name}' reads $states.context.{string.Join(".", use.Steps)}: {problem.Message.Replace("$$.", "$states.context.")}"),
                Within(at, use.Start, use.StepsEnd, precise),
                problem.Suggestion);
        }
    }

    /// <summary>The characters from <paramref name="start"/> to <paramref name="end"/> of the expression, or the whole value.</summary>
    private static FieldRef Within(FieldRef at, int start, int end, bool precise) => FieldSpans.Span(at, start, end - start, precise);
}
