using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// tests/js/run-local-stepfunctions.js: the npm package aws-local-stepfunctions (pinned in tests/js/package.json),
/// an ASL executor written independently of StepGen. Installs tests/js on first use, as the package tests do,
/// so `dotnet test` works on a fresh clone with node and npm on PATH.
/// </summary>
internal static class LocalStepFunctions
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static bool _installTried;

    public static string JsDirectory => Path.Combine(LazyRoot.Value, "tests", "js");

    /// <summary>Runs every request through the harness in one node process; the results come back in order.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RunAsync(IReadOnlyList<JsonObject> requests)
    {
        await EnsureInstalledAsync();
        string node = StepGen.Tests.Shared.NodeTools.FindOnPath(OperatingSystem.IsWindows() ? ["node.exe"] : ["node"])
            ?? throw new Xunit.Sdk.XunitException("node is not on PATH; it runs the aws-local-stepfunctions npm package the differential tests compare with.");

        var request = new JsonArray(requests.Select(r => (JsonNode)r.DeepClone()).ToArray());
        (int exitCode, string stdout, string stderr) = await RunProcessAsync(
            node, [Path.Combine(JsDirectory, "run-local-stepfunctions.js")], request.ToJsonString(), TimeSpan.FromMinutes(3));
        if (exitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"run-local-stepfunctions.js exited with {exitCode}:{Environment.NewLine}{stderr}");
        }

        JsonArray results = JsonNode.Parse(stdout) as JsonArray
            ?? throw new Xunit.Sdk.XunitException("run-local-stepfunctions.js printed no array: " + stdout);
        Assert.Equal(requests.Count, results.Count);
        return results.Select(r => (JsonObject)r!).ToList();
    }

    /// <summary>
    /// Runs <c>npm install</c> in tests/js once when node_modules lacks one of its dependencies (a checkout made
    /// before aws-local-stepfunctions was added has an older node_modules). The lockfile pins the versions.
    /// </summary>
    private static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            List<string> missing = StepGen.Tests.Shared.NodeTools.MissingDependencies(JsDirectory);
            if (missing.Count == 0)
            {
                return;
            }

            using IDisposable installLock = await StepGen.Tests.Shared.JsInstallLock.AcquireAsync(JsDirectory);
            missing = StepGen.Tests.Shared.NodeTools.MissingDependencies(JsDirectory);
            if (missing.Count == 0)
            {
                return; // another test process installed them meanwhile
            }

            if (_installTried)
            {
                throw new Xunit.Sdk.XunitException("npm could not install tests/js; missing: " + string.Join(", ", missing));
            }

            _installTried = true;
            string npm = StepGen.Tests.Shared.NodeTools.FindOnPath(OperatingSystem.IsWindows() ? ["npm.cmd", "npm.exe"] : ["npm"])
                ?? throw new Xunit.Sdk.XunitException("npm is not on PATH. The differential tests run the aws-local-stepfunctions npm package: install Node.js (with npm), or run `npm install` in tests/js yourself.");
            (int exitCode, string stdout, string stderr) = await RunProcessAsync(npm, ["install", "--no-audit", "--no-fund"], null, TimeSpan.FromMinutes(5));
            missing = StepGen.Tests.Shared.NodeTools.MissingDependencies(JsDirectory);
            if (exitCode != 0 || missing.Count > 0)
            {
                throw new Xunit.Sdk.XunitException($"npm install in tests/js failed (exit code {exitCode}):{Environment.NewLine}{stdout}{stderr}");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string fileName, string[] arguments, string? stdin, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = JsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new Xunit.Sdk.XunitException("could not start " + fileName);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            // UTF-8 without a byte order mark: JSON.parse rejects one.
            byte[] bytes = new UTF8Encoding(false).GetBytes(stdin);
            await process.StandardInput.BaseStream.WriteAsync(bytes);
        }

        process.StandardInput.Close();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{Path.GetFileName(fileName)} {string.Join(" ", arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

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
