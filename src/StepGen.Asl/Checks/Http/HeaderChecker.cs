using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// The headers of an HTTP task's request, from [Header] or the Parameters/Arguments text: one the HTTP task refuses
/// (SG3004), one it replaces with its own value (SG3012).
/// </summary>
internal sealed class HeaderChecker
{
    private readonly ProblemSink _problems;

    public HeaderChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG3004: a header the HTTP task refuses; SG3012: one it replaces with its own value.</summary>
    public void Check(StateEntry state, string header, FieldRef at)
    {
        if (HttpTask.HeaderProblem(header) is string problem)
        {
            _problems.Report(Rules.HttpHeader, $"The header '{header}' cannot be sent from '{state.Name}': {problem}.", at);
        }
        else if (HttpTask.HeaderOverride(header) is string replaced)
        {
            _problems.Report(Rules.HeaderWithoutEffect, $"The header '{header}' of '{state.Name}' has no effect: {replaced}. Remove it.", at);
        }
    }

    /// <summary>SG3004 and SG3012 for the headers written in an HTTP task's Parameters/Arguments JSON text rather than with [Header].</summary>
    public void CheckInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        if (payload.Get("Headers") is not JsonObject headers)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> member in headers.Members)
        {
            string name = member.Key.EndsWith(".$", StringComparison.Ordinal) ? member.Key.Substring(0, member.Key.Length - 2) : member.Key;
            Check(state, name, InJson(at, headers.KeySpan(member.Key), member.Key.Length).At);
        }
    }
}
