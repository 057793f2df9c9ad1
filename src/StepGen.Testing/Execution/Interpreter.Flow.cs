using System;
using System.Globalization;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;

namespace StepGen.Testing.Execution;

/// <summary>The states that do no work outside the machine: Pass, Choice, Wait, Fail.</summary>
internal sealed partial class Interpreter
{
    private static StepResult RunPass(PassDefinition pass, JsonNode raw, DataFlow flow)
    {
        JsonNode effective = flow.Template(pass.Parameters, flow.Input(raw));
        JsonNode result = pass.Result ?? effective;
        flow.Assign(pass.Assign, result);
        return new StepResult(flow.Output(flow.Merge(pass.ResultPath, raw, result)), pass.Next);
    }

    private static StepResult RunChoice(ChoiceDefinition choice, JsonNode raw, DataFlow flow)
    {
        JsonNode effective = flow.Input(raw);
        foreach (JsonObject rule in choice.Choices)
        {
            if (flow.Matches(rule, effective))
            {
                // A rule's own Assign replaces the state's (the guide lets both carry one; which wins when a rule
                // matches is not spelled out, and the rule's is the more specific).
                flow.Assign(rule.Get("Assign") as JsonObject ?? choice.Assign, effective);
                return new StepResult(flow.Output(effective), ((JsonString)rule.Get("Next")!).Value);
            }
        }

        if (choice.Default is null)
        {
            // The guide: "States.NoChoiceMatched: A Choice state failed to match the input with the conditions
            // defined in the Choice Rule and a Default transition wasn't specified."
            throw new StateFailure(
                AslErrorNames.NoChoiceMatched,
                $"No Matches! (Choice state '{choice.Name}' has no rule that matches its input and no Default.)");
        }

        flow.Assign(choice.Assign, effective);
        return new StepResult(flow.Output(effective), choice.Default);
    }

    private StepResult RunWait(WaitDefinition wait, JsonNode raw, Strand strand, DataFlow flow)
    {
        JsonNode effective = flow.Input(raw);
        DateTimeOffset until = wait switch
        {
            { Seconds: long seconds } => strand.Now.AddSeconds(seconds),
            { Timestamp: string timestamp } => ParseTimestamp(timestamp, wait.Name, "Timestamp"),
            { SecondsPath: string path } => strand.Now.AddSeconds(flow.WholeNumber(path, effective, "SecondsPath")),
            { TimestampPath: string path } => ParseTimestamp(
                flow.Reference(path, effective) is JsonString s ? s.Value : string.Empty, wait.Name, "TimestampPath"),
            _ => strand.Now,
        };

        if (_run.Deadline is DateTimeOffset deadline && until > deadline)
        {
            until = deadline;
        }

        if (until > strand.Now)
        {
            strand.Now = until;
        }

        CheckDeadline(strand);
        flow.Assign(wait.Assign, effective);
        return new StepResult(flow.Output(effective), wait.Next);
    }

    /// <summary>
    /// RFC 3339 with an uppercase T and Z, as the guide's Wait state page requires (<c>2016-03-14T01:59:00Z</c>): the
    /// core's <see cref="Timestamp"/>, the same rule Choice comparisons and <c>[When]</c> conditions use.
    /// </summary>
    private static DateTimeOffset ParseTimestamp(string text, string state, string field)
    {
        if (Timestamp.TryParse(text, out Timestamp timestamp) && timestamp.TryGetInstant(out DateTimeOffset time))
        {
            return time;
        }

        throw new StateFailure(
            AslErrorNames.Runtime,
            $"Wait state '{state}': {field} '{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z.");
    }

    private static StateFailure FailWith(FailDefinition fail, JsonNode raw, DataFlow flow)
    {
        string? error = fail.Error ?? Text(fail.ErrorPath, raw, flow);
        string? cause = fail.Cause ?? Text(fail.CausePath, raw, flow);
        return new StateFailure(error, cause);
    }

    private static string? Text(string? path, JsonNode raw, DataFlow flow)
    {
        if (path is null)
        {
            return null;
        }

        JsonNode value = path.StartsWith("States.", StringComparison.Ordinal)
            ? flow.Template(ErrorTemplate(path), raw) is JsonObject o ? o.Get("v") ?? JsonNode.Null : JsonNode.Null
            : flow.Reference(path, raw);
        return value is JsonString s ? s.Value : JsonWriter.Write(value, indented: false);
    }

    /// <summary>ErrorPath and CausePath may hold an intrinsic function; a one-member template evaluates it.</summary>
    private static JsonObject ErrorTemplate(string expression)
    {
        var template = new JsonObject();
        template.Add("v.$", new JsonString(expression));
        return template;
    }
}
