using System.Text.Json;

namespace StepGen.Tests.Shared;

/// <summary>Finding node and npm, and what tests/js still has to install; shared by the test projects that run npm tools.</summary>
internal static class NodeTools
{
    /// <summary>The first of <paramref name="names"/> found in a PATH directory, or null.</summary>
    public static string? FindOnPath(IEnumerable<string> names)
    {
        string[] directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string directory in directories)
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The dependencies of <paramref name="directory"/>'s package.json that node_modules lacks.</summary>
    public static List<string> MissingDependencies(string directory)
    {
        using JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "package.json")));
        return package.RootElement.GetProperty("dependencies").EnumerateObject()
            .Select(d => d.Name)
            .Where(name => !File.Exists(Path.Combine(new[] { directory, "node_modules" }.Concat(name.Split('/')).Append("package.json").ToArray())))
            .ToList();
    }
}
