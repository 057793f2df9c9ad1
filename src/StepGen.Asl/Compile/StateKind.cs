namespace StepGen.Asl.Compile;

/// <summary>The state attributes and the ASL state type each produces.</summary>
internal enum StateKind
{
    Pass,
    Task,
    HttpTask,
    Choice,
    Wait,
    Succeed,
    Fail,
    Parallel,
    Map,
}

internal static class StateKinds
{
    public static bool TryParse(string attributeName, out StateKind kind)
    {
        switch (attributeName)
        {
            case "Pass": kind = StateKind.Pass; return true;
            case "Task": kind = StateKind.Task; return true;
            case "HttpTask": kind = StateKind.HttpTask; return true;
            case "Choice": kind = StateKind.Choice; return true;
            case "Wait": kind = StateKind.Wait; return true;
            case "Succeed": kind = StateKind.Succeed; return true;
            case "Fail": kind = StateKind.Fail; return true;
            case "Parallel": kind = StateKind.Parallel; return true;
            case "Map": kind = StateKind.Map; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>The ASL <c>Type</c> of the state.</summary>
    public static string AslType(this StateKind kind) => kind == StateKind.HttpTask ? "Task" : kind.ToString();

    /// <summary>Task, Pass, Wait, Parallel and Map continue with exactly one of Next or End.</summary>
    public static bool MustContinue(this StateKind kind) =>
        kind is StateKind.Pass or StateKind.Task or StateKind.HttpTask or StateKind.Wait or StateKind.Parallel or StateKind.Map;

    public static bool IsTask(this StateKind kind) => kind is StateKind.Task or StateKind.HttpTask;

    public static bool AllowsRetryCatch(this StateKind kind) =>
        kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map;

    /// <summary>
    /// The common fields of the JSONPath field matrix (ASL-SPEC 1.4) that this state type allows.
    /// </summary>
    public static bool AllowsCommonField(this StateKind kind, string field)
    {
        switch (field)
        {
            case "Comment":
            case "Name":
            case "QueryLanguage":
                return true;
            case "Next":
            case "End":
                return kind.MustContinue();
            case "InputPath":
            case "OutputPath":
                return kind != StateKind.Fail;
            case "Parameters":
                return kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map or StateKind.Pass;
            case "ResultSelector":
                return kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map;
            case "ResultPath":
                return kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map or StateKind.Pass;
            case "Assign":
                return kind is not (StateKind.Succeed or StateKind.Fail);
            default:
                return true;
        }
    }
}
