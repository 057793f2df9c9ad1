using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepGen.Build.Tests;

/// <summary>Compiles C# source to a dll on disk, the way a consumer's build would produce one.</summary>
internal static class TestAssembly
{
    /// <summary>A stand-in for the real attribute; the task matches it by namespace and name only.</summary>
    public const string AttributeSource = """
        namespace StepGen
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class StateMachineAttribute : System.Attribute
            {
                public string StartAt { get; set; }
            }
        }
        """;

    private static readonly ImmutableArray<MetadataReference> FrameworkReferences =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    public static string Emit(string directory, string assemblyName, string source, params string[] references)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            FrameworkReferences.AddRange(references.Select(r => MetadataReference.CreateFromFile(r))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        string path = Path.Combine(directory, assemblyName + ".dll");
        using (FileStream stream = File.Create(path))
        {
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("Test source does not compile:" + Environment.NewLine +
                    string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        return path;
    }
}
