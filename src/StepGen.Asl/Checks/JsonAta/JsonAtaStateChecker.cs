using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using StepGen.Asl.Variables;
using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.JsonAta;

/// <summary>
/// Finds every <c>{% ... %}</c> expression a state's attributes write and hands it to
/// <see cref="JsonAtaExpressionChecker"/> with the <c>$states</c> fields its place provides; in a JSONPath state, the
/// same text is only a string, which SG2014 points out. Runs after the machine's ASL is built, over the attributes,
/// so each finding lands on the characters at fault.
/// </summary>
internal sealed class JsonAtaStateChecker
{
    /// <summary>Arguments whose value is JSON text (or, in JSONata, one expression).</summary>
    private static readonly HashSet<string> JsonTextFields = new(StringComparer.Ordinal)
    {
        ArgumentNames.Arguments, ArgumentNames.Output, ArgumentNames.Assign, ArgumentNames.ItemSelector, ArgumentNames.Items,
        ArgumentNames.RequestBody, ArgumentNames.ItemReader, ArgumentNames.ItemBatcher, ArgumentNames.ResultWriter,
        ArgumentNames.Parameters, ArgumentNames.ResultSelector, ArgumentNames.Result,
    };

    /// <summary>Plain string arguments a JSONata state may give an expression.</summary>
    private static readonly HashSet<string> StringFields = new(StringComparer.Ordinal)
    {
        ArgumentNames.Timestamp, ArgumentNames.Error, ArgumentNames.Cause, ArgumentNames.ApiEndpoint, ArgumentNames.Method,
        ArgumentNames.ConnectionArn, ArgumentNames.ConditionParameter, ArgumentNames.Condition, ArgumentNames.ValueParameter,
    };

    private readonly ProblemSink _problems;
    private readonly JsonAtaExpressionChecker _expressions;

    public JsonAtaStateChecker(ProblemSink problems, JsonAtaExpressionChecker expressions)
    {
        _problems = problems;
        _expressions = expressions;
    }

    public void Check(StateEntry state)
    {
        CheckArguments(state, state.Attribute, state.At(), inCatch: false, asArguments: false);
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            switch (extra.Value.Name)
            {
                case AttributeNames.When:
                    CheckArguments(state, extra.Value, state.AtExtra(extra.Key), inCatch: false, asArguments: false);
                    break;
                case AttributeNames.Catch:
                    CheckArguments(state, extra.Value, state.AtExtra(extra.Key), inCatch: true, asArguments: false);
                    break;
                case AttributeNames.Parameter:
                case AttributeNames.Header:
                case AttributeNames.QueryParameter:
                case AttributeNames.Body:
                    CheckArguments(state, extra.Value, state.AtExtra(extra.Key), inCatch: false, asArguments: true);
                    break;
            }
        }
    }

    private void CheckArguments(StateEntry state, SourceAttribute attribute, FieldRef at, bool inCatch, bool asArguments)
    {
        foreach (SourceArgument argument in attribute.Arguments)
        {
            if (argument.Value.Kind != SourceValueKind.String || argument.Value.Text is not string text)
            {
                continue;
            }

            bool jsonText = JsonTextFields.Contains(argument.Name);
            if (!jsonText && !StringFields.Contains(argument.Name))
            {
                continue;
            }

            string field = asArguments ? ArgumentNames.Arguments : argument.Name == ArgumentNames.ConditionParameter ? ArgumentNames.Condition : argument.Name;
            var place = new ExpressionPlace(state, field, StatesFields.PlaceOf(state.Kind.AslType(), field, inCatch), Describe(attribute, argument, field));
            FieldRef argumentAt = at with { Argument = argument.Name };
            if (ExpressionBounds(text, out int start, out int length))
            {
                Found(text.Substring(start, length), argumentAt.WithSpan(start, 0), precise: true, place);
            }
            else if (jsonText && text.IndexOf("{%", StringComparison.Ordinal) >= 0 && JsonParser.Parse(text) is { Success: true, Value: JsonNode json })
            {
                foreach ((JsonString value, string expression) in FieldRules.JsonAtaStrings(json))
                {
                    (FieldRef valueAt, bool exact) = InJson(argumentAt, value.Span, value.Value.Length);
                    Found(expression, exact ? valueAt.WithSpan(valueAt.Offset + 2, 0) : valueAt, exact, place);
                }
            }
        }
    }

    /// <summary>
    /// Where the expression of a whole argument starts and how long it is: the compiler writes the argument without
    /// the blanks around it (a raw string literal's line breaks), so they may surround <c>{% ... %}</c>.
    /// </summary>
    private static bool ExpressionBounds(string value, out int start, out int length)
    {
        start = 0;
        length = 0;
        if (!FieldRules.TryGetJsonAtaExpression(value.Trim(), out string expression))
        {
            return false;
        }

        start = value.IndexOf("{%", StringComparison.Ordinal) + 2;
        length = expression.Length;
        return true;
    }

    /// <summary>An expression at <paramref name="at"/> (whose offset, when precise, is where the expression's text starts).</summary>
    private void Found(string expression, FieldRef at, bool precise, ExpressionPlace place)
    {
        if (place.State.JsonAta)
        {
            _expressions.Check(expression, at, precise, place);
            return;
        }

        // JSONata-only fields in a JSONPath state are SG1015 already; elsewhere the text would reach AWS as a string.
        if (place.Field is ArgumentNames.Arguments or ArgumentNames.Output or ArgumentNames.Items or ArgumentNames.Condition)
        {
            return;
        }

        _problems.Report(
            Rules.JsonAtaInJsonPathState,
            $"{place.Description} of '{place.State.Name}' holds the JSONata expression '{{%{expression}%}}', but '{place.State.Name}' uses JSONPath, which does not evaluate it: the value stays that text. Set {Phrases.UseJsonAta(_problems.Dialect)} on the state (or the machine), or write a JSONPath value.",
            precise ? at.WithSpan(Math.Max(0, at.Offset - 2), expression.Length + 4) : at);
    }

    private static string Describe(SourceAttribute attribute, SourceArgument argument, string field) => attribute.Name switch
    {
        AttributeNames.When => $"The [When] {field}",
        AttributeNames.Catch => $"The [Catch] {field}",
        AttributeNames.Parameter or AttributeNames.Header or AttributeNames.QueryParameter or AttributeNames.Body =>
            $"[{attribute.Name}(\"{Args.String(attribute.Get(ArgumentNames.NameParameter))}\")]",
        _ => argument.Name,
    };
}

/// <summary>Where an expression is written: its state, its field, what <c>$states</c> holds there, and how to name it in a message.</summary>
internal sealed record ExpressionPlace(StateEntry State, string Field, StatesPlace States, string Description);
