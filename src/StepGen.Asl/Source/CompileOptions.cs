using System;

namespace StepGen.Asl.Source;

/// <summary>
/// Project-wide settings that change what StepGen writes, read from MSBuild properties the package makes visible to
/// the compiler. Part of <see cref="SourceMachine"/>, so a change of setting recompiles every machine and an equal
/// setting keeps the generator's cache.
/// </summary>
/// <param name="InvocationConfigConnections">
/// <c>StepGenHttpConnectionField=InvocationConfig</c>: HTTP tasks that do not choose write their connection as
/// <c>InvocationConfig.ConnectionArn</c> instead of <c>Authentication.ConnectionArn</c>.
/// </param>
/// <param name="Dialect">What the user wrote, which messages speak of: attributes (the default), or ASL JSON that <c>stepgen lint</c> reads.</param>
public sealed record CompileOptions(bool InvocationConfigConnections = false, Problems.SourceDialect Dialect = Problems.SourceDialect.Attributes)
{
    /// <summary>The MSBuild property, as analyzers read it from the global analyzer config.</summary>
    public const string ConnectionFieldProperty = "build_property.StepGenHttpConnectionField";

    public static readonly CompileOptions Default = new();

    /// <summary>
    /// The options for a value of <c>StepGenHttpConnectionField</c> (case-insensitive; empty is the default). An
    /// unknown value keeps the default; the package's MSBuild targets warn about it.
    /// </summary>
    public static CompileOptions FromConnectionField(string? value) =>
        string.Equals(value?.Trim(), "InvocationConfig", StringComparison.OrdinalIgnoreCase) ? new CompileOptions(InvocationConfigConnections: true) : Default;

    /// <summary>The options for a definition read from ASL JSON: messages speak of its fields.</summary>
    public static readonly CompileOptions AslJson = new(Dialect: Problems.SourceDialect.AslJson);
}
