using System;
using StepGen.Asl.Compile;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Checks.Http;

/// <summary>What kind of value an HTTP task's field holds: the writer picks the key by it, the checkers the rules.</summary>
internal static class HttpValue
{
    /// <summary>
    /// A value read at run time in a JSONPath state: a path (not a <c>${Substitution}</c>) or an intrinsic function
    /// call, written under the <c>.$</c> key.
    /// </summary>
    public static bool IsRunTimePath(StateEntry state, string value) =>
        !state.JsonAta && (PathParser.LooksLikePath(value) || value.StartsWith("States.", StringComparison.Ordinal));

    /// <summary>A value computed at run time in a JSONata state: kept as it is, under the plain field name.</summary>
    public static bool IsJsonAtaExpression(StateEntry state, string value) => state.JsonAta && value.StartsWith("{%", StringComparison.Ordinal);
}
