using System;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Testing.Execution;

/// <summary>
/// Builds the Context Object (<c>$$</c>) a state sees: the fields the developer guide's "Accessing execution
/// data from the Context object" lists, with this execution's values. Times are the virtual clock's.
/// </summary>
internal static class ContextObjects
{
    public static JsonObject For(ExecutionRun run, string stateName, DateTimeOffset enteredTime, int retryCount)
    {
        var execution = new JsonObject();
        execution.Add("Id", new JsonString(run.ExecutionArn));
        execution.Add("Input", run.Input);
        execution.Add("Name", new JsonString(run.Options.Name));
        execution.Add("RoleArn", new JsonString(run.RoleArn));
        execution.Add("StartTime", new JsonString(Time(run.Options.StartTime)));
        execution.Add("RedriveCount", JsonNumber.FromInt64(0));

        var state = new JsonObject();
        state.Add("EnteredTime", new JsonString(Time(enteredTime)));
        state.Add("Name", new JsonString(stateName));
        state.Add("RetryCount", JsonNumber.FromInt64(retryCount));

        var machine = new JsonObject();
        machine.Add("Id", new JsonString(run.StateMachineArn));
        machine.Add("Name", new JsonString(run.StateMachineName));

        var context = new JsonObject();
        context.Add("Execution", execution);
        context.Add("State", state);
        context.Add("StateMachine", machine);
        return context;
    }

    /// <summary>The context with <c>Task.Token</c>, for the payload of a <c>.waitForTaskToken</c> task.</summary>
    public static JsonObject WithTaskToken(JsonObject context, string token)
    {
        JsonObject copy = JsonValues.ShallowCopy(context);
        var task = new JsonObject();
        task.Add("Token", new JsonString(token));
        copy.Add("Task", task);
        return copy;
    }

    /// <summary>The context with <c>Map.Item.Index</c> and <c>Map.Item.Value</c>, for a Map's ItemSelector.</summary>
    public static JsonObject WithMapItem(JsonObject context, int index, JsonNode value)
    {
        JsonObject copy = JsonValues.ShallowCopy(context);
        var item = new JsonObject();
        item.Add("Index", JsonNumber.FromInt64(index));
        item.Add("Value", value);
        var map = new JsonObject();
        map.Add("Item", item);
        copy.Add("Map", map);
        return copy;
    }

    /// <summary>
    /// ISO 8601 in UTC with milliseconds, the form the guide's examples of <c>$$.Execution.StartTime</c> show
    /// (<c>2019-03-26T20:14:13.192Z</c>).
    /// </summary>
    public static string Time(DateTimeOffset time) => HistoryEvent.FormatTimestamp(time);
}
