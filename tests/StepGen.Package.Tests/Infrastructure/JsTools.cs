using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StepGen.Package.Tests.Infrastructure;

/// <summary>
/// The Node tools of tests/js (asl-validator and friends, versions pinned in its package.json and
/// package-lock.json). Installed on first use, so `dotnet test` works on a fresh clone with node
/// and npm on PATH.
/// </summary>
public static class JsTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static CommandResult? _install;

    public static string Directory => RepositoryLayout.JsToolsDirectory;

    /// <summary>
    /// Runs `npm ci` (or `npm install` without a lockfile) when node_modules lacks one of the
    /// dependencies of tests/js/package.json (a checkout made before a dependency was added has an
    /// older node_modules).
    /// </summary>
    public static async Task EnsureInstalledAsync(ITestOutputHelper output)
    {
        await Gate.WaitAsync();
        try
        {
            if (StepGen.Tests.Shared.NodeTools.MissingDependencies(Directory).Count == 0)
            {
                return;
            }

            using IDisposable installLock = await StepGen.Tests.Shared.JsInstallLock.AcquireAsync(Directory);
            if (StepGen.Tests.Shared.NodeTools.MissingDependencies(Directory).Count == 0)
            {
                return; // another test process installed them meanwhile
            }

            if (_install is null)
            {
                string? npm = StepGen.Tests.Shared.NodeTools.FindOnPath(OperatingSystem.IsWindows() ? new[] { "npm.cmd", "npm.exe" } : new[] { "npm" });
                Assert.True(
                    npm is not null,
                    "npm is not on PATH. The end-to-end tests check generated ASL with the asl-validator npm package: install Node.js (with npm), or run `npm ci` in tests/js yourself.");

                string command = File.Exists(Path.Combine(Directory, "package-lock.json")) ? "ci" : "install";
                _install = await CommandRunner.RunAsync(
                    npm!,
                    new[] { command, "--no-audit", "--no-fund" },
                    Directory,
                    timeout: TimeSpan.FromMinutes(5));
            }

            output.WriteLine(_install.ToString());
            Assert.True(_install.Succeeded && StepGen.Tests.Shared.NodeTools.MissingDependencies(Directory).Count == 0, "npm could not install the tools of tests/js:" + Environment.NewLine + _install);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Runs the asl-validator CLI on one ASL file.</summary>
    public static async Task<CommandResult> ValidateAslAsync(string aslPath)
    {
        string? node = StepGen.Tests.Shared.NodeTools.FindOnPath(OperatingSystem.IsWindows() ? new[] { "node.exe" } : new[] { "node" });
        Assert.True(node is not null, "node is not on PATH; it runs the asl-validator npm package.");
        return await CommandRunner.RunAsync(node!, new[] { AslValidatorCli(), "--json-path", aslPath }, Directory);
    }

    /// <summary>
    /// A copy of an ASL file as deployment would see it: a <c>${Name}</c> substitution standing for a
    /// whole <c>Resource</c> is replaced by a well-formed Lambda ARN, and one inside a Resource by
    /// <c>0</c>, because asl-validator insists that Resource is an ARN. Everything else is kept as is.
    /// Returns the original path when there is nothing to substitute.
    /// </summary>
    /// <summary>
    /// Runs tests/js/validate-with-language-service.js: amazon-states-language-service, the validation engine of the
    /// AWS Toolkit's ASL editor. Exit code 0 means no error or warning.
    /// </summary>
    public static async Task<CommandResult> ValidateWithLanguageServiceAsync(IEnumerable<string> aslPaths)
    {
        string? node = StepGen.Tests.Shared.NodeTools.FindOnPath(OperatingSystem.IsWindows() ? new[] { "node.exe" } : new[] { "node" });
        Assert.True(node is not null, "node is not on PATH; it runs the amazon-states-language-service npm package.");
        var arguments = new List<string> { Path.Combine(Directory, "validate-with-language-service.js") };
        arguments.AddRange(aslPaths);
        return await CommandRunner.RunAsync(node!, arguments, Directory);
    }

    public static string WithResourceSubstitutionsFilled(string aslPath, string scratchDirectory)
    {
        JsonNode? root = JsonNode.Parse(File.ReadAllText(aslPath));
        if (root is null || !FillResources(root))
        {
            return aslPath;
        }

        System.IO.Directory.CreateDirectory(scratchDirectory);
        string copy = Path.Combine(scratchDirectory, Path.GetFileName(aslPath));
        File.WriteAllText(copy, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return copy;
    }

    private static bool FillResources(JsonNode node)
    {
        bool changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                {
                    if (property.Key == "Resource" && property.Value is JsonValue value && value.TryGetValue(out string? text) && text.Contains("${", StringComparison.Ordinal))
                    {
                        obj["Resource"] = Regex.IsMatch(text, @"^\$\{[^}]+\}$")
                            ? "arn:aws:lambda:us-east-1:123456789012:function:" + text[2..^1]
                            : Regex.Replace(text, @"\$\{[^}]+\}", "0");
                        changed = true;
                    }
                    else if (property.Value is not null)
                    {
                        changed |= FillResources(property.Value);
                    }
                }

                break;

            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        changed |= FillResources(item);
                    }
                }

                break;
        }

        return changed;
    }

    /// <summary>
    /// Runs tests/js/hcl.js, HashiCorp's HCL parser (the @cdktf/hcl2json package), and returns the JSON it
    /// printed: <c>config</c> reads .tf files, <c>expression</c> parses expressions, <c>template</c> reads
    /// files the way Terraform's templatefile does. Fails the test when the script fails.
    /// </summary>
    public static async Task<JsonNode> HclAsync(ITestOutputHelper output, string command, IEnumerable<string> arguments)
    {
        CommandResult result = await RunHclAsync(output, command, arguments);
        output.WriteLine($"$ node hcl.js {command} ... (exit code {result.ExitCode}; {result.Duration.TotalSeconds:0.0} s)");
        Assert.True(result.Succeeded, "hcl.js " + command + " failed:" + Environment.NewLine + result);
        return JsonNode.Parse(result.Output) ?? throw new Xunit.Sdk.XunitException("hcl.js printed nothing");
    }

    /// <summary>Runs tests/js/hcl.js (installing the tools first when needed) and returns how it ended.</summary>
    public static async Task<CommandResult> RunHclAsync(ITestOutputHelper output, string command, IEnumerable<string> arguments)
    {
        await EnsureInstalledAsync(output);
        string? node = StepGen.Tests.Shared.NodeTools.FindOnPath(OperatingSystem.IsWindows() ? new[] { "node.exe" } : new[] { "node" });
        Assert.True(node is not null, "node is not on PATH; it runs the HCL parser of tests/js.");
        var all = new List<string> { Path.Combine(Directory, "hcl.js"), command };
        all.AddRange(arguments);
        return await CommandRunner.RunAsync(node!, all, Directory);
    }

    private static string AslValidatorPackageJson => Path.Combine(Directory, "node_modules", "asl-validator", "package.json");

    /// <summary>The CLI script named by asl-validator's own package.json "bin" entry.</summary>
    private static string AslValidatorCli()
    {
        using JsonDocument package = JsonDocument.Parse(File.ReadAllText(AslValidatorPackageJson));
        JsonElement bin = package.RootElement.GetProperty("bin");
        string relative = bin.ValueKind == JsonValueKind.String ? bin.GetString()! : bin.GetProperty("asl-validator").GetString()!;
        return Path.GetFullPath(Path.Combine(Directory, "node_modules", "asl-validator", relative));
    }
}
