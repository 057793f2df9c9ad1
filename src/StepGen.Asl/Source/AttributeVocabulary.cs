using System.Collections.Generic;

namespace StepGen.Asl.Source;

// The words users write: StepGen's attribute classes (StepGen.Attributes) and their arguments, as the source model
// names them. The core cannot reference the attribute types (it is loaded in the compiler, they are user code), so
// the names live here once, and AttributeVocabularyTests compares this table with the attribute types by
// reflection in both directions: renaming a property, or adding one the core does not read, fails a test instead of
// silently dropping a field from the ASL.

/// <summary>StepGen's attribute classes, named as <see cref="SourceAttribute.Name"/> names them (no suffix).</summary>
public static class AttributeNames
{
    public const string StateMachine = "StateMachine";
    public const string Branch = "Branch";
    public const string Pass = "Pass";
    public const string Task = "Task";
    public const string HttpTask = "HttpTask";
    public const string Choice = "Choice";
    public const string Wait = "Wait";
    public const string Succeed = "Succeed";
    public const string Fail = "Fail";
    public const string Parallel = "Parallel";
    public const string Map = "Map";
    public const string When = "When";
    public const string Retry = "Retry";
    public const string Catch = "Catch";
    public const string Parameter = "Parameter";
    public const string Header = "Header";
    public const string QueryParameter = "QueryParameter";
    public const string Body = "Body";
    public const string HttpEndpoint = "HttpEndpoint";
    public const string IamStatement = "IamStatement";
    public const string AslField = "AslField";

    /// <summary>The suffix C# lets users leave out, which the metadata names keep.</summary>
    public const string Suffix = "Attribute";
}

/// <summary>
/// The arguments of StepGen's attributes, as <see cref="SourceArgument.Name"/> names them: a property by its name, a
/// constructor argument by its parameter's name (camel case).
/// </summary>
public static class ArgumentNames
{
    // Properties every state attribute has (StateAttribute).
    public const string Next = "Next";
    public const string End = "End";
    public const string Comment = "Comment";
    public const string InputPath = "InputPath";
    public const string OutputPath = "OutputPath";
    public const string ResultPath = "ResultPath";
    public const string Parameters = "Parameters";
    public const string ResultSelector = "ResultSelector";
    public const string Name = "Name";
    public const string Assign = "Assign";
    public const string QueryLanguage = "QueryLanguage";
    public const string Arguments = "Arguments";
    public const string Output = "Output";

    // [StateMachine] and [Branch].
    public const string StartAt = "StartAt";
    public const string TimeoutSeconds = "TimeoutSeconds";
    public const string Input = "Input";
    public const string Version = "Version";

    // [Task] and [HttpTask].
    public const string Resource = "Resource";
    public const string HeartbeatSeconds = "HeartbeatSeconds";
    public const string TimeoutSecondsPath = "TimeoutSecondsPath";
    public const string HeartbeatSecondsPath = "HeartbeatSecondsPath";
    public const string ApiEndpoint = "ApiEndpoint";
    public const string Method = "Method";
    public const string ConnectionArn = "ConnectionArn";
    public const string ConnectionField = "ConnectionField";
    public const string Endpoint = "Endpoint";
    public const string RequestBody = "RequestBody";
    public const string RequestBodyEncoding = "RequestBodyEncoding";
    public const string ArrayFormat = "ArrayFormat";
    public const string Response = "Response";

    // [Pass], [Choice], [Wait], [Fail].
    public const string Result = "Result";
    public const string Default = "Default";
    public const string Seconds = "Seconds";
    public const string Timestamp = "Timestamp";
    public const string SecondsPath = "SecondsPath";
    public const string TimestampPath = "TimestampPath";
    public const string Error = "Error";
    public const string Cause = "Cause";
    public const string ErrorPath = "ErrorPath";
    public const string CausePath = "CausePath";

    // [Parallel] and [Map].
    public const string Branches = "Branches";
    public const string ItemsPath = "ItemsPath";
    public const string ItemSelector = "ItemSelector";
    public const string MaxConcurrency = "MaxConcurrency";
    public const string Processor = "Processor";
    public const string Items = "Items";
    public const string MaxConcurrencyPath = "MaxConcurrencyPath";
    public const string Mode = "Mode";
    public const string ExecutionType = "ExecutionType";
    public const string ItemReader = "ItemReader";
    public const string ItemBatcher = "ItemBatcher";
    public const string ResultWriter = "ResultWriter";
    public const string ToleratedFailureCount = "ToleratedFailureCount";
    public const string ToleratedFailureCountPath = "ToleratedFailureCountPath";
    public const string ToleratedFailurePercentage = "ToleratedFailurePercentage";
    public const string ToleratedFailurePercentagePath = "ToleratedFailurePercentagePath";
    public const string Label = "Label";
    public const string Iterator = "Iterator";

    // [When], [Retry], [Catch].
    public const string ConditionParameter = "condition";
    public const string Condition = "Condition";
    public const string ErrorEqualsParameter = "errorEquals";
    public const string ErrorEquals = "ErrorEquals";
    public const string IntervalSeconds = "IntervalSeconds";
    public const string MaxAttempts = "MaxAttempts";
    public const string BackoffRate = "BackoffRate";
    public const string MaxDelaySeconds = "MaxDelaySeconds";
    public const string JitterStrategy = "JitterStrategy";

    // [Parameter], [Header], [QueryParameter], [Body].
    public const string NameParameter = "name";
    public const string ValueParameter = "value";
    public const string Value = "Value";
    public const string Path = "Path";

    // [HttpEndpoint] and [IamStatement].
    public const string ApiEndpointParameter = "apiEndpoint";
    public const string Actions = "Actions";
    public const string Resources = "Resources";
    public const string Effect = "Effect";

    // [AslField].
    public const string JsonParameter = "json";
    public const string Json = "Json";
}

/// <summary>Which arguments each attribute takes: the table the reflection test holds against the attribute types.</summary>
public static class AttributeVocabulary
{
    private static readonly string[] StateArguments =
    {
        ArgumentNames.Next, ArgumentNames.End, ArgumentNames.Comment, ArgumentNames.InputPath, ArgumentNames.OutputPath,
        ArgumentNames.ResultPath, ArgumentNames.Parameters, ArgumentNames.ResultSelector, ArgumentNames.Name,
        ArgumentNames.Assign, ArgumentNames.QueryLanguage, ArgumentNames.Arguments, ArgumentNames.Output,
    };

    private static readonly string[] NamedValueArguments =
    {
        ArgumentNames.NameParameter, ArgumentNames.ValueParameter, ArgumentNames.Name, ArgumentNames.Value, ArgumentNames.Path,
    };

    /// <summary>The attributes that make a class a state, one per state kind (the core's <c>StateKind</c> lists them).</summary>
    public static IReadOnlyList<string> States => Compile.StateKinds.AttributeNames;

    /// <summary>Every attribute and the names of its arguments: properties and constructor parameters.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Arguments { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [AttributeNames.StateMachine] = new[]
        {
            ArgumentNames.StartAt, ArgumentNames.Comment, ArgumentNames.Name, ArgumentNames.TimeoutSeconds,
            ArgumentNames.QueryLanguage, ArgumentNames.Input, ArgumentNames.Output, ArgumentNames.Version,
        },
        [AttributeNames.Branch] = new[] { ArgumentNames.StartAt, ArgumentNames.Comment },
        [AttributeNames.Pass] = State(ArgumentNames.Result),
        [AttributeNames.Task] = State(
            ArgumentNames.Resource, ArgumentNames.TimeoutSeconds, ArgumentNames.HeartbeatSeconds,
            ArgumentNames.TimeoutSecondsPath, ArgumentNames.HeartbeatSecondsPath),
        [AttributeNames.HttpTask] = State(
            ArgumentNames.ApiEndpoint, ArgumentNames.Method, ArgumentNames.ConnectionArn, ArgumentNames.ConnectionField,
            ArgumentNames.Endpoint, ArgumentNames.RequestBody, ArgumentNames.RequestBodyEncoding, ArgumentNames.ArrayFormat,
            ArgumentNames.TimeoutSeconds, ArgumentNames.HeartbeatSeconds),
        [AttributeNames.Choice] = State(ArgumentNames.Default),
        [AttributeNames.Wait] = State(ArgumentNames.Seconds, ArgumentNames.Timestamp, ArgumentNames.SecondsPath, ArgumentNames.TimestampPath),
        [AttributeNames.Succeed] = State(),
        [AttributeNames.Fail] = State(ArgumentNames.Error, ArgumentNames.Cause, ArgumentNames.ErrorPath, ArgumentNames.CausePath),
        [AttributeNames.Parallel] = State(ArgumentNames.Branches),
        [AttributeNames.Map] = State(
            ArgumentNames.ItemsPath, ArgumentNames.ItemSelector, ArgumentNames.MaxConcurrency, ArgumentNames.Processor,
            ArgumentNames.Items, ArgumentNames.MaxConcurrencyPath, ArgumentNames.Mode, ArgumentNames.ExecutionType,
            ArgumentNames.ItemReader, ArgumentNames.ItemBatcher, ArgumentNames.ResultWriter, ArgumentNames.ToleratedFailureCount,
            ArgumentNames.ToleratedFailureCountPath, ArgumentNames.ToleratedFailurePercentage,
            ArgumentNames.ToleratedFailurePercentagePath, ArgumentNames.Label, ArgumentNames.Iterator),
        [AttributeNames.When] = new[]
        {
            ArgumentNames.ConditionParameter, ArgumentNames.Condition, ArgumentNames.Next, ArgumentNames.Comment,
            ArgumentNames.Assign, ArgumentNames.Output,
        },
        [AttributeNames.Retry] = new[]
        {
            ArgumentNames.ErrorEqualsParameter, ArgumentNames.ErrorEquals, ArgumentNames.IntervalSeconds, ArgumentNames.MaxAttempts,
            ArgumentNames.BackoffRate, ArgumentNames.MaxDelaySeconds, ArgumentNames.JitterStrategy, ArgumentNames.Comment,
        },
        [AttributeNames.Catch] = new[]
        {
            ArgumentNames.ErrorEqualsParameter, ArgumentNames.ErrorEquals, ArgumentNames.Next, ArgumentNames.ResultPath,
            ArgumentNames.Comment, ArgumentNames.Assign, ArgumentNames.Output,
        },
        [AttributeNames.Parameter] = NamedValueArguments,
        [AttributeNames.Header] = NamedValueArguments,
        [AttributeNames.QueryParameter] = NamedValueArguments,
        [AttributeNames.Body] = NamedValueArguments,
        [AttributeNames.HttpEndpoint] = new[]
        {
            ArgumentNames.ApiEndpointParameter, ArgumentNames.ApiEndpoint, ArgumentNames.Method, ArgumentNames.ConnectionArn,
            ArgumentNames.ConnectionField, ArgumentNames.Response,
        },
        [AttributeNames.IamStatement] = new[] { ArgumentNames.Actions, ArgumentNames.Resources, ArgumentNames.Effect, ArgumentNames.Condition },
        [AttributeNames.AslField] = new[] { ArgumentNames.NameParameter, ArgumentNames.JsonParameter, ArgumentNames.Name, ArgumentNames.Json },
    };

    private static string[] State(params string[] own)
    {
        var all = new string[StateArguments.Length + own.Length];
        StateArguments.CopyTo(all, 0);
        own.CopyTo(all, StateArguments.Length);
        return all;
    }
}
