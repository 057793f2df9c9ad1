namespace StepGen.Package.Tests.Infrastructure;

/// <summary>A throwaway console project under the fixture's work folder.</summary>
public sealed class ConsumerProject
{
    public ConsumerProject(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Where `dotnet build` (Debug) puts the assembly, and by default the StepGen files.</summary>
    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public string AssemblyPath => Path.Combine(OutputDirectory, Name + ".dll");

    public Task<CommandResult> BuildAsync(params string[] extraArguments) =>
        CommandRunner.DotnetAsync(Directory, new[] { "build", ProjectPath, "-nodeReuse:false" }.Concat(extraArguments).ToArray());

    public Task<CommandResult> DotnetAsync(params string[] arguments) => CommandRunner.DotnetAsync(Directory, arguments);

    /// <summary>Runs the built program (framework-dependent) and returns what it printed.</summary>
    public Task<CommandResult> RunAsync() => CommandRunner.DotnetAsync(Directory, AssemblyPath);
}
