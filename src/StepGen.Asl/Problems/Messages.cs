using System;

namespace StepGen.Asl.Problems;

/// <summary>How problem messages are written, where more than one checker writes them alike.</summary>
internal static class Messages
{
    /// <summary>Ends a message with a full stop unless it already ends with one or a question mark.</summary>
    public static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith("?", StringComparison.Ordinal) ? text : text + ".";
}
