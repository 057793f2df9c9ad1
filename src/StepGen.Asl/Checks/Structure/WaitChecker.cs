using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Conditions;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// A Wait state's duration: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath (SG1009), Seconds in range
/// (SG1011), a Timestamp that is RFC 3339 (SG1016). Its paths are checked as every path is.
/// </summary>
internal sealed class WaitChecker
{
    private readonly ProblemSink _problems;

    public WaitChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>
    /// An [AslField] that gives the duration: a JSONata state's <c>"Seconds": "{% ... %}"</c>, which the int property
    /// cannot hold ("In JSONata states, you can alternatively specify a JSONata expression which must evaluate to an
    /// integer", the Wait state page of the developer guide).
    /// </summary>
    private static bool HasAslField(StateEntry state, string field)
    {
        foreach (KeyValuePair<int, SourceAttribute> extra in state.Extras)
        {
            if (extra.Value.Name == AttributeNames.AslField && Args.String(extra.Value.Get(ArgumentNames.NameParameter)) == field)
            {
                return true;
            }
        }

        return false;
    }

    public void Check(StateEntry state)
    {
        SourceAttribute attribute = state.Attribute;
        var given = new List<string>();
        foreach (string field in new[] { "Seconds", "Timestamp", "SecondsPath", "TimestampPath" })
        {
            if (attribute.Get(field) is not null || HasAslField(state, field))
            {
                given.Add(field);
            }
        }

        if (given.Count != 1)
        {
            string message = given.Count == 0
                ? $"The Wait state '{state.Name}' needs exactly one of Seconds, Timestamp, SecondsPath or TimestampPath; it has none."
                : $"The Wait state '{state.Name}' needs exactly one of Seconds, Timestamp, SecondsPath or TimestampPath; it has {string.Join(" and ", given)}.";
            _problems.Report(Rules.WaitDuration, message, given.Count == 0 ? state.At() : state.At(given[1]));
        }

        if (Args.Integer(attribute.Get(ArgumentNames.Seconds)) is long seconds && (seconds < 0 || seconds > 99999999))
        {
            _problems.Report(Rules.Timeouts, $"Seconds is {seconds}; a Wait lasts from 0 to 99999999 seconds.", state.At(ArgumentNames.Seconds));
        }

        if (Args.String(attribute.Get(ArgumentNames.Timestamp)) is string timestamp
            && !Substitutions.IsWholeSubstitution(timestamp) && !(state.JsonAta && FieldRules.IsJsonAtaExpression(timestamp))
            && TimestampLiteral.Check(timestamp) is string why)
        {
            _problems.Report(Rules.RequiredField, $"Timestamp '{timestamp}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z: {why}.", state.At(ArgumentNames.Timestamp));
        }
    }
}
