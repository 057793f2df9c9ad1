using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Runs <see cref="StateMachineAnalyzer"/> on markup such as <c>{|SG1004:"Finsh"|}</c> and checks that exactly the
/// marked diagnostics are reported, at exactly the marked spans. Compiler errors in the test code fail the test.
/// </summary>
internal sealed class AnalyzerVerifier : CSharpAnalyzerTest<StateMachineAnalyzer, DefaultVerifier>
{
    public AnalyzerVerifier(string source)
    {
        TestCode = source;

        // No reference-assembly package to download: compile against the running framework and the attributes.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(TestCompilation.References);
    }

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier("using StepGen;\n" + source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
