namespace StepGen.Asl.Variables;

/// <summary>What a JSONata field of a state can read from the reserved <c>$states</c> variable.</summary>
public enum StatesPlace
{
    /// <summary><c>$states.input</c> and <c>$states.context</c>: Arguments, Items, ItemSelector, Condition, Timestamp, Error, Cause, and the Output and Assign of states without a result.</summary>
    Input,

    /// <summary>Also <c>$states.result</c>: the top-level Output and Assign of a Task, Map or Parallel state.</summary>
    Result,

    /// <summary>Also <c>$states.errorOutput</c>: a Catcher's Output and Assign.</summary>
    ErrorOutput,
}

/// <summary>
/// The fields of <c>$states</c> and where Step Functions provides them (ASL-SPEC 2.6, from the States Language
/// specification's JSONata section and the developer guide's "Reserved variable: $states"): <c>input</c> and
/// <c>context</c> everywhere; <c>result</c> only in the top-level Output and Assign of Task, Map and Parallel states;
/// <c>errorOutput</c> only in a Catcher's Output and Assign. One table for the analyzer, the linter and the runner.
/// </summary>
public static class StatesFields
{
    public const string Input = "input";
    public const string Result = "result";
    public const string ErrorOutput = "errorOutput";
    public const string Context = "context";

    /// <summary>The place of a JSONata field: <paramref name="aslType"/> is the state's ASL Type ("Task", "Map"...).</summary>
    /// <param name="inCatch">The field belongs to a Catcher, not to the state or a Choice rule.</param>
    public static StatesPlace PlaceOf(string aslType, string field, bool inCatch)
    {
        bool outputOrAssign = field is "Output" or "Assign";
        if (inCatch)
        {
            return outputOrAssign ? StatesPlace.ErrorOutput : StatesPlace.Input;
        }

        return outputOrAssign && aslType is "Task" or "Map" or "Parallel" ? StatesPlace.Result : StatesPlace.Input;
    }

    /// <summary>True when <paramref name="field"/> is one of the four fields of <c>$states</c>.</summary>
    public static bool IsKnown(string field) => field is Input or Result or ErrorOutput or Context;

    /// <summary>True when Step Functions provides <c>$states.<paramref name="field"/></c> at <paramref name="place"/>.</summary>
    public static bool IsAvailable(string field, StatesPlace place) => field switch
    {
        Input or Context => true,
        Result => place == StatesPlace.Result,
        ErrorOutput => place == StatesPlace.ErrorOutput,
        _ => false,
    };

    /// <summary>Where a field is provided, for messages: "only in the Output and Assign of a Task, Map or Parallel state".</summary>
    public static string WhereAvailable(string field) => field switch
    {
        Result => "only in the Output and Assign of a Task, Map or Parallel state (the state's own, not a Catcher's or a Choice rule's)",
        ErrorOutput => "only in the Output and Assign of a Catcher",
        _ => "in every JSONata field",
    };

    /// <summary>The four fields, for suggestions.</summary>
    public static string[] All => new[] { Input, Result, ErrorOutput, Context };
}
