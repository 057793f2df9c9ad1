using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

internal sealed partial class MachineBuilder
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

    private void AddRetriesAndCatches(StateEntry state, JsonObject json)
    {
        if (!state.Kind.AllowsRetryCatch())
        {
            return;
        }

        var retries = new List<KeyValuePair<int, SourceAttribute>>();
        var catches = new List<KeyValuePair<int, SourceAttribute>>();
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.Retry)
            {
                retries.Add(extra);
            }
            else if (extra.Value.Name == AttributeNames.Catch)
            {
                catches.Add(extra);
            }
        }

        if (retries.Count > 0)
        {
            var array = new JsonArray();
            for (int i = 0; i < retries.Count; i++)
            {
                array.Add(BuildRetrier(state, retries[i].Value, state.AtExtra(retries[i].Key), i == retries.Count - 1));
            }

            json.Add("Retry", array);
        }

        if (catches.Count > 0)
        {
            var array = new JsonArray();
            for (int i = 0; i < catches.Count; i++)
            {
                array.Add(BuildCatcher(state, catches[i].Value, state.AtExtra(catches[i].Key), i == catches.Count - 1));
            }

            json.Add("Catch", array);
        }
    }

    private JsonArray BuildErrorEquals(SourceAttribute attribute, FieldRef at, bool isLast)
    {
        string kind = attribute.Name == AttributeNames.Retry ? "retrier" : "catcher";
        SourceArgument? argument = attribute.Get(ArgumentNames.ErrorEqualsParameter);
        var errors = new JsonArray();
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
            Report(Rules.RetryCatch, $"This {kind} matches no error; name at least one, e.g. [{attribute.Name}(\"States.TaskFailed\")] or [{attribute.Name}(\"States.ALL\")].", at);
            return errors;
        }

        for (int i = 0; i < items.Count; i++)
        {
            string? error = items[i];
            FieldRef elementAt = at with { Argument = ArgumentNames.ErrorEqualsParameter, Element = i };
            if (string.IsNullOrEmpty(error))
            {
                Report(Rules.RetryCatch, $"Error names in a {kind} must be non-empty strings.", elementAt);
                continue;
            }

            errors.Add(J.Str(error!));
            if (error == "States.ALL")
            {
                if (items.Count > 1)
                {
                    Report(Rules.RetryCatch, $"States.ALL must be the only error name in its {kind}; it already matches every error, so remove the others or move them to a {kind} before it.", elementAt);
                }
                else if (!isLast)
                {
                    Report(Rules.RetryCatch, $"The {kind} with States.ALL must be the last one: the {kind}s after it can never match.", at);
                }
            }
            else if (error!.StartsWith("States.", StringComparison.Ordinal))
            {
                CheckPredefinedError(error, kind, elementAt);
            }
        }

        return errors;
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
            Report(Rules.ErrorNameNeverRaised, $"'{error}' never matches: an HTTP response outside 2xx fails with {HttpTask.StatusCodeErrorPrefix}<code>, where <code> is the three-digit status code, e.g. {HttpTask.StatusCodeErrorPrefix}503.", at);
            return;
        }

        if (error is "States.Runtime" or "States.DataLimitExceeded")
        {
            Report(Rules.ErrorNameNeverRaised, $"{error} is terminal: Step Functions never retries or catches it, so this {kind} entry has no effect.", at);
            return;
        }

        // SG1019, a warning: the developer guide reserves 'States.' for its own errors, but AWS deploys custom names that start
        // with it (public AWS samples throw and catch them), and a task may raise such a name.
        string? closest = Names.Closest(error, CatchableErrors);
        string hint = closest is null ? " Error names starting with 'States.' are reserved for the predefined errors; a custom error should use another prefix." : $" Did you mean '{closest}'?";
        Report(Rules.ErrorNameNeverRaised, $"'{error}' is not a predefined Step Functions error.{hint}", at, suggestion: closest);
    }

    private JsonObject BuildRetrier(StateEntry state, SourceAttribute attribute, FieldRef at, bool isLast)
    {
        var json = new JsonObject();
        json.Add("ErrorEquals", BuildErrorEquals(attribute, at, isLast));
        if (Args.String(attribute.Get(ArgumentNames.Comment)) is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        if (Args.Integer(attribute.Get(ArgumentNames.IntervalSeconds)) is long interval)
        {
            if (interval < 1 || interval > 99999999)
            {
                Report(Rules.RetryCatch, $"IntervalSeconds is {interval}; the first retry waits a positive number of seconds (at least 1, at most 99999999).", at with { Argument = ArgumentNames.IntervalSeconds });
            }

            json.Add("IntervalSeconds", J.Num(interval));
        }

        if (Args.Integer(attribute.Get(ArgumentNames.MaxAttempts)) is long attempts)
        {
            if (attempts < 0 || attempts > 99999999)
            {
                Report(Rules.RetryCatch, $"MaxAttempts is {attempts}; it must be 0 (never retry) or a positive number no larger than 99999999.", at with { Argument = ArgumentNames.MaxAttempts });
            }

            json.Add("MaxAttempts", J.Num(attempts));
        }

        if (Args.Number(attribute.Get(ArgumentNames.BackoffRate)) is double rate)
        {
            if (double.IsNaN(rate) || double.IsInfinity(rate) || rate < 1.0)
            {
                Report(Rules.RetryCatch, $"BackoffRate is {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it multiplies the interval after each attempt, so it must be at least 1.0.", at with { Argument = ArgumentNames.BackoffRate });
            }
            else if (J.Num(rate) is JsonNode number)
            {
                json.Add("BackoffRate", number);
            }
        }

        if (Args.Integer(attribute.Get(ArgumentNames.MaxDelaySeconds)) is long maxDelay)
        {
            if (maxDelay < 1 || maxDelay > 31622400)
            {
                Report(Rules.RetryCatch, $"MaxDelaySeconds is {maxDelay}; it must be between 1 and 31622400 seconds.", at with { Argument = ArgumentNames.MaxDelaySeconds });
            }

            json.Add("MaxDelaySeconds", J.Num(maxDelay));
        }

        if (Args.String(attribute.Get(ArgumentNames.JitterStrategy)) is string jitter)
        {
            if (Array.IndexOf(JitterStrategies, jitter) < 0)
            {
                Report(Rules.RetryCatch, $"JitterStrategy is '{jitter}'; Step Functions accepts \"FULL\" or \"NONE\".", at with { Argument = ArgumentNames.JitterStrategy });
            }

            json.Add("JitterStrategy", J.Str(jitter));
        }

        return json;
    }

    private JsonObject BuildCatcher(StateEntry state, SourceAttribute attribute, FieldRef at, bool isLast)
    {
        var json = new JsonObject();
        json.Add("ErrorEquals", BuildErrorEquals(attribute, at, isLast));
        if (Args.String(attribute.Get(ArgumentNames.Comment)) is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        SourceArgument? resultPath = attribute.Get(ArgumentNames.ResultPath);
        if (state.JsonAta && resultPath is not null)
        {
            Report(Rules.FieldNotAllowed, "ResultPath on a [Catch] is JSONPath and this state uses JSONata; shape the error output with Output = \"{% ... $states.errorOutput ... %}\" instead.", at with { Argument = ArgumentNames.ResultPath });
        }
        else if (Args.IsNull(resultPath))
        {
            json.Add("ResultPath", J.Null);
        }
        else if (Args.String(resultPath) is string path)
        {
            _paths.Check(path, at with { Argument = ArgumentNames.ResultPath }, "ResultPath", PathUse.Result);
            json.Add("ResultPath", J.Str(path));
        }

        if (attribute.Get(ArgumentNames.Output) is SourceArgument output)
        {
            if (!state.JsonAta)
            {
                Report(Rules.FieldNotAllowed, "Output on a [Catch] is a JSONata field and this is a JSONPath state; use ResultPath instead.", at with { Argument = ArgumentNames.Output });
            }
            else if (ParseJsonAtaValue(output, at with { Argument = ArgumentNames.Output }, "Output") is JsonNode value)
            {
                json.Add("Output", value);
            }
        }

        if (attribute.Get(ArgumentNames.Assign) is SourceArgument assign)
        {
            JsonNode? value = ParseJsonArgument(assign, at with { Argument = ArgumentNames.Assign }, "Assign", requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta);
            if (value is JsonObject variables)
            {
                CheckVariableNames(variables, at with { Argument = ArgumentNames.Assign });
                json.Add("Assign", value);
            }
        }

        string? next = Args.String(attribute.Get(ArgumentNames.Next));
        if (next is null)
        {
            Report(Rules.RetryCatch, $"This catcher of '{state.Name}' has no Next; name the state that handles the error, e.g. Next = nameof(HandleFailure).", at);
        }
        else
        {
            json.Add("Next", J.Str(ResolveTransition(state, next, at with { Argument = ArgumentNames.Next }, "The Catch's Next")));
        }

        return json;
    }
}
