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
}
