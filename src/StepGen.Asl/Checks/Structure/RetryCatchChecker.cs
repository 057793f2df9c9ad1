using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Runtime;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// [Retry] and [Catch] (ASL-SPEC 5): the error names each matches (SG1010; SG1019 for a name no error has), a
/// retrier's numbers and jitter (SG1010), a catcher's Next (SG1010) and the fields a catcher takes in the state's
/// query language (SG1015). Never changes the output.
/// </summary>
internal sealed class RetryCatchChecker
{
    /// <summary>The predefined error names a retrier or catcher can match (ASL-SPEC 5.3).</summary>
    private static readonly string[] CatchableErrors =
    {
        "States.ALL", "States.Timeout", "States.HeartbeatTimeout", "States.TaskFailed", "States.Permissions",
        "States.ResultPathMatchFailure", "States.ParameterPathFailure", "States.IntrinsicFailure",
        "States.QueryEvaluationError", "States.BranchFailed", "States.NoChoiceMatched",
        "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed", "States.ResultWriterFailed",
        "States.Http.Socket",
    };

    private static readonly string[] JitterStrategies = { "FULL", "NONE" };

    private readonly ProblemSink _problems;

    public RetryCatchChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>A BackoffRate Step Functions takes: a finite number of at least 1.0.</summary>
    public static bool IsBackoffRate(double rate) => !(double.IsNaN(rate) || double.IsInfinity(rate) || rate < 1.0);

    /// <summary>SG1010 and SG1019 for the ErrorEquals of a [Retry] or [Catch] at <paramref name="at"/>; <paramref name="isLast"/>: the state's last of its kind.</summary>
    public void CheckErrorEquals(SourceAttribute attribute, FieldRef at, bool isLast)
    {
        string kind = attribute.Name == AttributeNames.Retry ? "retrier" : "catcher";
        SourceArgument? argument = attribute.Get(ArgumentNames.ErrorEqualsParameter);
        var items = new List<string?>();
        if (argument?.Value is { Kind: SourceValueKind.Array } list)
        {
            foreach (SourceValue item in list.Items)
            {
                items.Add(item.Kind == SourceValueKind.String ? item.Text : null);
            }
        }

        if (items.Count == 0)
        {
            _problems.Report(Rules.RetryCatch, $"This {kind} matches no error; name at least one, e.g. [{attribute.Name}(\"States.TaskFailed\")] or [{attribute.Name}(\"States.ALL\")].", at);
            return;
        }

        for (int i = 0; i < items.Count; i++)
        {
            string? error = items[i];
            FieldRef elementAt = at with { Argument = ArgumentNames.ErrorEqualsParameter, Element = i };
            if (string.IsNullOrEmpty(error))
            {
                _problems.Report(Rules.RetryCatch, $"Error names in a {kind} must be non-empty strings.", elementAt);
                continue;
            }

            if (error == "States.ALL")
            {
                if (items.Count > 1)
                {
                    _problems.Report(Rules.RetryCatch, $"States.ALL must be the only error name in its {kind}; it already matches every error, so remove the others or move them to a {kind} before it.", elementAt);
                }
                else if (!isLast)
                {
                    _problems.Report(Rules.RetryCatch, $"The {kind} with States.ALL must be the last one: the {kind}s after it can never match.", at);
                }
            }
            else if (error!.StartsWith("States.", StringComparison.Ordinal))
            {
                CheckPredefinedError(error, kind, elementAt);
            }
        }
    }

    /// <summary>SG1010 for a [Retry]: its ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds and JitterStrategy.</summary>
    public void CheckRetrier(SourceAttribute attribute, FieldRef at, bool isLast)
    {
        CheckErrorEquals(attribute, at, isLast);
        if (Args.Integer(attribute.Get(ArgumentNames.IntervalSeconds)) is long interval && (interval < 1 || interval > 99999999))
        {
            _problems.Report(Rules.RetryCatch, $"IntervalSeconds is {interval}; the first retry waits a positive number of seconds (at least 1, at most 99999999).", at with { Argument = ArgumentNames.IntervalSeconds });
        }

        if (Args.Integer(attribute.Get(ArgumentNames.MaxAttempts)) is long attempts && (attempts < 0 || attempts > 99999999))
        {
            _problems.Report(Rules.RetryCatch, $"MaxAttempts is {attempts}; it must be 0 (never retry) or a positive number no larger than 99999999.", at with { Argument = ArgumentNames.MaxAttempts });
        }

        if (Args.Number(attribute.Get(ArgumentNames.BackoffRate)) is double rate && !IsBackoffRate(rate))
        {
            _problems.Report(Rules.RetryCatch, $"BackoffRate is {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it multiplies the interval after each attempt, so it must be at least 1.0.", at with { Argument = ArgumentNames.BackoffRate });
        }

        if (Args.Integer(attribute.Get(ArgumentNames.MaxDelaySeconds)) is long maxDelay && (maxDelay < 1 || maxDelay > 31622400))
        {
            _problems.Report(Rules.RetryCatch, $"MaxDelaySeconds is {maxDelay}; it must be between 1 and 31622400 seconds.", at with { Argument = ArgumentNames.MaxDelaySeconds });
        }

        if (Args.String(attribute.Get(ArgumentNames.JitterStrategy)) is string jitter && Array.IndexOf(JitterStrategies, jitter) < 0)
        {
            _problems.Report(Rules.RetryCatch, $"JitterStrategy is '{jitter}'; Step Functions accepts \"FULL\" or \"NONE\".", at with { Argument = ArgumentNames.JitterStrategy });
        }
    }

    /// <summary>SG1015 for a [Catch]'s ResultPath in a JSONata state, which writes none.</summary>
    public void CheckCatcherResultPath(StateEntry state, SourceAttribute attribute, FieldRef at)
    {
        if (state.JsonAta && attribute.Get(ArgumentNames.ResultPath) is not null)
        {
            _problems.Report(Rules.FieldNotAllowed, "ResultPath on a [Catch] is JSONPath and this state uses JSONata; shape the error output with Output = \"{% ... $states.errorOutput ... %}\" instead.", at with { Argument = ArgumentNames.ResultPath });
        }
    }

    /// <summary>SG1015 for a [Catch]'s Output in a JSONPath state, which writes none.</summary>
    public void CheckCatcherOutput(StateEntry state, SourceAttribute attribute, FieldRef at)
    {
        if (!state.JsonAta && attribute.Get(ArgumentNames.Output) is not null)
        {
            _problems.Report(Rules.FieldNotAllowed, $"Output on a {(_problems.Dialect == SourceDialect.AslJson ? "catcher" : "[Catch]")} is a JSONata field and this is a JSONPath state; use ResultPath instead.", at with { Argument = ArgumentNames.Output });
        }
    }

    /// <summary>SG1010 for a [Catch] without Next.</summary>
    public void CheckCatcherNext(StateEntry state, SourceAttribute attribute, FieldRef at)
    {
        if (Args.String(attribute.Get(ArgumentNames.Next)) is null)
        {
            _problems.Report(Rules.RetryCatch, $"This catcher of '{state.Name}' has no Next; name the state that handles the error, e.g. {Phrases.Next(_problems.Dialect, "HandleFailure")}.", at);
        }
    }

    private void CheckPredefinedError(string error, string kind, FieldRef at)
    {
        if (Array.IndexOf(CatchableErrors, error) >= 0 || HttpTask.IsStatusCodeError(error))
        {
            return;
        }

        if (error.StartsWith(HttpTask.StatusCodeErrorPrefix, StringComparison.Ordinal))
        {
            // AWS deploys it (ErrorEquals takes any name), but no HTTP response raises it.
            _problems.Report(Rules.ErrorNameNeverRaised, $"'{error}' never matches: an HTTP response outside 2xx fails with {HttpTask.StatusCodeErrorPrefix}<code>, where <code> is the three-digit status code, e.g. {HttpTask.StatusCodeErrorPrefix}503.", at);
            return;
        }

        if (ErrorMatcher.IsTerminal(error))
        {
            _problems.Report(Rules.ErrorNameNeverRaised, $"{error} is terminal: Step Functions never retries or catches it, so this {kind} entry has no effect.", at);
            return;
        }

        // SG1019, a warning: the developer guide reserves 'States.' for its own errors, but AWS deploys custom names that start
        // with it (public AWS samples throw and catch them), and a task may raise such a name.
        string? closest = Names.Closest(error, CatchableErrors);
        string hint = closest is null ? " Error names starting with 'States.' are reserved for the predefined errors; a custom error should use another prefix." : $" Did you mean '{closest}'?";
        _problems.Report(Rules.ErrorNameNeverRaised, $"'{error}' is not a predefined Step Functions error.{hint}", at, suggestion: closest);
    }
}
