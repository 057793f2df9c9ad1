using System.Text.RegularExpressions;

namespace StepGen.Package.Tests.Infrastructure;

/// <summary>Source files for the throwaway consumers.</summary>
internal static class ConsumerSources
{
    /// <summary>
    /// The sample workflows, samples/QuickStart/Workflows/*.cs. Keys are paths inside the consumer
    /// project.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Workflows()
    {
        string directory = RepositoryLayout.SampleWorkflowsDirectory;
        string[] files = System.IO.Directory.Exists(directory) ? System.IO.Directory.GetFiles(directory, "*.cs") : Array.Empty<string>();
        Assert.True(files.Length > 0, "no workflow sources in " + directory);

        return files
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, string>(Path.Combine("Workflows", Path.GetFileName(f)), File.ReadAllText(f)));
    }

    /// <summary>
    /// A Program.cs that prints one JSON object: <c>slack</c> is <c>SlackNotification.Asl</c> (a
    /// compile-time use of a generated constant) and <c>machines</c> lists Name, Asl and IamPolicy
    /// of every [StateMachine] class in the assembly, read with reflection.
    /// </summary>
    public static string PrintingProgram(IEnumerable<string> workflowSources)
    {
        IEnumerable<string> namespaces = workflowSources
            .SelectMany(source => Regex.Matches(source, @"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);

        return string.Concat(namespaces.Select(n => $"using {n};\n")) + """
            using System.Reflection;
            using System.Text.Json;

            var machines = new List<Dictionary<string, string?>>();
            foreach (Type type in typeof(SlackNotification).Assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!type.GetCustomAttributes(inherit: false).Any(a => a.GetType().FullName == "StepGen.StateMachineAttribute"))
                {
                    continue;
                }

                string? Constant(string name) =>
                    (string?)type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue();

                machines.Add(new()
                {
                    ["type"] = type.FullName,
                    ["name"] = Constant("Name"),
                    ["asl"] = Constant("Asl"),
                    ["iamPolicy"] = Constant("IamPolicy"),
                    ["mermaid"] = Constant("Mermaid"),
                });
            }

            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["slack"] = SlackNotification.Asl,
                ["machines"] = machines,
            }));
            """;
    }
}
