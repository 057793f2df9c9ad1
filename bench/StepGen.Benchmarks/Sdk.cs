using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace StepGen.Benchmarks;

/// <summary>
/// Finds the running SDK's reference pack (the references a real build compiles against) and the System.Text.Json
/// source generator it ships, at run time: nothing here depends on where .NET is installed.
/// </summary>
internal static class Sdk
{
    private static readonly Lazy<string> RefPackDirectory = new(FindRefPack);

    /// <summary>packs/Microsoft.NETCore.App.Ref/&lt;version&gt; of the running runtime's major version.</summary>
    public static string RefPack => RefPackDirectory.Value;

    public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    public static string JsonGeneratorPath
    {
        get
        {
            string analyzers = Path.Combine(RefPack, "analyzers", "dotnet");
            // The ref pack has used both analyzers/dotnet/cs and analyzers/dotnet/roslyn<ver>/cs; take either.
            string? path = Directory.EnumerateFiles(analyzers, "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == "cs")
                .OrderBy(p => p, StringComparer.Ordinal)
                .LastOrDefault();
            return path ?? throw new InvalidOperationException($"System.Text.Json.SourceGeneration.dll not found under {analyzers}");
        }
    }

    /// <summary>Loads the SDK's STJ generator; it binds to the Roslyn this process already loaded (same or newer).</summary>
    public static IIncrementalGenerator LoadJsonGenerator()
    {
        Assembly assembly = Assembly.LoadFrom(JsonGeneratorPath);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        Type type = types.Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes<GeneratorAttribute>().Any());
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    private static string FindRefPack()
    {
        int major = Environment.Version.Major;
        foreach (string root in CandidateRoots())
        {
            string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(packs))
            {
                continue;
            }

            string? best = Directory.EnumerateDirectories(packs)
                .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : null))
                .Where(x => x.Version is not null && x.Version.Major == major)
                .OrderBy(x => x.Version)
                .Select(x => x.Dir)
                .LastOrDefault();
            if (best is not null)
            {
                return best;
            }
        }

        throw new InvalidOperationException($"no Microsoft.NETCore.App.Ref {major}.x pack found; is the .NET {major} SDK installed?");
    }

    private static IEnumerable<string> CandidateRoots()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/ is where the running runtime lives.
        string runtime = RuntimeEnvironment.GetRuntimeDirectory();
        yield return Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } dotnetRoot)
        {
            yield return dotnetRoot;
        }

        // Last resort: ask the dotnet on the PATH where its SDKs are ("10.0.100 [<root>/sdk]").
        string? listed = null;
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", "--list-sdks") { RedirectStandardOutput = true, UseShellExecute = false });
            listed = process?.StandardOutput.ReadToEnd();
            process?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }

        foreach (string line in (listed ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int open = line.IndexOf('['), close = line.LastIndexOf(']');
            if (open >= 0 && close > open)
            {
                yield return Path.GetDirectoryName(line[(open + 1)..close].TrimEnd('/', '\\'))!;
            }
        }
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        string tfm = "net" + Environment.Version.Major + ".0";
        string refDir = Path.Combine(RefPack, "ref", tfm);
        var references = Directory.EnumerateFiles(refDir, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(StateMachineAttribute).Assembly.Location));
        return references;
    }
}
