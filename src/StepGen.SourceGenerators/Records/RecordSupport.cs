using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepGen.SourceGenerators.Records;

/// <summary>Whether a consumer can compile what <see cref="RecordEmitter"/> writes.</summary>
internal static class RecordSupport
{
    /// <summary>
    /// True when the compilation parses C# 9 or later (records, static lambdas) and references System.Text.Json 8 or
    /// later (the metadata API as the emitter uses it: <c>JsonSerializerOptions.TryGetTypeInfo</c>, resolvers that
    /// combine). Call it inside the pipeline's transform, with <c>SemanticModel.Compilation</c>, and keep only the bool.
    /// </summary>
    public static bool IsAvailable(Compilation compilation) =>
        Answers.GetValue(compilation, static c => Check(c) ? Yes : No) == Yes;

    // Asked once per machine on every run; the answer is the compilation's, so it is kept beside it.
    private static readonly ConditionalWeakTable<Compilation, object> Answers = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    private static bool Check(Compilation compilation)
    {
        if (compilation is not CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp9 })
        {
            return false;
        }

        // A scan of the identities already bound, no symbol lookup: net8+ and the 8.x package both carry assembly version 8.0.0.0 and up.
        foreach (AssemblyIdentity identity in compilation.ReferencedAssemblyNames)
        {
            if (identity.Version.Major >= 8 && identity.Name == "System.Text.Json")
            {
                return true;
            }
        }

        return false;
    }
}
