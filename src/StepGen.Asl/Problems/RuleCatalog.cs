using System;
using System.Collections.Generic;

namespace StepGen.Asl.Problems;

/// <summary>How much a rule's problem matters by default: the analyzers' DiagnosticSeverity, and what <c>stepgen lint</c> prints.</summary>
public enum RuleSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>One rule: its ID, its title and its default severity.</summary>
public sealed record RuleInfo(string Id, string Title, RuleSeverity Severity);

/// <summary>
/// The title and default severity of every rule, for the tools that report problems without Roslyn
/// (<c>stepgen lint</c>). The analyzers' descriptors say the same (they must be constants for Roslyn's release
/// tracking); RuleCatalogTests holds the two together.
/// </summary>
public static class RuleCatalog
{
    private static readonly RuleInfo[] Entries =
    {
        new(Rules.InternalError, "StepGen failed on this state machine", RuleSeverity.Error),
        new(Rules.StartAt, "StartAt is missing or names no state", RuleSeverity.Error),
        new(Rules.MissingTransition, "State has neither Next nor End", RuleSeverity.Error),
        new(Rules.NextAndEnd, "State has both Next and End", RuleSeverity.Error),
        new(Rules.UnknownState, "Transition names no state in scope", RuleSeverity.Error),
        new(Rules.Unreachable, "State cannot be reached from StartAt", RuleSeverity.Warning),
        new(Rules.BadStateName, "Duplicate or invalid name", RuleSeverity.Error),
        new(Rules.TransitionNotAllowed, "Next or End on a Choice, Succeed or Fail state", RuleSeverity.Error),
        new(Rules.ChoiceRules, "Choice without rules", RuleSeverity.Error),
        new(Rules.WaitDuration, "Wait needs exactly one duration", RuleSeverity.Error),
        new(Rules.RetryCatch, "Invalid Retry or Catch", RuleSeverity.Error),
        new(Rules.Timeouts, "Invalid timeout", RuleSeverity.Error),
        new(Rules.NoWayOut, "Loop with no way out", RuleSeverity.Warning),
        new(Rules.Declaration, "Invalid state machine or state declaration", RuleSeverity.Error),
        new(Rules.BadJson, "JSON text does not parse", RuleSeverity.Error),
        new(Rules.FieldNotAllowed, "Field not allowed here", RuleSeverity.Error),
        new(Rules.RequiredField, "Missing or invalid field value", RuleSeverity.Error),
        new(Rules.DoubtfulStateName, "Doubtful state name", RuleSeverity.Warning),
        new(Rules.ChoiceWithoutDefault, "Choice without Default", RuleSeverity.Warning),
        new(Rules.ErrorNameNeverRaised, "Error name that Step Functions never raises", RuleSeverity.Warning),
        new(Rules.MachineTimeoutZero, "State machine TimeoutSeconds of 0", RuleSeverity.Warning),
        new(Rules.UndocumentedValue, "Value outside what AWS documents", RuleSeverity.Warning),
        new(Rules.PathSyntax, "Invalid JSONPath", RuleSeverity.Error),
        new(Rules.ReferencePath, "Reference path selects more than one node", RuleSeverity.Error),
        new(Rules.ContextField, "Unknown context object field", RuleSeverity.Warning),
        new(Rules.IntrinsicFunction, "Invalid intrinsic function call", RuleSeverity.Error),
        new(Rules.Condition, "Invalid [When] condition", RuleSeverity.Error),
        new(Rules.TypedPath, "Path names a field the data does not have", RuleSeverity.Warning),
        new(Rules.NonStringErrorOrCause, "ErrorPath or CausePath function that does not return a string", RuleSeverity.Warning),
        new(Rules.JsonAtaSyntax, "Invalid JSONata expression", RuleSeverity.Error),
        new(Rules.JsonAtaFunction, "Unknown JSONata function or wrong number of arguments", RuleSeverity.Error),
        new(Rules.StatesField, "$states field that Step Functions does not provide here", RuleSeverity.Error),
        new(Rules.VariableNeverAssigned, "Variable read that no state assigns before", RuleSeverity.Warning),
        new(Rules.VariableSometimesAssigned, "Variable read that only some paths assign", RuleSeverity.Info),
        new(Rules.VariableAssignedInside, "Variable assigned only inside a Parallel branch or Map iteration", RuleSeverity.Warning),
        new(Rules.JsonAtaInJsonPathState, "JSONata expression in a JSONPath state", RuleSeverity.Warning),
        new(Rules.NewerJsonAta, "JSONata syntax newer than the version Step Functions runs", RuleSeverity.Warning),
        new(Rules.HttpEndpoint, "ApiEndpoint is not an absolute https URL", RuleSeverity.Error),
        new(Rules.HttpMethod, "Method is not accepted by the HTTP task", RuleSeverity.Error),
        new(Rules.HttpConnection, "Missing or invalid EventBridge connection ARN", RuleSeverity.Error),
        new(Rules.HttpHeader, "Header the HTTP task refuses", RuleSeverity.Error),
        new(Rules.HttpBodyOnBodilessMethod, "Request body on a method that sends none", RuleSeverity.Warning),
        new(Rules.EndpointBody, "Request body does not match the endpoint's type", RuleSeverity.Warning),
        new(Rules.HttpTimeLimit, "HTTP request longer than the 60-second limit", RuleSeverity.Warning),
        new(Rules.HttpEncoding, "HTTP request encoding setting without its effect", RuleSeverity.Warning),
        new(Rules.ConnectionUnderBothFields, "Connection given under both HTTP connection fields", RuleSeverity.Warning),
        new(Rules.EndpointWhitespace, "Whitespace or control character in ApiEndpoint", RuleSeverity.Warning),
        new(Rules.MethodCase, "Method not written in upper case", RuleSeverity.Warning),
        new(Rules.HeaderWithoutEffect, "Header the HTTP task sets itself", RuleSeverity.Warning),
        new(Rules.TaskHttpCallWithoutConnection, "HTTP call in a [Task] without a connection", RuleSeverity.Warning),
        new(Rules.UnconditionedHttpInvoke, "InvokeHTTPEndpoint allowed without an endpoint or method condition", RuleSeverity.Warning),
        new(Rules.WildcardAction, "Wildcard action in an [IamStatement]", RuleSeverity.Warning),
        new(Rules.UnscopedResource, "Wildcard resource for an action that can be scoped", RuleSeverity.Warning),
        new(Rules.InlineCredential, "Credential written into an HTTP request", RuleSeverity.Warning),
        new(Rules.IamNotDerived, "IAM permissions could not be scoped for this resource", RuleSeverity.Warning),
        new(Rules.RunTimeHost, "HTTP endpoint host chosen at run time", RuleSeverity.Warning),
    };

    private static readonly Dictionary<string, RuleInfo> ById = Index();

    /// <summary>Where each rule's page is: the ID and <c>.md</c> follow.</summary>
    public const string HelpLinkBase = "https://github.com/stepgen/stepgen/blob/main/docs/diagnostics/";

    /// <summary>The page that explains the rule <paramref name="id"/>.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<RuleInfo> All => Entries;

    /// <summary>The rule with this ID, or null.</summary>
    public static RuleInfo? Get(string id) => id is not null && ById.TryGetValue(id, out RuleInfo? info) ? info : null;

    private static Dictionary<string, RuleInfo> Index()
    {
        var index = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (RuleInfo rule in Entries)
        {
            index[rule.Id] = rule;
        }

        return index;
    }
}
