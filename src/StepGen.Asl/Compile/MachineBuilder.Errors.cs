using System.Collections.Generic;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Checks.Structure;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Compile;

/// <summary>Writes a state's Retry and Catch arrays; the <see cref="RetryCatchChecker"/> reports what breaks their rules.</summary>
internal sealed partial class MachineBuilder
{
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

    /// <summary>The non-empty error names of a [Retry] or [Catch], as written.</summary>
    private static JsonArray BuildErrorEquals(SourceAttribute attribute)
    {
        var errors = new JsonArray();
        if (attribute.Get(ArgumentNames.ErrorEqualsParameter)?.Value is { Kind: SourceValueKind.Array } list)
        {
            foreach (SourceValue item in list.Items)
            {
                if (item.Kind == SourceValueKind.String && !string.IsNullOrEmpty(item.Text))
                {
                    errors.Add(J.Str(item.Text!));
                }
            }
        }

        return errors;
    }

    private JsonObject BuildRetrier(StateEntry state, SourceAttribute attribute, FieldRef at, bool isLast)
    {
        _retryCatch.CheckRetrier(attribute, at, isLast);
        var json = new JsonObject();
        json.Add("ErrorEquals", BuildErrorEquals(attribute));
        if (Args.String(attribute.Get(ArgumentNames.Comment)) is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        if (Args.Integer(attribute.Get(ArgumentNames.IntervalSeconds)) is long interval)
        {
            json.Add("IntervalSeconds", J.Num(interval));
        }

        if (Args.Integer(attribute.Get(ArgumentNames.MaxAttempts)) is long attempts)
        {
            json.Add("MaxAttempts", J.Num(attempts));
        }

        if (Args.Number(attribute.Get(ArgumentNames.BackoffRate)) is double rate && RetryCatchChecker.IsBackoffRate(rate) && J.Num(rate) is JsonNode number)
        {
            json.Add("BackoffRate", number);
        }

        if (Args.Integer(attribute.Get(ArgumentNames.MaxDelaySeconds)) is long maxDelay)
        {
            json.Add("MaxDelaySeconds", J.Num(maxDelay));
        }

        if (Args.String(attribute.Get(ArgumentNames.JitterStrategy)) is string jitter)
        {
            json.Add("JitterStrategy", J.Str(jitter));
        }

        return json;
    }

    private JsonObject BuildCatcher(StateEntry state, SourceAttribute attribute, FieldRef at, bool isLast)
    {
        _retryCatch.CheckErrorEquals(attribute, at, isLast);
        var json = new JsonObject();
        json.Add("ErrorEquals", BuildErrorEquals(attribute));
        if (Args.String(attribute.Get(ArgumentNames.Comment)) is string comment)
        {
            json.Add("Comment", J.Str(comment));
        }

        _retryCatch.CheckCatcherResultPath(state, attribute, at);
        SourceArgument? resultPath = attribute.Get(ArgumentNames.ResultPath);
        if (!state.JsonAta && Args.IsNull(resultPath))
        {
            json.Add("ResultPath", J.Null);
        }
        else if (!state.JsonAta && Args.String(resultPath) is string path)
        {
            _paths.Check(path, at with { Argument = ArgumentNames.ResultPath }, "ResultPath", PathUse.Result);
            json.Add("ResultPath", J.Str(path));
        }

        _retryCatch.CheckCatcherOutput(state, attribute, at);
        if (state.JsonAta && attribute.Get(ArgumentNames.Output) is SourceArgument output
            && ParseJsonAtaValue(output, at with { Argument = ArgumentNames.Output }, "Output") is JsonNode value)
        {
            json.Add("Output", value);
        }

        if (attribute.Get(ArgumentNames.Assign) is SourceArgument assign)
        {
            JsonNode? assigned = ParseJsonArgument(assign, at with { Argument = ArgumentNames.Assign }, "Assign", requireObject: true, payloadTemplate: true, jsonAta: state.JsonAta);
            if (assigned is JsonObject variables)
            {
                _stateFields.CheckVariableNames(variables, at with { Argument = ArgumentNames.Assign });
                json.Add("Assign", assigned);
            }
        }

        _retryCatch.CheckCatcherNext(state, attribute, at);
        if (Args.String(attribute.Get(ArgumentNames.Next)) is string next)
        {
            json.Add("Next", J.Str(ResolveTransition(state, next, at with { Argument = ArgumentNames.Next }, "The Catch's Next")));
        }

        return json;
    }
}
