using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>Something the derivation could not scope, reported at the state that calls it.</summary>
/// <param name="StateName">The state whose call it is.</param>
/// <param name="Message">What was granted instead, and why.</param>
/// <param name="Actions">The actions an [IamStatement] would have to allow to settle it.</param>
/// <param name="Parameter">The task parameter at fault, when one is (<c>TableName</c>), so the warning can point at it.</param>
public sealed record IamNote(string StateName, string Message, IReadOnlyList<string>? Actions = null, string? Parameter = null);

/// <summary>The derived policy document and what could not be derived exactly.</summary>
public sealed class IamPolicyResult
{
    public IamPolicyResult(JsonObject policy, IReadOnlyList<IamNote> notes)
    {
        Policy = policy;
        Notes = notes;
    }

    public JsonObject Policy { get; }

    public IReadOnlyList<IamNote> Notes { get; }
}

/// <summary>
/// Derives the least-privilege execution-role policy from an ASL definition: it reads only the ASL, so it serves
/// generated and hand-written definitions alike. HTTP tasks are handled here; every other integration is a row of
/// <see cref="Integrations"/>. Statements merge by what they allow and come out in a fixed order.
/// </summary>
public static class IamPolicyDerivation
{
    public static IamPolicyResult Derive(JsonObject definition, string machineName, IReadOnlyList<JsonObject> customStatements)
    {
        var grants = new Grants(machineName, customStatements);
        var http = new HttpGrants(grants);
        Walk(definition, grants, http, 0);
        http.Emit();

        var statements = new JsonArray();
        grants.WriteTo(statements);
        for (int i = 0; i < customStatements.Count; i++)
        {
            var statement = new JsonObject();
            statement.Add("Sid", J.Str("Custom" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (KeyValuePair<string, JsonNode> member in customStatements[i].Members)
            {
                if (member.Key != "Sid")
                {
                    statement.Add(member.Key, member.Value);
                }
            }

            statements.Add(statement);
        }

        if (statements.Items.Count == 0)
        {
            statements.Add(NothingToAllow(machineName));
        }

        var policy = new JsonObject();
        policy.Add("Version", J.Str("2012-10-17"));
        policy.Add("Statement", statements);
        return new IamPolicyResult(policy, grants.Notes);
    }

    /// <summary>
    /// IAM rejects a policy whose Statement list is empty (MalformedPolicyDocument; the IAM JSON policy grammar allows one
    /// or more statements), so a machine that calls nothing gets one statement that changes nothing: it denies this very
    /// machine the HTTP endpoint calls it never makes. It names only this machine's ARN, so a role that other machines
    /// share keeps what their policies allow.
    /// </summary>
    private static JsonObject NothingToAllow(string machineName)
    {
        var statement = new JsonObject();
        statement.Add("Sid", J.Str("NoAwsCallsToAllow"));
        statement.Add("Effect", J.Str("Deny"));
        statement.Add("Action", J.Strings(new[] { "states:InvokeHTTPEndpoint" }));
        statement.Add("Resource", J.Strings(new[] { $"arn:aws:states:*:*:stateMachine:{machineName}" }));
        return statement;
    }

    /// <summary>Visits every Task state and distributed Map, including those nested in Parallel branches and Map processors.</summary>
    private static void Walk(JsonObject machine, Grants grants, HttpGrants http, int depth)
    {
        if (depth > 32 || machine.Get("States") is not JsonObject states)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> entry in states.Members)
        {
            if (entry.Value is not JsonObject state)
            {
                continue;
            }

            if (state.Get("Type") is JsonString { Value: "Task" } && state.Get("Resource") is JsonString resource)
            {
                JsonObject? parameters = (state.Get("Parameters") ?? state.Get("Arguments")) as JsonObject;
                string known = Partition.Standard(resource.Value);
                if (state.ContainsKey("Credentials"))
                {
                    // "The ARN of an IAM role that Step Functions assumes for the task" (TaskCredentials, Step Functions API
                    // reference): the execution role must be allowed to assume it, which is not derived yet.
                    grants.Note(entry.Key, $"'{entry.Key}' runs its call as the role in Credentials, which the execution role assumes, but the policy does not allow sts:AssumeRole on it (StepGen grants the call itself to the execution role); add an [IamStatement] allowing sts:AssumeRole on that role, and give the call's own permissions to that role.", "sts:AssumeRole");
                }

                if (known == HttpTask.Resource)
                {
                    http.Add(entry.Key, parameters);
                }
                else if (IsActivity(resource.Value))
                {
                    // A worker takes the task with its own credentials (GetActivityTask); the developer guide lists no
                    // permission the execution role needs for it.
                }
                else if (Substitutions.IsWholeSubstitution(resource.Value))
                {
                    SubstitutedResource(entry.Key, resource.Value, grants);
                }
                else if (!Integrations.Derive(entry.Key, known, parameters, grants) && !CustomCovers(resource.Value, grants))
                {
                    string hint = Integrations.Suggest(resource.Value) is string suggestion ? $" ({suggestion})" : string.Empty;
                    grants.Note(entry.Key, $"StepGen does not know the resource '{resource.Value}' of '{entry.Key}'{hint}, so the policy allows nothing for it; if the resource is right, add an [IamStatement] on the state machine that allows what it calls, scoped to its ARN.");
                }
            }

            if (state.Get("Type") is JsonString { Value: "Map" })
            {
                MapGrants.Add(entry.Key, state, grants);
            }

            if (state.Get("Branches") is JsonArray branches)
            {
                foreach (JsonNode branch in branches.Items)
                {
                    if (branch is JsonObject nested)
                    {
                        Walk(nested, grants, http, depth + 1);
                    }
                }
            }

            if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
            {
                Walk(processor, grants, http, depth + 1);
            }
        }
    }

    private static bool IsActivity(string resource)
    {
        string[] parts = resource.Split(':');
        return parts.Length == 7 && parts[0] == "arn" && parts[2] == "states" && parts[5] == "activity";
    }

    /// <summary>
    /// A Task whose whole Resource is a <c>${Substitution}</c> (SAM and CloudFormation fill in a function's ARN so): it
    /// is taken for a Lambda function, the only other resource a Task names by ARN, and allowed like one. An
    /// <c>${...ActivityArn}</c> needs nothing; a name that says neither gets a warning, so the guess is seen.
    /// </summary>
    private static void SubstitutedResource(string stateName, string resource, Grants grants)
    {
        string name = resource.Substring(2, resource.Length - 3);
        if (name.IndexOf("Activity", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return;
        }

        if (grants.CoveredByCustom("lambda:InvokeFunction"))
        {
            return;
        }

        grants.Allow(10, "InvokeLambdaFunctions", new[] { "lambda:InvokeFunction" }, ResourceArns.FunctionArns(resource), stateName: stateName);
        if (name.IndexOf("Function", StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("Lambda", StringComparison.OrdinalIgnoreCase) < 0)
        {
            grants.Note(stateName, $"The Resource of '{stateName}' is the substitution {resource}, which StepGen takes for a Lambda function's ARN, so the policy allows lambda:InvokeFunction on it; name it for what it holds ({Substitutions.Companion(resource, "FunctionArn")} for a function, {Substitutions.Companion(resource, "ActivityArn")} for an activity), or write the resource as a constant.", "lambda:InvokeFunction");
        }
    }

    /// <summary>An unknown integration is the user's to grant: any [IamStatement] for its service settles it.</summary>
    private static bool CustomCovers(string resource, Grants grants)
    {
        const string optimized = "arn:aws:states:::";
        string[] parts = resource.StartsWith(optimized, StringComparison.Ordinal)
            ? resource.Substring(optimized.Length).Split(':')
            : resource.Split(':');
        string service = resource.StartsWith(optimized, StringComparison.Ordinal) ? parts[0] : parts.Length > 2 ? parts[2] : string.Empty;
        return service.Length > 0 && grants.AnyCustomFor(service);
    }
}
