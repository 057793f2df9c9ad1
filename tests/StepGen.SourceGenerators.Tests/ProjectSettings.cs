using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>The analyzer config a build gives: the package's MSBuild properties as build_property.* globals.</summary>
internal sealed class ProjectSettings : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public ProjectSettings(IReadOnlyDictionary<string, string> properties) =>
        _global = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    /// <summary>A project that sets StepGenHttpConnectionField, or nothing when null.</summary>
    public static ProjectSettings ConnectionField(string? value) =>
        new(value is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["StepGenHttpConnectionField"] = value });

    /// <summary>A project that sets StepGenTypedRecords (Execution, All, None...).</summary>
    public static ProjectSettings TypedRecords(string value) => new(new Dictionary<string, string> { ["StepGenTypedRecords"] = value });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
