using System;
using System.Collections.Generic;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// Some actions on some resources: the resources are ARN templates that <see cref="TaskCall.Fill"/> completes from the
/// call's parameters, and <paramref name="Condition"/> is an IAM condition block as JSON text.
/// </summary>
internal sealed record Grant(string[] Actions, string[] On, string? Condition = null);

/// <summary>
/// One optimized service integration: the Task resource it answers to, its integration patterns, and what its role
/// needs, as the Step Functions developer guide's page for it documents (<see cref="Page"/>). Most rows are data: the
/// grants of every call, what <c>.sync</c> adds, the EventBridge rule it manages, the service that roles are passed
/// to. The services whose parameters need reading of their own have <see cref="Custom"/>, and <see cref="Allowed"/>
/// and <see cref="On"/> describe them for the docs.
/// </summary>
internal sealed class Integration
{
    public Integration(string api, params string[] patterns)
    {
        Resource = "arn:aws:states:::" + api;
        Patterns = patterns.Length == 0 ? new[] { "" } : patterns;
        int colon = api.IndexOf(':');
        Sid = Integrations.Identifier(api.Substring(0, colon)) + Integrations.Identifier(api.Substring(colon + 1));
    }

    /// <summary>The Task resource without a pattern suffix, e.g. <c>arn:aws:states:::athena:startQueryExecution</c>.</summary>
    public string Resource { get; }

    /// <summary><c>""</c> (request-response), <c>.sync</c>, <c>.sync:2</c>, <c>.waitForTaskToken</c>.</summary>
    public string[] Patterns { get; }

    /// <summary>The statements' Sid: the service and API, e.g. <c>AthenaStartQueryExecution</c>.</summary>
    public string Sid { get; init; }

    /// <summary>The page of the developer guide the row follows.</summary>
    public string Page { get; init; } = string.Empty;

    /// <summary>Where the row's statements stand in the policy.</summary>
    public int Order { get; init; } = Integrations.OptimizedOrder;

    /// <summary>What every call needs.</summary>
    public Grant[] Calls { get; init; } = Array.Empty<Grant>();

    /// <summary>What <c>.sync</c> adds: polling the job and stopping it when the execution stops.</summary>
    public Grant[] Sync { get; init; } = Array.Empty<Grant>();

    /// <summary>The managed EventBridge rule through which <c>.sync</c> learns that the job ended.</summary>
    public string? CompletionRule { get; init; }

    /// <summary>Whether the roles the parameters name are passed to the service (<c>iam:PassRole</c>).</summary>
    public bool PassesRoles { get; init; } = true;

    /// <summary>The service principal passed roles go to (the <c>iam:PassedToService</c> condition), where the guide gives it.</summary>
    public string? PassedTo { get; init; }

    /// <summary>The derivation of a service that needs its own code; it runs instead of <see cref="Calls"/> and <see cref="Sync"/>.</summary>
    public Action<TaskCall>? Custom { get; init; }

    /// <summary>For the docs table, where <see cref="Custom"/> hides the grants.</summary>
    public string? Allowed { get; init; }

    /// <summary>For the docs table, where <see cref="Custom"/> hides the grants.</summary>
    public string? On { get; init; }

    /// <summary>The IAM prefix the roles and Sids belong to.</summary>
    public string Service => Resource.Substring("arn:aws:states:::".Length, Resource.IndexOf(':', "arn:aws:states:::".Length) - "arn:aws:states:::".Length);

    public void Derive(TaskCall call)
    {
        if (Custom is not null)
        {
            Custom(call);
        }
        else
        {
            foreach (Grant grant in Calls)
            {
                Apply(call, grant);
            }

            if (call.IsSync)
            {
                foreach (Grant grant in Sync)
                {
                    Apply(call, grant);
                }
            }
        }

        if (call.IsSync && CompletionRule is not null)
        {
            Integrations.ManagedRule(call, CompletionRule);
        }

        if (PassesRoles)
        {
            PassRoles.Add(call, Service, PassedTo);
        }
    }

    private void Apply(TaskCall call, Grant grant)
    {
        var vague = new List<Vague>();
        var resources = new List<string>();
        foreach (string template in grant.On)
        {
            string arn = call.Fill(template, vague);
            if (!resources.Contains(arn))
            {
                resources.Add(arn);
            }
        }

        if (vague.Count > 0)
        {
            if (Array.TrueForAll(grant.Actions, call.Grants.CoveredByCustom))
            {
                return;
            }

            call.Grants.NoteWide(call.StateName, grant.Actions, vague, resources);
        }

        JsonObject? condition = grant.Condition is null ? null : JsonParser.Parse(grant.Condition).Value as JsonObject;
        call.Grants.Allow(call.Order, Sid, grant.Actions, resources, condition, stateName: call.StateName);
    }
}
