using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace StepGen.Build;

/// <summary>
/// Writes <c>&lt;Name&gt;.asl.json</c>, <c>&lt;Name&gt;.iam.json</c> and <c>&lt;Name&gt;.mmd</c> for every
/// <c>[StateMachine]</c> class of a compiled assembly, taking the text from the <c>Asl</c>,
/// <c>IamPolicy</c> and <c>Mermaid</c> constants that the StepGen generator added to the class. An
/// assembly built by a StepGen from before the <c>Mermaid</c> constant gets no <c>.mmd</c> file.
/// </summary>
/// <remarks>
/// <para>Files are UTF-8 without a byte order mark and are rewritten only when their content
/// changes, so an incremental build keeps their timestamps.</para>
/// <para>Errors: SG5000 (the task failed, e.g. unreadable assembly or I/O error), SG5001 (two
/// machines share a name), SG5002 (a machine name cannot be a file name). When SG5001 or SG5002 is
/// reported no file is written.</para>
/// </remarks>
public sealed class WriteStateMachineFiles : Task
{
    internal const string TaskFailedCode = "SG5000";
    internal const string DuplicateNameCode = "SG5001";
    internal const string InvalidFileNameCode = "SG5002";

    /// <summary>Same base as the analyzers' help links: each ID has a page in docs/diagnostics.</summary>
    internal const string HelpLinkBase = "https://github.com/stepgen/stepgen/blob/main/docs/diagnostics/";

    internal const string AslSuffix = ".asl.json";
    internal const string IamSuffix = ".iam.json";
    internal const string MermaidSuffix = ".mmd";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The compiled assembly to read (normally <c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The directory that receives the files; created when missing.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>
    /// Every file this task is responsible for, whether it was rewritten or already up to date
    /// (full paths). Metadata: <c>StateMachine</c> (the machine name), <c>StateMachineType</c>
    /// (the class), <c>Kind</c> (<c>Asl</c>, <c>IamPolicy</c> or <c>Mermaid</c>) and <c>Changed</c>
    /// (<c>true</c> when this run wrote the file).
    /// </summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            return ExecuteCore();
        }
        catch (Exception ex)
        {
            LogError(TaskFailedCode, "StepGen could not write the state machine files of '{0}': {1}", AssemblyPath, ex.Message);
            return false;
        }
    }

    private bool ExecuteCore()
    {
        if (!File.Exists(AssemblyPath))
        {
            LogError(TaskFailedCode, "StepGen could not write the state machine files: the assembly '{0}' does not exist.", AssemblyPath);
            return false;
        }

        IReadOnlyList<StateMachineConstants> machines = StateMachineMetadataReader.Read(AssemblyPath);
        if (machines.Count == 0)
        {
            Log.LogMessage(MessageImportance.Low, "StepGen: no [StateMachine] class with generated constants in '{0}'.", AssemblyPath);
            return true;
        }

        if (!Validate(machines))
        {
            return false;
        }

        string directory = Path.GetFullPath(OutputDirectory);
        Directory.CreateDirectory(directory);

        var files = new List<ITaskItem>(machines.Count * 3);
        foreach (StateMachineConstants machine in machines)
        {
            files.Add(Write(directory, machine, AslSuffix, "Asl", machine.Asl));
            files.Add(Write(directory, machine, IamSuffix, "IamPolicy", machine.IamPolicy));
            if (machine.Mermaid is not null)
            {
                files.Add(Write(directory, machine, MermaidSuffix, "Mermaid", machine.Mermaid));
            }
        }

        WrittenFiles = files.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>Reports every unusable or duplicate name; true when there is none.</summary>
    private bool Validate(IReadOnlyList<StateMachineConstants> machines)
    {
        bool valid = true;

        // Case-insensitive: Foo.asl.json and foo.asl.json are the same file on Windows and macOS.
        var firstByName = new Dictionary<string, StateMachineConstants>(StringComparer.OrdinalIgnoreCase);
        foreach (StateMachineConstants machine in machines)
        {
            string? problem = FileNameRules.FindProblem(machine.Name);
            if (problem is not null)
            {
                LogError(
                    InvalidFileNameCode,
                    "The state machine '{0}' (class {1}) cannot be written to a file: its name {2}. Set Name on its [StateMachine] attribute to a name that is also a valid file name.",
                    machine.Name,
                    machine.TypeName,
                    problem);
                valid = false;
                continue;
            }

            if (firstByName.TryGetValue(machine.Name, out StateMachineConstants? first))
            {
                string sameName = string.Equals(first.Name, machine.Name, StringComparison.Ordinal)
                    ? "'" + machine.Name + "'"
                    : "'" + first.Name + "' and '" + machine.Name + "' (file names ignore case)";
                LogError(
                    DuplicateNameCode,
                    "Two state machines have the same name {0}: classes {1} and {2}. Each one is written to <Name>{3}, <Name>{4} and <Name>{5}, so the names must differ; set Name on one of the [StateMachine] attributes.",
                    sameName,
                    first.TypeName,
                    machine.TypeName,
                    AslSuffix,
                    IamSuffix,
                    MermaidSuffix);
                valid = false;
                continue;
            }

            firstByName.Add(machine.Name, machine);
        }

        return valid;
    }

    private ITaskItem Write(string directory, StateMachineConstants machine, string suffix, string kind, string content)
    {
        string path = Path.Combine(directory, machine.Name + suffix);
        bool changed = WriteIfChanged(path, Utf8NoBom.GetBytes(content));
        if (changed)
        {
            Log.LogMessage(MessageImportance.Normal, "StepGen: {0} -> {1}", machine.TypeName, path);
        }
        else
        {
            Log.LogMessage(MessageImportance.Low, "StepGen: {0} is up to date.", path);
        }

        var item = new TaskItem(path);
        item.SetMetadata("StateMachine", machine.Name);
        item.SetMetadata("StateMachineType", machine.TypeName);
        item.SetMetadata("Kind", kind);
        item.SetMetadata("Changed", changed ? "true" : "false");
        return item;
    }

    /// <summary>Writes the bytes unless the file already holds exactly them; true when written.</summary>
    private static bool WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path))
        {
            var existing = new FileInfo(path);
            if (existing.Length == content.Length && SameBytes(File.ReadAllBytes(path), content))
            {
                return false;
            }
        }

        File.WriteAllBytes(path, content);
        return true;
    }

    private static bool SameBytes(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }

    private void LogError(string code, string message, params object[] args)
    {
        Log.LogError(
            subcategory: null,
            errorCode: code,
            helpKeyword: null,
            helpLink: HelpLinkBase + code + ".md",
            file: null,
            lineNumber: 0,
            columnNumber: 0,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: message,
            messageArgs: args);
    }
}
