namespace StepGen.Package.Tests.Infrastructure;

/// <summary>Paths inside the StepGen repository, found from the test assembly's location.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string PackageProject => Path.Combine(Root, "nuget", "StepGen.Package.csproj");

    public static string JsToolsDirectory => Path.Combine(Root, "tests", "js");

    public static string SampleWorkflowsDirectory => Path.Combine(Root, "samples", "QuickStart", "Workflows");

    public static string SamplesDirectory => Path.Combine(Root, "samples");

    public static string QuickStartDirectory => Path.Combine(SamplesDirectory, "QuickStart");

    public static string QuickStartProject => Path.Combine(QuickStartDirectory, "QuickStart.csproj");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StepGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StepGen.sln not found in any folder above " + AppContext.BaseDirectory);
    }
}
