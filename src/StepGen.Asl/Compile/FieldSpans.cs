using System;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Compile;

/// <summary>Narrows a problem's location to the characters at fault inside an argument's string.</summary>
internal static class FieldSpans
{
    /// <summary>
    /// The characters at fault: <paramref name="offset"/> counts from where the checked value starts inside the
    /// argument's string (<paramref name="at"/>'s offset, or 0). When the value's characters cannot be placed one by
    /// one, <paramref name="at"/> itself: the whole value, or the whole argument.
    /// </summary>
    public static FieldRef Span(FieldRef at, int offset, int length, bool precise) =>
        precise ? at.WithSpan(Math.Max(0, at.Offset) + offset, Math.Max(1, length)) : at;

    /// <summary>
    /// Where a string parsed from the JSON text of the argument at <paramref name="at"/> stands: its characters when
    /// they map one to one (<c>Exact</c>), else the whole JSON token, else the whole argument.
    /// </summary>
    public static (FieldRef At, bool Exact) InJson(FieldRef at, JsonSpan span, int valueLength)
    {
        if (!span.IsKnown || at.Offset >= 0)
        {
            return (at, false);
        }

        return span.Verbatim && valueLength > 0
            ? (at.WithSpan(span.Offset + 1, valueLength), true)
            : (at.WithSpan(span.Offset, span.Length), false);
    }
}
