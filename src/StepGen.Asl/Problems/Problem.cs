using StepGen.Asl.Collections;

namespace StepGen.Asl.Problems;

/// <summary>
/// A logical location: which attribute (by index among the StepGen attributes of the machine class
/// or of a state class), which argument, which element of an array argument and which characters
/// inside a string value. The core has no Roslyn; analyzers map this to source.
/// </summary>
/// <param name="StateClass">The state class name, or <c>null</c> for the scope's own class (the machine or the branch).</param>
/// <param name="Attribute">Index of the attribute among the class's StepGen attributes; -1 for the class itself.</param>
/// <param name="Argument">Parameter or property name; <c>null</c> for the attribute as a whole.</param>
/// <param name="Element">Index inside an array argument (a <c>params</c> list), or -1.</param>
/// <param name="Offset">Start of the fault inside the string value, or -1 for the whole argument.</param>
/// <param name="Length">Length of the fault inside the string value.</param>
/// <param name="Scope">The <c>[Branch]</c> type key the state belongs to, or <c>null</c> for the machine's own states.</param>
public sealed record FieldRef(string? StateClass, int Attribute, string? Argument = null, int Element = -1, int Offset = -1, int Length = 0, string? Scope = null)
{
    public FieldRef WithSpan(int offset, int length) => this with { Offset = offset, Length = length };

    public FieldRef WithElement(int element) => this with { Element = element };
}

/// <summary>A broken rule: its diagnostic ID, a message that says what is wrong and what would be right, and where.</summary>
/// <param name="Id">The diagnostic ID, one of <see cref="Rules"/>.</param>
/// <param name="Message">The whole message: what is wrong and what would be right.</param>
/// <param name="Location">Where the fault is.</param>
/// <param name="Suggestion">A replacement the code fixes can offer (the closest state name...), or <c>null</c>.</param>
/// <param name="Properties">
/// Further facts a code fix needs and cannot see in the source (what the derived policy grants...), keyed by the
/// names in <see cref="ProblemProperties"/>; the analyzer passes them on as the diagnostic's properties.
/// </param>
public sealed record Problem(string Id, string Message, FieldRef Location, string? Suggestion = null, EquatableArray<ProblemProperty> Properties = default);

/// <summary>One fact a problem carries for the code fixes: a key of <see cref="ProblemProperties"/> and its value.</summary>
public readonly record struct ProblemProperty(string Key, string Value);

/// <summary>
/// The keys of <see cref="Problem.Properties"/>. Lists are joined with <see cref="Separator"/>. The code fixes
/// read them from the diagnostic, so the rule that decides a fix is safe stays in the core.
/// </summary>
public static class ProblemProperties
{
    /// <summary>Joins the items of a list value: a line break, which no action, ARN or index contains.</summary>
    public const char Separator = '\n';

    /// <summary>SG4001, SG4003: "true" when the derived policy grants every action of the [IamStatement], scoped, so it can go.</summary>
    public const string StatementRemovable = "StatementRemovable";

    /// <summary>
    /// SG4001, SG4003, when the statement cannot go as a whole: the indexes in <c>Actions</c> of the actions the derived
    /// policy already grants, scoped, which can be taken out of it (at least one action stays).
    /// </summary>
    public const string DerivedActionIndexes = "DerivedActionIndexes";

    /// <summary>SG4003, with <see cref="StatementRemovable"/>: the resources on which the derived policy grants the statement's actions.</summary>
    public const string DerivedResources = "DerivedResources";

    /// <summary>
    /// SG4001: the derived Condition (JSON) on states:HTTPEndpoint and states:HTTPMethod, when the statement allows
    /// only states:InvokeHTTPEndpoint, has no Condition, and one derived statement covers every HTTP call.
    /// </summary>
    public const string DerivedCondition = "DerivedCondition";

    /// <summary>SG4004, on a [Header], [QueryParameter] or [Body] value: one line saying where the credential belongs instead.</summary>
    public const string CredentialNote = "CredentialNote";
}
