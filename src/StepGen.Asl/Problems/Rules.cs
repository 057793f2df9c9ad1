namespace StepGen.Asl.Problems;

/// <summary>Category of a rule, which the analyzers use as the diagnostic category.</summary>
public static class RuleCategories
{
    public const string Structure = "StepGen.Structure";
    public const string Paths = "StepGen.Paths";
    public const string Http = "StepGen.Http";
    public const string Iam = "StepGen.Iam";
    public const string Internal = "StepGen.Internal";
}

/// <summary>
/// Every diagnostic ID StepGen reports. The core owns the rules and raises problems with these IDs;
/// the analyzers own only the presentation (title, default severity, help link) and the mapping of
/// problems to source locations.
/// </summary>
public static class Rules
{
    public const string InternalError = "SG0001";
    public const string StartAt = "SG1001";
    public const string MissingTransition = "SG1002";
    public const string NextAndEnd = "SG1003";
    public const string UnknownState = "SG1004";
    public const string Unreachable = "SG1005";
    public const string BadStateName = "SG1006";
    public const string TransitionNotAllowed = "SG1007";
    public const string ChoiceRules = "SG1008";
    public const string WaitDuration = "SG1009";
    public const string RetryCatch = "SG1010";
    public const string Timeouts = "SG1011";
    public const string NoWayOut = "SG1012";
    public const string Declaration = "SG1013";
    public const string BadJson = "SG1014";
    public const string FieldNotAllowed = "SG1015";
    public const string RequiredField = "SG1016";
    public const string DoubtfulStateName = "SG1017";
    public const string ChoiceWithoutDefault = "SG1018";
    public const string ErrorNameNeverRaised = "SG1019";
    public const string MachineTimeoutZero = "SG1020";
    public const string UndocumentedValue = "SG1021";
    public const string PathSyntax = "SG2001";
    public const string ReferencePath = "SG2002";
    public const string ContextField = "SG2003";
    public const string IntrinsicFunction = "SG2004";
    public const string Condition = "SG2005";
    public const string TypedPath = "SG2006";
    public const string NonStringErrorOrCause = "SG2007";
    public const string JsonAtaSyntax = "SG2008";
    public const string JsonAtaFunction = "SG2009";
    public const string StatesField = "SG2010";
    public const string VariableNeverAssigned = "SG2011";
    public const string VariableSometimesAssigned = "SG2012";
    public const string VariableAssignedInside = "SG2013";
    public const string JsonAtaInJsonPathState = "SG2014";
    public const string NewerJsonAta = "SG2015";
    public const string HttpEndpoint = "SG3001";
    public const string HttpMethod = "SG3002";
    public const string HttpConnection = "SG3003";
    public const string HttpHeader = "SG3004";
    public const string HttpBodyOnBodilessMethod = "SG3005";
    public const string EndpointBody = "SG3006";
    public const string HttpTimeLimit = "SG3007";
    public const string HttpEncoding = "SG3008";
    public const string ConnectionUnderBothFields = "SG3009";
    public const string EndpointWhitespace = "SG3010";
    public const string MethodCase = "SG3011";
    public const string HeaderWithoutEffect = "SG3012";
    public const string TaskHttpCallWithoutConnection = "SG3013";
    public const string UnconditionedHttpInvoke = "SG4001";
    public const string WildcardAction = "SG4002";
    public const string UnscopedResource = "SG4003";
    public const string InlineCredential = "SG4004";
    public const string IamNotDerived = "SG4005";
    public const string RunTimeHost = "SG4006";
}
