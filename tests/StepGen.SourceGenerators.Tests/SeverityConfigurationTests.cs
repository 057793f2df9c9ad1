using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using StepGen.Asl.Problems;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Severities set in .editorconfig reach StepGen's diagnostics: lowered or switched off, each ID on its own (a Choice
/// without Default, SG1018, is quieted without hiding a Choice without rules, SG1008; a method in lower case, SG3011,
/// without hiding a method the HTTP task does not accept, SG3002), because each ID has one descriptor. Raising a warning to an error is proved where it shows, in the
/// output of a real `dotnet build` (StepGen.Package.Tests' DiagnosticsTests): the compiler keeps an elevated
/// diagnostic's severity as Warning and only marks it as an error, which this harness does not compare.
/// </summary>
public class SeverityConfigurationTests
{
    private const string Machine = """
        using StepGen;

        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [Choice(Default = nameof(B))]
            [When("$.x == 1", Next = nameof(B))]
            public partial class A;

            [Succeed] public partial class B;

            [{|#0:Succeed|}] public partial class Orphan;

            [{|#1:Choice|}]
            [When("$.x == 2", Next = nameof(B))]
            public partial class NoDefault;
        }
        """;

    [Fact]
    public Task WithoutConfiguration_TheDefaultsApply() => RunAsync(
        config: null,
        DiagnosticResult.CompilerWarning("SG1005").WithLocation(0),
        DiagnosticResult.CompilerWarning("SG1005").WithLocation(1),
        DiagnosticResult.CompilerWarning("SG1018").WithLocation(1));

    [Fact]
    public Task None_SwitchesADiagnosticOff() => RunAsync(
        "dotnet_diagnostic.SG1005.severity = none",
        DiagnosticResult.CompilerWarning("SG1018").WithLocation(1));

    [Fact]
    public Task Suggestion_LowersAWarning() => RunAsync(
        "dotnet_diagnostic.SG1005.severity = suggestion\ndotnet_diagnostic.SG1018.severity = none",
        new DiagnosticResult("SG1005", DiagnosticSeverity.Info).WithLocation(0),
        new DiagnosticResult("SG1005", DiagnosticSeverity.Info).WithLocation(1));

    [Fact]
    public Task Quieting_a_missing_Default_keeps_the_error_of_a_Choice_without_rules() => RunAsync(
        """
        using StepGen;

        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [{|#0:Choice|}(Default = nameof(B))]
            public partial class A;

            [Choice]
            [When("$.x == 2", Next = nameof(C))]
            public partial class B;

            [Succeed] public partial class C;
        }
        """,
        "dotnet_diagnostic.SG1018.severity = none",
        DiagnosticResult.CompilerError("SG1008").WithLocation(0));

    [Fact]
    public Task Quieting_a_method_in_lower_case_keeps_the_error_of_a_method_not_accepted() => RunAsync(
        """
        using StepGen;

        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "get", ConnectionArn = "${Conn}", Next = nameof(B))]
            public partial class A;

            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = {|#0:"FETCH"|}, ConnectionArn = "${Conn}", End = true)]
            public partial class B;
        }
        """,
        "dotnet_diagnostic.SG3011.severity = none",
        DiagnosticResult.CompilerError("SG3002").WithLocation(0));

    /// <summary>
    /// One descriptor per ID (issue 16, item 4): a second descriptor with the same ID would be governed by the same
    /// .editorconfig line, so quieting a warning could hide an error. Every descriptor the class declares, public or
    /// not, counts, and every rule ID has its descriptor.
    /// </summary>
    [Fact]
    public void Every_ID_has_exactly_one_descriptor()
    {
        DiagnosticDescriptor[] declared = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();
        string[] shared = declared.Concat(DiagnosticDescriptors.All).Distinct().GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(shared.Length == 0, $"more than one descriptor for {string.Join(", ", shared)}");

        string[] ids = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    private static Task RunAsync(string? config, params DiagnosticResult[] expected) => RunAsync(Machine, config, expected);

    private static Task RunAsync(string source, string? config, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier(source);
        if (config is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + config + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
