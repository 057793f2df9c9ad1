namespace StepGen.Asl.Problems;

/// <summary>What the user wrote, so that a message tells them what to write: attributes in C#, or the ASL's JSON.</summary>
public enum SourceDialect
{
    /// <summary>StepGen's attributes (the generator and the analyzers).</summary>
    Attributes,

    /// <summary>An ASL definition read from JSON (<c>stepgen lint</c>).</summary>
    AslJson,
}

/// <summary>
/// The parts of messages that say what to write, in the user's own dialect: <c>Next = nameof(Done)</c> on an
/// attribute is <c>"Next": "Done"</c> in a JSON definition. One rule, one message: only these words change.
/// </summary>
internal static class Phrases
{
    /// <summary>A transition to <paramref name="target"/>: <c>Next = nameof(Done)</c> or <c>"Next": "Done"</c>.</summary>
    public static string Next(SourceDialect dialect, string target) => Field(dialect, "Next", target);

    /// <summary><c>End = true</c> or <c>"End": true</c>.</summary>
    public static string End(SourceDialect dialect) => dialect == SourceDialect.AslJson ? "\"End\": true" : "End = true";

    /// <summary>A field naming a state: <c>Default = nameof(X)</c> or <c>"Default": "X"</c>.</summary>
    public static string Field(SourceDialect dialect, string field, string target) =>
        dialect == SourceDialect.AslJson ? $"\"{field}\": \"{target}\"" : $"{field} = nameof({target})";

    /// <summary>An example Choice rule.</summary>
    public static string ChoiceRule(SourceDialect dialect) => dialect == SourceDialect.AslJson
        ? "a rule in Choices such as { \"Variable\": \"$.status\", \"StringEquals\": \"done\", \"Next\": \"...\" }"
        : "[When(\"$.status == 'done'\", Next = nameof(...))]";

    /// <summary>Choosing JSONata for a state.</summary>
    public static string UseJsonAta(SourceDialect dialect) => dialect == SourceDialect.AslJson
        ? "\"QueryLanguage\": \"JSONata\""
        : "QueryLanguage = QueryLanguage.JsonAta";

    /// <summary>A request header with a constant value.</summary>
    public static string Header(SourceDialect dialect, string name, string value) => dialect == SourceDialect.AslJson
        ? $"\"{name}\": \"{value}\" to Headers"
        : $"[Header(\"{name}\", \"{value}\")]";

    /// <summary>
    /// A message of the IAM derivation, which speaks of <c>[IamStatement]</c> (the derivation reads only the finished
    /// ASL and cannot tell what the user wrote), in the user's dialect.
    /// </summary>
    public static string InDialect(string iamNote, SourceDialect dialect) =>
        dialect == SourceDialect.AslJson ? iamNote.Replace("an [IamStatement]", "an IAM statement of your own").Replace("[IamStatement]", "IAM statement") : iamNote;

    /// <summary>How a state is named in a message: by its class in C#, by its name in JSON.</summary>
    public static string State(SourceDialect dialect, string className, string name) => dialect == SourceDialect.AslJson ? $"'{name}'" : className;
}
