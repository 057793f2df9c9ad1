using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Security;
using StepGen.Asl.Iam;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Compile;

/// <summary>
/// The IAM policy: the machine's own [IamStatement]s, the statements derived from the finished definition
/// (<see cref="IamPolicyDerivation"/>), and SG4005 where a state's permissions cannot be derived.
/// </summary>
internal sealed partial class MachineBuilder
{
    private string BuildIamPolicy(JsonObject root)
    {
        var custom = new List<JsonObject>();
        for (int i = 0; i < _machine.Attributes.Count; i++)
        {
            SourceAttribute attribute = _machine.Attributes[i];
            if (attribute.Name == AttributeNames.IamStatement)
            {
                JsonObject? statement = BuildCustomStatement(attribute, new FieldRef(null, i));
                if (statement is not null)
                {
                    custom.Add(statement);
                }
            }
        }

        IamPolicyResult result = IamPolicyDerivation.Derive(root, _name, custom);
        new IamStatementChecker(_machine, _name, _problems).Check(root);
        // A state whose fields were refused or did not parse does not yet say what it calls: its errors come first,
        // and an IAM warning about the half-read call would only repeat them. SG1021 and SG3009 were SG1016 and
        // SG1015 warnings before they had IDs of their own, and still settle nothing.
        var unsettled = new HashSet<string>(StringComparer.Ordinal);
        foreach (Problem problem in _problems.Problems)
        {
            if (problem.Id is Rules.BadJson or Rules.FieldNotAllowed or Rules.RequiredField or Rules.UndocumentedValue or Rules.ConnectionUnderBothFields
                && problem.Location.StateClass is string stateClass)
            {
                unsettled.Add(stateClass);
            }
        }

        foreach (IamNote note in result.Notes)
        {
            if (_allNames.TryGetValue(note.StateName, out StateEntry? noted) && unsettled.Contains(noted.ClassName))
            {
                continue;
            }

            FieldRef at = _allNames.TryGetValue(note.StateName, out StateEntry? state) ? state.At(ArgumentNames.Resource) : AtMachine();
            if (state is not null && state.Attribute.Get(ArgumentNames.Resource) is null)
            {
                at = state.At();
            }

            if (state is not null && note.Parameter is string parameter && AtParameter(state, parameter) is FieldRef exact)
            {
                at = exact;
            }

            Report(Rules.IamNotDerived, Phrases.InDialect(note.Message, _problems.Dialect), at);
        }

        return JsonWriter.Write(result.Policy, indented: true);
    }

    /// <summary>
    /// Where a task parameter is written: its <c>[Parameter]</c> attribute's value or Path, or its key inside the
    /// <c>Parameters</c>/<c>Arguments</c> JSON text; null when neither holds it.
    /// </summary>
    private static FieldRef? AtParameter(StateEntry state, string parameter)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.Parameter && Args.String(extra.Value.Get(ArgumentNames.NameParameter)) == parameter)
            {
                return state.AtExtra(extra.Key, extra.Value.Get(ArgumentNames.Path) is not null ? ArgumentNames.Path : extra.Value.Get(ArgumentNames.ValueParameter) is not null ? ArgumentNames.ValueParameter : ArgumentNames.NameParameter);
            }
        }

        if (state.Attribute.Get(state.PayloadField) is not null && state.Json?.Get(state.PayloadField) is JsonObject payload)
        {
            string key = payload.Get(parameter + ".$") is not null ? parameter + ".$" : parameter;
            if (payload.Get(key) is not null)
            {
                return InJson(state.At(state.PayloadField), payload.KeySpan(key), key.Length).At;
            }
        }

        return null;
    }

    private JsonObject? BuildCustomStatement(SourceAttribute attribute, FieldRef at)
    {
        var statement = new JsonObject();
        string effect = Args.String(attribute.Get(ArgumentNames.Effect)) ?? "Allow";
        if (effect != "Allow" && effect != "Deny")
        {
            Report(Rules.RequiredField, $"Effect is '{effect}'; an IAM statement's Effect is \"Allow\" or \"Deny\".", at with { Argument = ArgumentNames.Effect });
        }

        statement.Add("Effect", J.Str(effect));
        List<string> actions = Args.Strings(attribute.Get(ArgumentNames.Actions));
        if (actions.Count == 0)
        {
            Report(Rules.RequiredField, "[IamStatement] needs at least one action, e.g. Actions = new[] { \"sns:Publish\" }.", attribute.Get(ArgumentNames.Actions) is null ? at : at with { Argument = ArgumentNames.Actions });
            return null;
        }

        statement.Add("Action", J.Strings(actions));
        List<string> resources = Args.Strings(attribute.Get(ArgumentNames.Resources));
        if (resources.Count == 0)
        {
            Report(Rules.RequiredField, "[IamStatement] needs at least one resource ARN, e.g. Resources = new[] { \"arn:aws:sns:us-east-1:123456789012:alerts\" }.", attribute.Get(ArgumentNames.Resources) is null ? at : at with { Argument = ArgumentNames.Resources });
            return null;
        }

        statement.Add("Resource", J.Strings(resources));
        SourceArgument? condition = attribute.Get(ArgumentNames.Condition);
        if (condition is not null)
        {
            JsonNode? value = ParseJsonArgument(condition, at with { Argument = ArgumentNames.Condition }, "Condition", requireObject: true);
            if (value is not null)
            {
                statement.Add("Condition", value);
            }
        }

        return statement;
    }
}
