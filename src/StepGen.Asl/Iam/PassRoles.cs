using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// <c>iam:PassRole</c> for the roles a task hands to the service it calls (a Bedrock job's <c>RoleArn</c>, a SageMaker
/// model's <c>ExecutionRoleArn</c>, an EMR cluster's <c>ServiceRole</c>): without it the call is denied ("Grant a user
/// permissions to pass a role to an AWS service", IAM user guide). A role parameter is one whose name ends in
/// <c>RoleArn</c>, or one of the few that take a role by another name; STS and IAM calls are left out, where a role
/// ARN names the role acted on, not one passed.
/// </summary>
internal static class PassRoles
{
    private static readonly HashSet<string> OtherRoleParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Role", "ServiceRole", "NodeRole", "JobFlowRole", "ServiceRoleOverride",
    };

    /// <summary>
    /// Allows passing every role the call's parameters name. <paramref name="passedTo"/> is the service principal the
    /// roles go to, used as the <c>iam:PassedToService</c> condition where it is known.
    /// </summary>
    public static void Add(TaskCall call, string service, string? passedTo = null)
    {
        if (service is "iam" or "sts" || call.Parameters is null)
        {
            return;
        }

        var roles = new SortedSet<string>(StringComparer.Ordinal);
        var runTime = new List<string>();
        Collect(call.Parameters, roles, runTime, 0);
        if (roles.Count == 0 && runTime.Count == 0)
        {
            return;
        }

        JsonObject? condition = null;
        if (passedTo is not null)
        {
            var passed = new JsonObject();
            passed.Add("iam:PassedToService", J.Str(passedTo));
            condition = new JsonObject();
            condition.Add("StringEquals", passed);
        }

        if (runTime.Count > 0 && !call.Grants.CoveredByCustom("iam:PassRole"))
        {
            roles.Add("arn:aws:iam::*:role/*");
            string to = passedTo is null ? string.Empty : $", only to {passedTo}";
            call.Grants.Note(call.StateName, $"'{call.StateName}' passes the role in {string.Join(", ", runTime)}, which is chosen at run time, so the policy may pass any role{to}; write it as a constant or a ${{Substitution}}, or add an [IamStatement] allowing iam:PassRole on the exact roles.", "iam:PassRole");
        }

        if (roles.Count > 0)
        {
            call.Grants.Allow(call.Order, "PassRoles", new[] { "iam:PassRole" }, roles, condition, stateName: call.StateName);
        }
    }

    private static void Collect(JsonObject parameters, SortedSet<string> roles, List<string> runTime, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> member in parameters.Members)
        {
            string key = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            if (member.Value is JsonObject nested)
            {
                Collect(nested, roles, runTime, depth + 1);
                continue;
            }

            if (!key.EndsWith("RoleArn", StringComparison.OrdinalIgnoreCase) && !OtherRoleParameters.Contains(key))
            {
                continue;
            }

            ParameterValue value = member.Key.EndsWith(".$", StringComparison.Ordinal) ? ParameterValue.Read(parameters, key) : ParameterValue.Of(member.Value);
            switch (value.Known)
            {
                case ValueKnown.RunTime:
                    runTime.Add(key);
                    break;
                case ValueKnown.Constant:
                    roles.Add(value.Text.StartsWith("arn:", StringComparison.Ordinal) ? value.Text : $"arn:aws:iam::*:role/{value.Text}");
                    break;
                case ValueKnown.Substitution:
                    roles.Add(value.Substitution == SubstitutionKind.Name ? $"arn:aws:iam::*:role/{value.Text}" : value.Text);
                    break;
            }
        }
    }
}
