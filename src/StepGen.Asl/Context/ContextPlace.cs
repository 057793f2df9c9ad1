using System;

namespace StepGen.Asl.Context;

/// <summary>
/// Where a <c>$$</c> path is written, for the context-object fields that exist only in some places (ASL-SPEC 2.4).
/// The compiler passes it along with the value it checks.
/// </summary>
[Flags]
public enum ContextPlace
{
    /// <summary>Anywhere else: neither <c>$$.Map</c> nor <c>$$.Task</c> fields exist.</summary>
    Elsewhere = 0,

    /// <summary>A Map state's <c>ItemSelector</c> (or its older name, a Map's <c>Parameters</c>): <c>$$.Map</c> exists.</summary>
    MapItemSelector = 1,

    /// <summary>The payload of a task whose resource ends with <c>.waitForTaskToken</c>: <c>$$.Task.Token</c> exists.</summary>
    CallbackTaskPayload = 2,
}
