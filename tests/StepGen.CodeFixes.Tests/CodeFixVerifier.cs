using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using StepGen.SourceGenerators.Diagnostics;

namespace StepGen.CodeFixes.Tests;

/// <summary>
/// Runs <see cref="StateMachineAnalyzer"/> on markup such as <c>{|SG1004:"Finsh"|}</c>, applies
/// <typeparamref name="TCodeFix"/>, and compares with the fixed code: one diagnostic at a time, then Fix All in
/// document, project and solution scope. The fixed code is analyzed again, so a fix that leaves a compiler error
/// or a StepGen diagnostic not listed in <c>FixedState.ExpectedDiagnostics</c> fails the test.
/// </summary>
internal sealed class CodeFixVerifier<TCodeFix> : CSharpCodeFixTest<StateMachineAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public const string Usings = "using StepGen;\n";

    public CodeFixVerifier(string source, string fixedSource)
    {
        TestCode = Usings + source;
        FixedCode = Usings + fixedSource;

        // No reference-assembly package to download: compile against the running framework and the attributes.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References);
    }

    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null)
    {
        var test = new CodeFixVerifier<TCodeFix>(source, fixedSource) { CodeActionEquivalenceKey = equivalenceKey };
        return test.RunAsync();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = tpa.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(StepGen.StateMachineAttribute).Assembly.Location));
        return references.ToImmutableArray();
    }
}
