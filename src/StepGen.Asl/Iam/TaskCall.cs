using System;
using System.Collections.Generic;
using System.Text;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>What a parameter that names a resource accepts.</summary>
internal enum ValueForm
{
    /// <summary>Only an ARN (<c>TopicArn</c>, <c>StateMachineArn</c>): a substitution there is an ARN whatever its name.</summary>
    Arn,

    /// <summary>A name or an ARN (<c>FunctionName</c>, <c>TableName</c>, <c>EventBusName</c>).</summary>
    NameOrArn,

    /// <summary>Only a name (an S3 <c>Bucket</c>): a substitution there is a name whatever its name.</summary>
    Name,

    /// <summary>A URL (<c>QueueUrl</c>): a substitution there gets a companion <c>${...Arn}</c> for the policy.</summary>
    Url,
}

/// <summary>One Task (or Map reader/writer) call as the derivation sees it: its resource, pattern and payload.</summary>
internal sealed class TaskCall
{
    public TaskCall(string stateName, string resource, string pattern, JsonObject? parameters, Grants grants)
    {
        StateName = stateName;
        Resource = resource;
        Pattern = pattern;
        Parameters = parameters;
        Grants = grants;
    }

    public string StateName { get; }

    /// <summary>The resource without its integration pattern suffix.</summary>
    public string Resource { get; }

    /// <summary><c>""</c> (request-response), <c>.sync</c>, <c>.sync:2</c> or <c>.waitForTaskToken</c>.</summary>
    public string Pattern { get; }

    public JsonObject? Parameters { get; }

    public Grants Grants { get; }

    /// <summary>Where the integration's statements stand in the policy.</summary>
    public int Order { get; init; }

    public bool IsSync => Pattern is ".sync" or ".sync:2";

    /// <summary>The parameter as the derivation reads it.</summary>
    public ParameterValue Value(string name) => ParameterValue.Read(Parameters, name);

    /// <summary>A parameter's constant value (a JSONata string literal included), or null.</summary>
    public string? Literal(string name) => Literal(Parameters, name);

    public static string? Literal(JsonObject? parameters, string name) =>
        ParameterValue.Read(parameters, name) is { Known: ValueKnown.Constant } value ? value.Text : null;

    /// <summary>True when the call sets the parameter at all, as a constant, a substitution or at run time.</summary>
    public bool Sets(string name) => Value(name).Known != ValueKnown.Absent;

    /// <summary>Allows <paramref name="actions"/> on <paramref name="resources"/> in this integration's place in the policy.</summary>
    public void Allow(string sid, string[] actions, params string[] resources) =>
        Grants.Allow(Order, sid, actions, resources, stateName: StateName);

    /// <summary>
    /// The ARN that <paramref name="parameter"/> names. A constant goes through <paramref name="toArn"/> (which returns
    /// null for a constant it cannot use); a substitution is an ARN, a name (then <paramref name="toArn"/> places it in
    /// the ARN) or a URL (then its companion <c>${...Arn}</c>), by its name and by what the parameter accepts. Anything
    /// else gets null when the user's [IamStatement]s already allow <paramref name="action"/>, else
    /// <paramref name="fallback"/>, the narrowest pattern the ARN format allows, with a note that says how to narrow it.
    /// </summary>
    public string? Resolve(string parameter, ValueForm form, Func<string, string?> toArn, string fallback, string action)
    {
        if (Exact(parameter, form, toArn, out string why, out string advice) is string arn)
        {
            return arn;
        }

        if (Grants.CoveredByCustom(action))
        {
            return null;
        }

        Grants.NoteAt(StateName, parameter, $"'{StateName}' calls {action}, but {why}, so the policy allows it on {fallback}; {advice}.", action);
        return fallback;
    }

    /// <summary>
    /// The ARN <paramref name="parameter"/> names exactly (see <see cref="Resolve"/>), or null, with why not and what
    /// would narrow it.
    /// </summary>
    public string? Exact(string parameter, ValueForm form, Func<string, string?> toArn, out string why, out string advice)
    {
        ParameterValue value = Value(parameter);
        advice = $"write {parameter} as a constant or a ${{Substitution}}, or add an [IamStatement] for the exact resources";
        switch (value.Known)
        {
            case ValueKnown.Constant:
                why = $"its {parameter} '{value.Text}' is not a form StepGen can turn into an ARN";
                advice = $"write {parameter} as the resource's name or ARN, or add an [IamStatement] for the exact resources";
                return toArn(value.Text);
            case ValueKnown.Substitution:
                why = $"its {parameter} is the substitution {value.Text}, which could be a name or an ARN";
                advice = $"name the substitution for what it holds ({Example(value.Text, "Arn")} for an ARN, {Example(value.Text, "Name")} for a name), or add an [IamStatement] for the exact resources";
                SubstitutionKind kind = value.Substitution;
                if (form == ValueForm.Url)
                {
                    // IAM needs the ARN, which no text operation on a URL placeholder gives: ask the deploy for it.
                    return kind == SubstitutionKind.Arn ? value.Text : Substitutions.Companion(value.Text, "Arn");
                }

                if (form == ValueForm.Name || (kind == SubstitutionKind.Name && form == ValueForm.NameOrArn))
                {
                    return toArn(value.Text);
                }

                return kind == SubstitutionKind.Arn || form == ValueForm.Arn ? value.Text : null;
            case ValueKnown.RunTime:
                why = $"its {parameter} is chosen at run time";
                return null;
            default:
                why = $"it sets no {parameter}";
                advice = $"set {parameter}, or add an [IamStatement] for the exact resources";
                return null;
        }
    }

    /// <summary>
    /// Fills an ARN template from the call's parameters. <c>{Name}</c> takes the parameter <c>Name</c>;
    /// <c>{Name=primary}</c> has a default for when it is not set; <c>{Name|arn}</c> also takes an ARN, which then
    /// stands for the whole template; <c>{!the query's workgroup}</c> is a part no parameter gives. A part that is not
    /// known before the call runs becomes <c>*</c>, and <paramref name="vague"/> says why.
    /// </summary>
    public string Fill(string template, List<Vague> vague)
    {
        var arn = new StringBuilder(template.Length);
        for (int i = 0; i < template.Length; i++)
        {
            int close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close < 0)
            {
                arn.Append(template[i]);
                continue;
            }

            string placeholder = template.Substring(i + 1, close - i - 1);
            i = close;
            if (placeholder.StartsWith("!", StringComparison.Ordinal))
            {
                arn.Append('*');
                vague.Add(new Vague(null, $"the task does not name {placeholder.Substring(1)}"));
                continue;
            }

            bool takesArn = placeholder.EndsWith("|arn", StringComparison.Ordinal);
            string name = takesArn ? placeholder.Substring(0, placeholder.Length - 4) : placeholder;
            string? fallback = null;
            int equals = name.IndexOf('=');
            if (equals > 0)
            {
                fallback = name.Substring(equals + 1);
                name = name.Substring(0, equals);
            }

            ParameterValue value = Value(name);
            switch (value.Known)
            {
                case ValueKnown.Constant when takesArn && value.Text.StartsWith("arn:", StringComparison.Ordinal):
                case ValueKnown.Substitution when takesArn && value.Substitution == SubstitutionKind.Arn:
                    return value.Text;
                case ValueKnown.Substitution when takesArn && value.Substitution == SubstitutionKind.Unknown:
                    arn.Append('*');
                    vague.Add(new Vague(name, $"its {name} is the substitution {value.Text}, which could be a name or an ARN (name it {Example(value.Text, "Arn")} or {Example(value.Text, "Name")})"));
                    break;
                case ValueKnown.Constant:
                case ValueKnown.Substitution:
                    arn.Append(value.Text);
                    break;
                case ValueKnown.RunTime:
                    arn.Append('*');
                    vague.Add(new Vague(name, $"its {name} is chosen at run time"));
                    break;
                default:
                    if (fallback is not null)
                    {
                        arn.Append(fallback);
                    }
                    else
                    {
                        arn.Append('*');
                        vague.Add(new Vague(name, $"it sets no {name}"));
                    }

                    break;
            }
        }

        return arn.ToString();
    }

    private static string Example(string substitution, string suffix) => Substitutions.Companion(substitution, suffix);
}
