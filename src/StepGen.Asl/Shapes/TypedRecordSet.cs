using System;

namespace StepGen.Asl.Shapes;

/// <summary>Which typed records a project gets: the MSBuild property <c>StepGenTypedRecords</c>.</summary>
public enum TypedRecordSet
{
    /// <summary><c>None</c> (or <c>false</c>): no records and no JsonContext.</summary>
    None,

    /// <summary><c>Execution</c> (the default, or <c>true</c>): ExecutionInput, ExecutionOutput, and HTTP results typed by a declared Response.</summary>
    Execution,

    /// <summary><c>All</c>: also every Pass state's Result and every HTTP task's result.</summary>
    All,
}

/// <summary>Reads the <c>StepGenTypedRecords</c> setting.</summary>
public static class TypedRecordSets
{
    /// <summary>The MSBuild property, as analyzers read it from the global analyzer config.</summary>
    public const string Property = "build_property.StepGenTypedRecords";

    /// <summary>
    /// The set a value names, compared ignoring case and surrounding whitespace as MSBuild compares: <c>Execution</c>,
    /// <c>All</c>, <c>None</c>, and <c>true</c>/<c>false</c> for <c>Execution</c>/<c>None</c>. Null for an unknown
    /// value; empty or absent is the default, <c>Execution</c>.
    /// </summary>
    public static TypedRecordSet? Parse(string? value)
    {
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0 || Is(text, "Execution") || Is(text, "true"))
        {
            return TypedRecordSet.Execution;
        }

        if (Is(text, "All"))
        {
            return TypedRecordSet.All;
        }

        return Is(text, "None") || Is(text, "false") ? TypedRecordSet.None : null;
    }

    private static bool Is(string text, string name) => string.Equals(text, name, StringComparison.OrdinalIgnoreCase);
}
