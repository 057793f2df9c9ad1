using System;
using System.Globalization;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;

namespace StepGen.Testing.Execution;

/// <summary>The states that do no work outside the machine: Pass, Choice, Wait, Fail.</summary>
internal sealed partial class Interpreter
{
    private static StepResult RunPass(PassDefinition pass, JsonNode raw, IDataFlow flow)
    {
        // InputPath and Parameters apply (and can fail) even when a Result replaces what they give.
        JsonNode effective = flow.Arguments(flow.Input(raw));
        JsonNode result = pass.Result ?? effective;
        return new StepResult(flow.Output(raw, result), pass.Next);
    }

    private static StepResult RunChoice(ChoiceDefinition choice, JsonNode raw, IDataFlow flow)
    {
        JsonNode effective = flow.Input(raw);
        for (int rule = 0; rule < choice.Choices.Count; rule++)
        {
            if (flow.Matches(rule, effective))
            {
                // The rule's own Assign (and JSONata Output) replace the state's.
                return new StepResult(flow.Output(raw, effective, rule), ((JsonString)choice.Choices[rule].Get("Next")!).Value);
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

        return new StepResult(flow.Output(raw, effective), choice.Default);
    }

    private StepResult RunWait(WaitDefinition wait, JsonNode raw, Strand strand, IDataFlow flow)
    {
        JsonNode effective = flow.Input(raw);
        DateTimeOffset until = wait switch
        {
            { Seconds: long seconds } => strand.Now.AddSeconds(seconds),
            { Timestamp: string timestamp } => ParseTimestamp(timestamp, wait.Name, "Timestamp"),
            _ when flow.WholeNumber("Seconds", effective) is long seconds => strand.Now.AddSeconds(seconds),
            _ when flow.Text("Timestamp", effective) is string timestamp => ParseTimestamp(timestamp, wait.Name, wait.Computed["Timestamp"].Field),
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
        return new StepResult(flow.Output(raw, effective), wait.Next);
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

    private static StateFailure FailWith(FailDefinition fail, JsonNode raw, IDataFlow flow)
    {
        JsonNode effective = flow.Input(raw);
        string? error = fail.Error ?? flow.Text("Error", effective);
        string? cause = fail.Cause ?? flow.Text("Cause", effective);
        return new StateFailure(error, cause);
    }
}
