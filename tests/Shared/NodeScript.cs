using System.Diagnostics;
using System.Text;

namespace StepGen.Tests.Shared;

/// <summary>
/// Runs one of tests/js's node scripts with a request on stdin, installing tests/js first when node_modules lacks
/// a dependency (a fresh clone, or a checkout made before a dependency was added); the lockfile pins the versions.
/// Shared by the test projects that compare StepGen with an npm tool.
/// </summary>
internal static class NodeScript
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static bool _installTried;

    public static string JsDirectory => Path.Combine(LazyRoot.Value, "tests", "js");

    /// <summary>Runs <c>node tests/js/<paramref name="script"/></c> with <paramref name="stdin"/>; throws when it exits non-zero.</summary>
    public static async Task<string> RunAsync(string script, string stdin, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        string node = NodeTools.FindOnPath(OperatingSystem.IsWindows() ? ["node.exe"] : ["node"])
            ?? throw new Xunit.Sdk.XunitException($"node is not on PATH; it runs tests/js/{script}, the independent opinion this test compares with.");
        (int exitCode, string stdout, string stderr) = await RunProcessAsync(node, [Path.Combine(JsDirectory, script)], stdin, timeout);
        if (exitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"{script} exited with {exitCode}:{Environment.NewLine}{stderr}");
        }

        return stdout;
    }

    /// <summary>
    /// Runs the command-line tool <paramref name="command"/> of the tests/js dependency <paramref name="package"/> (the
    /// script its package.json names under "bin") with node, in tests/js; returns its exit code and output, whatever
    /// the exit code.
    /// </summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunToolAsync(string package, string command, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        string node = NodeTools.FindOnPath(OperatingSystem.IsWindows() ? ["node.exe"] : ["node"])
            ?? throw new Xunit.Sdk.XunitException($"node is not on PATH; it runs {command} of the npm package {package}, installed in tests/js.");
        string packageDirectory = Path.Combine(new[] { JsDirectory, "node_modules" }.Concat(package.Split('/')).ToArray());
        using System.Text.Json.JsonDocument manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(packageDirectory, "package.json")));
        System.Text.Json.JsonElement bin = manifest.RootElement.GetProperty("bin");
        string script = bin.ValueKind == System.Text.Json.JsonValueKind.String ? bin.GetString()! : bin.GetProperty(command).GetString()!;
        return await RunProcessAsync(node, [Path.Combine(packageDirectory, script), .. arguments], null, timeout);
    }

    private static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            List<string> missing = NodeTools.MissingDependencies(JsDirectory);
            if (missing.Count == 0)
            {
                return;
            }

            using IDisposable installLock = await JsInstallLock.AcquireAsync(JsDirectory);
            missing = NodeTools.MissingDependencies(JsDirectory);
            if (missing.Count == 0)
            {
                return; // another test process installed them meanwhile
            }

            if (_installTried)
            {
                throw new Xunit.Sdk.XunitException("npm could not install tests/js; missing: " + string.Join(", ", missing));
            }

            _installTried = true;
            string npm = NodeTools.FindOnPath(OperatingSystem.IsWindows() ? ["npm.cmd", "npm.exe"] : ["npm"])
                ?? throw new Xunit.Sdk.XunitException("npm is not on PATH. These tests run npm packages from tests/js: install Node.js (with npm), or run `npm install` in tests/js yourself.");
            (int exitCode, string stdout, string stderr) = await RunProcessAsync(npm, ["install", "--no-audit", "--no-fund"], null, TimeSpan.FromMinutes(5));
            missing = NodeTools.MissingDependencies(JsDirectory);
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
