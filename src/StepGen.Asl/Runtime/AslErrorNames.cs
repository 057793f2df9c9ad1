namespace StepGen.Asl.Runtime;

/// <summary>
/// The error names Step Functions reports when evaluating data fails. The meanings are the developer guide's
/// ("Error handling in Step Functions", the list of error names); <see cref="AslRuntimeException"/> carries one.
/// </summary>
public static class AslErrorNames
{
    /// <summary>
    /// The guide: "An execution failed due to some exception that could not be processed. Often these are caused by
    /// errors at runtime, such as attempting to apply InputPath or OutputPath on a null JSON payload." It is not
    /// retriable and <c>States.ALL</c> does not catch it.
    /// </summary>
    public const string Runtime = "States.Runtime";

    /// <summary>The guide: "A state's ResultPath field cannot be applied to the input the state received."</summary>
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";

    /// <summary>
    /// The guide: "within a state's Parameters field, an attempt to replace a field whose name ends in <c>.$</c> using a
    /// path fails."
    /// </summary>
    public const string ParameterPathFailure = "States.ParameterPathFailure";

    /// <summary>The guide: "the attempt to invoke an intrinsic function within a payload template fails."</summary>
    public const string IntrinsicFailure = "States.IntrinsicFailure";

    /// <summary>The guide: "a Choice state fails to match the input with the conditions ... and no Default".</summary>
    public const string NoChoiceMatched = "States.NoChoiceMatched";

    /// <summary>
    /// The States Language: "Query evaluation failed in a JSONata state, such as a JSONata type error, an incorrectly
    /// typed result, or an undefined result." Retry and Catch handle it like other errors.
    /// </summary>
    public const string QueryEvaluationError = "States.QueryEvaluationError";
}
