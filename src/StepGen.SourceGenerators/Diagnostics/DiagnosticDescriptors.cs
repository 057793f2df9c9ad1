using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Problems;

namespace StepGen.SourceGenerators.Diagnostics;

/// <summary>
/// Every StepGen diagnostic descriptor: IDs from the ASL core's <see cref="Rules"/>, with the title, category,
/// default severity and help link the IDE shows. Each ID has exactly one descriptor, so one .editorconfig severity
/// setting governs everything reported under it: a case that deserves another severity gets an ID of its own.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/stepgen/stepgen/blob/main/docs/diagnostics/";

    /// <summary>Key in <see cref="Diagnostic.Properties"/> of the replacement a code fix may offer.</summary>
    public const string SuggestionProperty = "Suggestion";

    public static readonly DiagnosticDescriptor InternalError = new(
        Rules.InternalError, "StepGen failed on this state machine", "{0}", RuleCategories.Internal, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.InternalError + ".md");

    public static readonly DiagnosticDescriptor StartAt = new(
        Rules.StartAt, "StartAt is missing or names no state", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.StartAt + ".md");

    public static readonly DiagnosticDescriptor MissingTransition = new(
        Rules.MissingTransition, "State has neither Next nor End", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.MissingTransition + ".md");

    public static readonly DiagnosticDescriptor NextAndEnd = new(
        Rules.NextAndEnd, "State has both Next and End", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.NextAndEnd + ".md");

    public static readonly DiagnosticDescriptor UnknownState = new(
        Rules.UnknownState, "Transition names no state in scope", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.UnknownState + ".md");

    public static readonly DiagnosticDescriptor Unreachable = new(
        Rules.Unreachable, "State cannot be reached from StartAt", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.Unreachable + ".md");

    public static readonly DiagnosticDescriptor BadStateName = new(
        Rules.BadStateName, "Duplicate or invalid name", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.BadStateName + ".md");

    public static readonly DiagnosticDescriptor DoubtfulStateName = new(
        Rules.DoubtfulStateName, "Doubtful state name", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.DoubtfulStateName + ".md");

    public static readonly DiagnosticDescriptor TransitionNotAllowed = new(
        Rules.TransitionNotAllowed, "Next or End on a Choice, Succeed or Fail state", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.TransitionNotAllowed + ".md");

    public static readonly DiagnosticDescriptor ChoiceRules = new(
        Rules.ChoiceRules, "Choice without rules", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.ChoiceRules + ".md");

    public static readonly DiagnosticDescriptor ChoiceWithoutDefault = new(
        Rules.ChoiceWithoutDefault, "Choice without Default", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.ChoiceWithoutDefault + ".md");

    public static readonly DiagnosticDescriptor WaitDuration = new(
        Rules.WaitDuration, "Wait needs exactly one duration", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.WaitDuration + ".md");

    public static readonly DiagnosticDescriptor RetryCatch = new(
        Rules.RetryCatch, "Invalid Retry or Catch", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.RetryCatch + ".md");

    public static readonly DiagnosticDescriptor ErrorNameNeverRaised = new(
        Rules.ErrorNameNeverRaised, "Error name that Step Functions never raises", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.ErrorNameNeverRaised + ".md");

    public static readonly DiagnosticDescriptor Timeouts = new(
        Rules.Timeouts, "Invalid timeout", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.Timeouts + ".md");

    public static readonly DiagnosticDescriptor MachineTimeoutZero = new(
        Rules.MachineTimeoutZero, "State machine TimeoutSeconds of 0", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.MachineTimeoutZero + ".md");

    public static readonly DiagnosticDescriptor NoWayOut = new(
        Rules.NoWayOut, "Loop with no way out", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.NoWayOut + ".md");

    public static readonly DiagnosticDescriptor Declaration = new(
        Rules.Declaration, "Invalid state machine or state declaration", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.Declaration + ".md");

    public static readonly DiagnosticDescriptor BadJson = new(
        Rules.BadJson, "JSON text does not parse", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.BadJson + ".md");

    public static readonly DiagnosticDescriptor FieldNotAllowed = new(
        Rules.FieldNotAllowed, "Field not allowed here", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.FieldNotAllowed + ".md");

    public static readonly DiagnosticDescriptor RequiredField = new(
        Rules.RequiredField, "Missing or invalid field value", "{0}", RuleCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.RequiredField + ".md");

    public static readonly DiagnosticDescriptor UndocumentedValue = new(
        Rules.UndocumentedValue, "Value outside what AWS documents", "{0}", RuleCategories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.UndocumentedValue + ".md");

    public static readonly DiagnosticDescriptor PathSyntax = new(
        Rules.PathSyntax, "Invalid JSONPath", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.PathSyntax + ".md");

    public static readonly DiagnosticDescriptor ReferencePath = new(
        Rules.ReferencePath, "Reference path selects more than one node", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.ReferencePath + ".md");

    public static readonly DiagnosticDescriptor ContextField = new(
        Rules.ContextField, "Unknown context object field", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.ContextField + ".md");

    public static readonly DiagnosticDescriptor IntrinsicFunction = new(
        Rules.IntrinsicFunction, "Invalid intrinsic function call", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.IntrinsicFunction + ".md");

    public static readonly DiagnosticDescriptor Condition = new(
        Rules.Condition, "Invalid [When] condition", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.Condition + ".md");

    public static readonly DiagnosticDescriptor TypedPath = new(
        Rules.TypedPath, "Path names a field the data does not have", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.TypedPath + ".md");

    public static readonly DiagnosticDescriptor NonStringErrorOrCause = new(
        Rules.NonStringErrorOrCause, "ErrorPath or CausePath function that does not return a string", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.NonStringErrorOrCause + ".md");

    // JSONata (issue 18). A syntax error, an unknown function or a $states field that is never there fails or
    // misreads every time the expression runs: errors. Variables depend on the paths an execution takes: a read no
    // path assigns is a warning (JSONata reads it as undefined, which an expression may test for), one that some
    // paths assign is a suggestion. JSONata text in a JSONPath state deploys as a plain string: a warning.
    public static readonly DiagnosticDescriptor JsonAtaSyntax = new(
        Rules.JsonAtaSyntax, "Invalid JSONata expression", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.JsonAtaSyntax + ".md");

    public static readonly DiagnosticDescriptor JsonAtaFunction = new(
        Rules.JsonAtaFunction, "Unknown JSONata function or wrong number of arguments", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.JsonAtaFunction + ".md");

    public static readonly DiagnosticDescriptor StatesField = new(
        Rules.StatesField, "$states field that Step Functions does not provide here", "{0}", RuleCategories.Paths, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.StatesField + ".md");

    public static readonly DiagnosticDescriptor VariableNeverAssigned = new(
        Rules.VariableNeverAssigned, "Variable read that no state assigns before", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.VariableNeverAssigned + ".md");

    public static readonly DiagnosticDescriptor VariableSometimesAssigned = new(
        Rules.VariableSometimesAssigned, "Variable read that only some paths assign", "{0}", RuleCategories.Paths, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.VariableSometimesAssigned + ".md");

    public static readonly DiagnosticDescriptor VariableAssignedInside = new(
        Rules.VariableAssignedInside, "Variable assigned only inside a Parallel branch or Map iteration", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.VariableAssignedInside + ".md");

    public static readonly DiagnosticDescriptor JsonAtaInJsonPathState = new(
        Rules.JsonAtaInJsonPathState, "JSONata expression in a JSONPath state", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.JsonAtaInJsonPathState + ".md");

    // The developer guide says Step Functions implements JSONata 2.0.6; ?: and ?? came in 2.1.0. A warning, not an
    // error: AWS may move to a newer JSONata before its guide says so.
    public static readonly DiagnosticDescriptor NewerJsonAta = new(
        Rules.NewerJsonAta, "JSONata syntax newer than the version Step Functions runs", "{0}", RuleCategories.Paths, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.NewerJsonAta + ".md");

    public static readonly DiagnosticDescriptor HttpEndpoint = new(
        Rules.HttpEndpoint, "ApiEndpoint is not an absolute https URL", "{0}", RuleCategories.Http, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpEndpoint + ".md");

    public static readonly DiagnosticDescriptor HttpMethod = new(
        Rules.HttpMethod, "Method is not accepted by the HTTP task", "{0}", RuleCategories.Http, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpMethod + ".md");

    public static readonly DiagnosticDescriptor HttpConnection = new(
        Rules.HttpConnection, "Missing or invalid EventBridge connection ARN", "{0}", RuleCategories.Http, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpConnection + ".md");

    public static readonly DiagnosticDescriptor HttpHeader = new(
        Rules.HttpHeader, "Header the HTTP task refuses", "{0}", RuleCategories.Http, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpHeader + ".md");

    public static readonly DiagnosticDescriptor HeaderWithoutEffect = new(
        Rules.HeaderWithoutEffect, "Header the HTTP task sets itself", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HeaderWithoutEffect + ".md");

    public static readonly DiagnosticDescriptor HttpBodyOnBodilessMethod = new(
        Rules.HttpBodyOnBodilessMethod, "Request body on a method that sends none", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpBodyOnBodilessMethod + ".md");

    public static readonly DiagnosticDescriptor EndpointBody = new(
        Rules.EndpointBody, "Request body does not match the endpoint's type", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.EndpointBody + ".md");

    public static readonly DiagnosticDescriptor HttpTimeLimit = new(
        Rules.HttpTimeLimit, "HTTP request longer than the 60-second limit", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpTimeLimit + ".md");

    public static readonly DiagnosticDescriptor HttpEncoding = new(
        Rules.HttpEncoding, "HTTP request encoding setting without its effect", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.HttpEncoding + ".md");

    public static readonly DiagnosticDescriptor ConnectionUnderBothFields = new(
        Rules.ConnectionUnderBothFields, "Connection given under both HTTP connection fields", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.ConnectionUnderBothFields + ".md");

    public static readonly DiagnosticDescriptor EndpointWhitespace = new(
        Rules.EndpointWhitespace, "Whitespace or control character in ApiEndpoint", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.EndpointWhitespace + ".md");

    public static readonly DiagnosticDescriptor MethodCase = new(
        Rules.MethodCase, "Method not written in upper case", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.MethodCase + ".md");

    public static readonly DiagnosticDescriptor TaskHttpCallWithoutConnection = new(
        Rules.TaskHttpCallWithoutConnection, "HTTP call in a [Task] without a connection", "{0}", RuleCategories.Http, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.TaskHttpCallWithoutConnection + ".md");

    public static readonly DiagnosticDescriptor RunTimeHost = new(
        Rules.RunTimeHost, "HTTP endpoint host chosen at run time", "{0}", RuleCategories.Iam, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.RunTimeHost + ".md");

    public static readonly DiagnosticDescriptor UnconditionedHttpInvoke = new(
        Rules.UnconditionedHttpInvoke, "InvokeHTTPEndpoint allowed without an endpoint or method condition", "{0}", RuleCategories.Iam, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.UnconditionedHttpInvoke + ".md");

    public static readonly DiagnosticDescriptor WildcardAction = new(
        Rules.WildcardAction, "Wildcard action in an [IamStatement]", "{0}", RuleCategories.Iam, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.WildcardAction + ".md");

    public static readonly DiagnosticDescriptor UnscopedResource = new(
        Rules.UnscopedResource, "Wildcard resource for an action that can be scoped", "{0}", RuleCategories.Iam, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.UnscopedResource + ".md");

    public static readonly DiagnosticDescriptor InlineCredential = new(
        Rules.InlineCredential, "Credential written into an HTTP request", "{0}", RuleCategories.Iam, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.InlineCredential + ".md");

    public static readonly DiagnosticDescriptor IamNotDerived = new(
        Rules.IamNotDerived, "IAM permissions could not be scoped for this resource", "{0}", RuleCategories.Iam, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + Rules.IamNotDerived + ".md");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [Rules.InternalError] = InternalError,
        [Rules.StartAt] = StartAt,
        [Rules.MissingTransition] = MissingTransition,
        [Rules.NextAndEnd] = NextAndEnd,
        [Rules.UnknownState] = UnknownState,
        [Rules.Unreachable] = Unreachable,
        [Rules.BadStateName] = BadStateName,
        [Rules.DoubtfulStateName] = DoubtfulStateName,
        [Rules.TransitionNotAllowed] = TransitionNotAllowed,
        [Rules.ChoiceRules] = ChoiceRules,
        [Rules.ChoiceWithoutDefault] = ChoiceWithoutDefault,
        [Rules.WaitDuration] = WaitDuration,
        [Rules.RetryCatch] = RetryCatch,
        [Rules.ErrorNameNeverRaised] = ErrorNameNeverRaised,
        [Rules.Timeouts] = Timeouts,
        [Rules.MachineTimeoutZero] = MachineTimeoutZero,
        [Rules.NoWayOut] = NoWayOut,
        [Rules.Declaration] = Declaration,
        [Rules.BadJson] = BadJson,
        [Rules.FieldNotAllowed] = FieldNotAllowed,
        [Rules.RequiredField] = RequiredField,
        [Rules.UndocumentedValue] = UndocumentedValue,
        [Rules.PathSyntax] = PathSyntax,
        [Rules.ReferencePath] = ReferencePath,
        [Rules.ContextField] = ContextField,
        [Rules.IntrinsicFunction] = IntrinsicFunction,
        [Rules.Condition] = Condition,
        [Rules.TypedPath] = TypedPath,
        [Rules.NonStringErrorOrCause] = NonStringErrorOrCause,
        [Rules.JsonAtaSyntax] = JsonAtaSyntax,
        [Rules.JsonAtaFunction] = JsonAtaFunction,
        [Rules.StatesField] = StatesField,
        [Rules.VariableNeverAssigned] = VariableNeverAssigned,
        [Rules.VariableSometimesAssigned] = VariableSometimesAssigned,
        [Rules.VariableAssignedInside] = VariableAssignedInside,
        [Rules.JsonAtaInJsonPathState] = JsonAtaInJsonPathState,
        [Rules.NewerJsonAta] = NewerJsonAta,
        [Rules.HttpEndpoint] = HttpEndpoint,
        [Rules.HttpMethod] = HttpMethod,
        [Rules.HttpConnection] = HttpConnection,
        [Rules.HttpHeader] = HttpHeader,
        [Rules.HeaderWithoutEffect] = HeaderWithoutEffect,
        [Rules.HttpBodyOnBodilessMethod] = HttpBodyOnBodilessMethod,
        [Rules.EndpointBody] = EndpointBody,
        [Rules.UnconditionedHttpInvoke] = UnconditionedHttpInvoke,
        [Rules.WildcardAction] = WildcardAction,
        [Rules.UnscopedResource] = UnscopedResource,
        [Rules.InlineCredential] = InlineCredential,
        [Rules.IamNotDerived] = IamNotDerived,
        [Rules.HttpTimeLimit] = HttpTimeLimit,
        [Rules.HttpEncoding] = HttpEncoding,
        [Rules.ConnectionUnderBothFields] = ConnectionUnderBothFields,
        [Rules.EndpointWhitespace] = EndpointWhitespace,
        [Rules.MethodCase] = MethodCase,
        [Rules.TaskHttpCallWithoutConnection] = TaskHttpCallWithoutConnection,
        [Rules.RunTimeHost] = RunTimeHost,
    };

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ById.Values);

    /// <summary>The descriptor of a problem's ID (each ID has one, with one default severity).</summary>
    public static DiagnosticDescriptor For(Problem problem)
    {
        return ById.TryGetValue(problem.Id, out DiagnosticDescriptor? descriptor) ? descriptor : InternalError;
    }
}
