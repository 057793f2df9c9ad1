using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Testing.Execution;

/// <summary>
/// The typed reads of computed fields (<see cref="IDataFlow.Computed"/>), one rule per kind of value, for both
/// query languages: each returns null when the state does not compute the field.
/// </summary>
internal static class FlowValues
{
    /// <summary>
    /// A count or duration (Seconds, MaxConcurrency, ToleratedFailureCount, MaxItems, TimeoutSeconds...): a whole
    /// number of at least <paramref name="minimum"/>, or the state fails naming the field.
    /// </summary>
    public static long? WholeNumber(this IDataFlow flow, string field, JsonNode effective, long minimum = 0)
    {
        if (flow.Computed(field, effective) is not JsonNode value)
        {
            return null;
        }

        return value is JsonNumber n && JsonValues.TryGetWholeNumber(n, out long whole) && whole >= minimum
            ? whole
            : throw flow.Refused(field, value, minimum > 0 ? "a positive integer" : "a non-negative integer");
    }

    /// <summary>
    /// A percentage (ToleratedFailurePercentage): a number from 0 to 100, or the state fails naming the field (the
    /// States Language's "JSONata Runtime Errors" gives a negative ToleratedFailurePercentage as its example).
    /// </summary>
    public static double? Percentage(this IDataFlow flow, string field, JsonNode effective)
    {
        if (flow.Computed(field, effective) is not JsonNode value)
        {
            return null;
        }

        return value is JsonNumber n && n.TryGetDouble(out double number) && number >= 0 && number <= 100
            ? number
            : throw flow.Refused(field, value, "a number from 0 to 100");
    }

    /// <summary>A text (Error, Cause, Timestamp).</summary>
    public static string? Text(this IDataFlow flow, string field, JsonNode effective) => flow.Computed(field, effective) switch
    {
        null => null,
        JsonString s => s.Value,
        JsonNode other => flow.TextOf(field, other),
    };
}
