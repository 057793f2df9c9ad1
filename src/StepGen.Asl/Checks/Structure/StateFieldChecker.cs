using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// The fields of a state: which its type and query language take (SG1015, and SG1013 for a declaration attribute on
/// a state class), the ones it needs (a Task's Resource, SG1016), Assign's variable names (SG1016), and a Fail
/// state's Error or Cause given twice (SG1015).
/// </summary>
internal sealed class StateFieldChecker
{
    private readonly ProblemSink _problems;

    public StateFieldChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG1015 for every common field or attribute that this state type or query language does not take.</summary>
    public void CheckAllowed(StateEntry state)
    {
        foreach (SourceArgument argument in state.Attribute.Arguments)
        {
            if (argument.IsConstructorArgument || argument.Name is "Next" or "End" or "QueryLanguage" or "Name" or "Comment")
            {
                continue;
            }

            if (FieldRules.WhyNotAllowed(state.Kind, argument.Name, state.JsonAta, _problems.Dialect) is string why)
            {
                _problems.Report(Rules.FieldNotAllowed, $"{why} ('{state.Name}'); remove it.", state.At(argument.Name));
            }
        }

        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            string name = extra.Value.Name;
            bool allowed = name switch
            {
                AttributeNames.Parameter => FieldRules.Allows(state.Kind, state.PayloadField, state.JsonAta),
                AttributeNames.Header or AttributeNames.QueryParameter or AttributeNames.Body => state.Kind == StateKind.HttpTask,
                AttributeNames.Retry or AttributeNames.Catch => state.Kind.AllowsRetryCatch(),
                AttributeNames.When => state.Kind == StateKind.Choice,
                AttributeNames.AslField => true,
                _ => false,
            };

            if (allowed)
            {
                continue;
            }

            if (name is AttributeNames.StateMachine or AttributeNames.Branch or AttributeNames.IamStatement or AttributeNames.HttpEndpoint)
            {
                _problems.Report(Rules.Declaration, $"[{name}] does not belong on the state class {state.ClassName}; put it on {(name == AttributeNames.IamStatement ? "the state machine class" : "a class of its own")}.", state.AtExtra(extra.Key));
            }
            else
            {
                string where = name switch
                {
                    AttributeNames.Header or AttributeNames.QueryParameter or AttributeNames.Body => "only an [HttpTask] takes it",
                    AttributeNames.Retry or AttributeNames.Catch => "only Task, Parallel and Map states retry and catch errors",
                    AttributeNames.When => "only a [Choice] state has rules",
                    _ => $"this state type has no {state.PayloadField}",
                };
                _problems.Report(Rules.FieldNotAllowed, $"[{name}] is not allowed on the {state.Kind.AslType()} state '{state.Name}': {where}.", state.AtExtra(extra.Key));
            }
        }
    }

    /// <summary>SG1016: a Task state without Resource.</summary>
    public void CheckResource(StateEntry state)
    {
        SourceArgument? resource = state.Attribute.Get(ArgumentNames.Resource);
        if (string.IsNullOrEmpty(Args.String(resource)))
        {
            _problems.Report(Rules.RequiredField, $"The Task state '{state.Name}' has no Resource; set the ARN it runs, e.g. Resource = \"arn:aws:states:::lambda:invoke\".", resource is null ? state.At() : state.At(ArgumentNames.Resource));
        }
    }

    /// <summary>SG1015: a Fail state's <paramref name="field"/> (Error or Cause) given both as a value and as a path.</summary>
    public void CheckFailField(StateEntry state, string field)
    {
        if (Args.String(state.Attribute.Get(field)) is not null && Args.String(state.Attribute.Get(field + "Path")) is not null && !state.JsonAta)
        {
            _problems.Report(Rules.FieldNotAllowed, $"{field} and {field}Path are both set on '{state.Name}'; keep one.", state.At(field + "Path"));
        }
    }

    /// <summary>Variable names in Assign (ASL-SPEC 2.5): identifiers of at most 80 characters, never 'states'.</summary>
    public void CheckVariableNames(JsonObject variables, FieldRef at)
    {
        foreach (KeyValuePair<string, JsonNode> member in variables.Members)
        {
            string name = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            string? problem = name == "states"
                ? "Assign cannot set 'states': the name is reserved for $states"
                : name.Length == 0 || name.Length > 80 || !(char.IsLetter(name[0]) || name[0] == '_') || !IsIdentifierTail(name)
                    ? $"Assign cannot set '{name}': a variable name is a letter or '_' followed by letters, digits or '_', at most 80 characters"
                    : null;
            if (problem is not null)
            {
                _problems.Report(Rules.RequiredField, problem + ".", at);
            }
        }
    }

    private static bool IsIdentifierTail(string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
