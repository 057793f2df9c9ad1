using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private static readonly string[] ExpectedEntries =
    {
        "README.md",
        "analyzers/dotnet/cs/StepGen.Asl.dll",
        "analyzers/dotnet/cs/StepGen.CodeFixes.dll",
        "analyzers/dotnet/cs/StepGen.SourceGenerators.dll",
        "build/StepGen.props",
        "build/StepGen.targets",
        "buildTransitive/StepGen.props",
        "buildTransitive/StepGen.targets",
        "lib/netstandard2.0/StepGen.Attributes.dll",
        "lib/netstandard2.0/StepGen.Attributes.xml",
        "tasks/netstandard2.0/StepGen.Build.dll",
    };

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public PackageLayoutTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Package_ContainsExactlyTheShippedFiles()
    {
        await _fixture.RequirePackageAsync(_output);
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PackagePath);

        // The OPC bookkeeping parts and the nuspec are in every package; everything else is ours.
        string[] entries = zip.Entries
            .Select(e => e.FullName)
            .Where(n => n != "[Content_Types].xml" && !n.StartsWith("_rels/", StringComparison.Ordinal)
                        && !n.StartsWith("package/", StringComparison.Ordinal) && n != "StepGen.nuspec")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        _output.WriteLine(string.Join(Environment.NewLine, zip.Entries.Select(e => e.FullName)));
        Assert.Equal(ExpectedEntries, entries);
    }

    [Fact]
    public async Task Nuspec_DescribesStepGenWithNoDependencies()
    {
        await _fixture.RequirePackageAsync(_output);
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PackagePath);
        XDocument nuspec;
        using (Stream stream = zip.GetEntry("StepGen.nuspec")!.Open())
        {
            nuspec = XDocument.Load(stream);
        }

        _output.WriteLine(nuspec.ToString());
        XElement metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("StepGen", Value("id"));
        Assert.Equal(_fixture.PackageVersion, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("tags")));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public async Task PackagedFiles_AreTheRealBuildOutputsAndSources()
    {
        await _fixture.RequirePackageAsync(_output);
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PackagePath);

        Assert.Contains("StepGen.StateMachineAttribute", TypeNames(zip, "lib/netstandard2.0/StepGen.Attributes.dll"));
        Assert.Contains("StepGen.Build.WriteStateMachineFiles", TypeNames(zip, "tasks/netstandard2.0/StepGen.Build.dll"));
        Assert.Contains("Microsoft.CodeAnalysis", AssemblyReferences(zip, "analyzers/dotnet/cs/StepGen.SourceGenerators.dll"));
        Assert.Contains("StepGen.Asl", AssemblyReferences(zip, "analyzers/dotnet/cs/StepGen.SourceGenerators.dll"));

        // Workspaces is for the code fixes alone: the compiler loads the generator and analyzers, and has no Workspaces.
        Assert.DoesNotContain("Microsoft.CodeAnalysis.Workspaces", AssemblyReferences(zip, "analyzers/dotnet/cs/StepGen.SourceGenerators.dll"));
        Assert.Contains("Microsoft.CodeAnalysis.Workspaces", AssemblyReferences(zip, "analyzers/dotnet/cs/StepGen.CodeFixes.dll"));
        Assert.Contains("StepGen.CodeFixes.StateReferenceCodeFixProvider", TypeNames(zip, "analyzers/dotnet/cs/StepGen.CodeFixes.dll"));

        // The task must not drag MSBuild into the package's dependencies or copy it anywhere.
        Assert.DoesNotContain(zip.Entries, e => e.Name.StartsWith("Microsoft.Build", StringComparison.Ordinal));

        Assert.Contains("StateMachineAttribute", ReadText(zip, "lib/netstandard2.0/StepGen.Attributes.xml"));
        foreach (string file in new[] { "build/StepGen.props", "build/StepGen.targets", "buildTransitive/StepGen.props", "buildTransitive/StepGen.targets" })
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepositoryLayout.Root, "nuget", file)).ReplaceLineEndings(),
                ReadText(zip, file).ReplaceLineEndings());
        }

        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md")).ReplaceLineEndings(),
            ReadText(zip, "README.md").ReplaceLineEndings());
    }

    private static string ReadText(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static List<string> TypeNames(ZipArchive zip, string entry) =>
        WithMetadata(zip, entry, md => md.TypeDefinitions
            .Select(h => md.GetTypeDefinition(h))
            .Select(t => md.GetString(t.Namespace) + "." + md.GetString(t.Name))
            .ToList());

    private static List<string> AssemblyReferences(ZipArchive zip, string entry) =>
        WithMetadata(zip, entry, md => md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToList());

    private static T WithMetadata<T>(ZipArchive zip, string entry, Func<MetadataReader, T> read)
    {
        var buffer = new MemoryStream();
        using (Stream stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        return read(pe.GetMetadataReader());
    }
}
