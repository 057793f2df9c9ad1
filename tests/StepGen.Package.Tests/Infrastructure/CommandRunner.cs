using System.Diagnostics;
using System.Text;

namespace StepGen.Package.Tests.Infrastructure;

/// <summary>The outcome of one external command, with stdout and stderr interleaved as they came.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"$ {CommandLine}");
        text.AppendLine($"  (in {WorkingDirectory}; exit code {ExitCode}{(TimedOut ? ", TIMED OUT" : string.Empty)}; {Duration.TotalSeconds:0.0} s)");
        text.Append(Output);
        return text.ToString();
    }
}

public static class CommandRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The dotnet executable that runs these tests (set by `dotnet test`), else the one on PATH.
    /// </summary>
    public static string DotnetExecutable
    {
        get
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }

    public static Task<CommandResult> DotnetAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(DotnetExecutable, arguments, workingDirectory);

    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        PrepareEnvironment(startInfo.Environment);
        if (environment is not null)
        {
            foreach ((string key, string? value) in environment)
            {
                startInfo.Environment[key] = value;
            }
        }

        string commandLine = fileName + " " + string.Join(" ", startInfo.ArgumentList.Select(Quote));
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new CommandResult(commandLine, workingDirectory, -1, $"could not start '{fileName}': {ex.Message}", stopwatch.Elapsed, false);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }

            await process.WaitForExitAsync();
        }

        // WaitForExitAsync also waits for the redirected streams to reach their end.
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new CommandResult(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, text, stopwatch.Elapsed, timedOut);
    }

    /// <summary>
    /// `dotnet test` exports MSBuild settings of its own build (MSBuildExtensionsPath,
    /// MSBuildSDKsPath, ...); inherited by a child `dotnet build`, they point it at the wrong SDK
    /// files. The children also get a quiet, English, non-interactive CLI.
    /// </summary>
    private static void PrepareEnvironment(IDictionary<string, string?> environment)
    {
        foreach (string key in environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["MSBUILDTERMINALLOGGER"] = "off";
        environment["NUGET_XMLDOC_MODE"] = "skip";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"') ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
