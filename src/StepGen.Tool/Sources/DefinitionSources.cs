using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

using StepGen.Tool.Sources.CloudFormation;
using StepGen.Tool.Sources.Nodes;
using StepGen.Tool.Sources.Terraform;

namespace StepGen.Tool.Sources;

/// <summary>
/// Finds the state machine definitions in a file or under a directory, as JSON text mapped back to the file the user
/// edits: <c>*.asl.json</c>, <c>*.asl.yaml</c>/<c>*.asl.yml</c>; CloudFormation/SAM templates (JSON or YAML, a CDK
/// app's <c>cdk.out</c> templates included); other JSON or YAML files whose top level has <c>StartAt</c> and
/// <c>States</c>; Terraform <c>aws_sfn_state_machine</c> resources in <c>*.tf</c> files.
/// </summary>
/// <remarks>
/// <para>
/// A directory is searched recursively in ordinal order of names, skipping hidden directories (<c>.git</c>,
/// <c>.terraform</c>, SAM's <c>.aws-sam</c> build copies...), <c>node_modules</c>, <c>bin</c>, <c>obj</c>, directory
/// links, and the <c>asset.*</c> copies inside <c>cdk.out</c> (whose templates are read). Files that hold no state
/// machine are skipped silently there; a file named explicitly that holds none is an error.
/// </para>
/// <para>
/// A definition file that a template or Terraform file found in the same search takes its definition from
/// (<c>DefinitionUri</c>, <c>templatefile</c>, <c>file()</c>) is reported once, through that template: there its
/// substitutions apply and its name is the resource's, which is what a deployment sees. Named explicitly, such a file
/// is read on its own. Two templates naming one file report it twice, once per resource.
/// </para>
/// <para>Never throws: a failure is a <see cref="SourceError"/>.</para>
/// </remarks>
internal static class DefinitionSources
{
    private static readonly string[] SkippedDirectories = ["node_modules", "bin", "obj"];

    private enum FileKind
    {
        None,
        AslJson,
        AslYaml,
        Terraform,
        Document,
    }

    /// <summary>Reads <paramref name="path"/>, a file or a directory.</summary>
    public static SourceReadResult Read(string path)
    {
        var result = new SourceCollector();
        try
        {
            if (string.IsNullOrEmpty(path))
            {
                result.Error(path ?? string.Empty, "no path given");
            }
            else if (Directory.Exists(path))
            {
                ReadDirectory(path, result);
            }
            else if (File.Exists(path))
            {
                var terraform = new TerraformModules();
                ReadFile(path, explicitly: true, terraform, result);
            }
            else
            {
                result.Error(path, "no such file or directory");
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result.Error(path ?? string.Empty, InternalError(e));
        }

        return new SourceReadResult(result.Definitions, result.Errors);
    }

    private static void ReadDirectory(string directory, SourceCollector result)
    {
        var files = new List<string>();
        Walk(directory, files, result, insideCdkOut: false, depth: 0);
        var terraform = new TerraformModules();
        var perFile = new List<(string File, bool DefinitionFile, SourceCollector Found)>();
        var referenced = new HashSet<string>(SourceFiles.PathComparer);
        foreach (string file in files)
        {
            FileKind kind = KindOf(file, explicitly: false);
            if (kind == FileKind.None)
            {
                continue;
            }

            var found = new SourceCollector();
            bool definitionFile = false;
            try
            {
                definitionFile = ReadFile(file, explicitly: false, terraform, found);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                found.Error(file, InternalError(e));
            }

            perFile.Add((file, definitionFile, found));
            referenced.UnionWith(found.ReferencedFiles);
        }

        foreach ((string file, bool definitionFile, SourceCollector found) in perFile)
        {
            // A definition file that a template or .tf file of this search reads is reported through it only.
            if (definitionFile && referenced.Contains(SourceFiles.FullPath(file)))
            {
                continue;
            }

            result.AddRange(found);
        }
    }

    private static void Walk(string directory, List<string> files, SourceCollector result, bool insideCdkOut, int depth)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            result.Error(directory, "cannot list the directory: " + e.Message);
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (!Directory.Exists(entry))
            {
                files.Add(entry);
                continue;
            }

            if (depth > 64 || name.StartsWith('.') || SkippedDirectories.Contains(name, StringComparer.Ordinal)
                || (insideCdkOut && name.StartsWith("asset.", StringComparison.Ordinal)))
            {
                continue;
            }

            try
            {
                if (new DirectoryInfo(entry).LinkTarget != null)
                {
                    continue;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Walk(entry, files, result, insideCdkOut || name == "cdk.out", depth + 1);
        }
    }

    private static FileKind KindOf(string file, bool explicitly)
    {
        if (SourceFiles.EndsWith(file, ".asl.json"))
        {
            return FileKind.AslJson;
        }

        if (SourceFiles.EndsWith(file, ".asl.yaml") || SourceFiles.EndsWith(file, ".asl.yml"))
        {
            return FileKind.AslYaml;
        }

        if (SourceFiles.EndsWith(file, ".tf"))
        {
            return FileKind.Terraform;
        }

        if (explicitly || SourceFiles.EndsWith(file, ".json") || SourceFiles.EndsWith(file, ".yaml")
            || SourceFiles.EndsWith(file, ".yml") || SourceFiles.EndsWith(file, ".template"))
        {
            return FileKind.Document;
        }

        return FileKind.None;
    }

    /// <summary>Reads one file; returns true when the file is itself a definition (not a template that holds or names one).</summary>
    private static bool ReadFile(string file, bool explicitly, TerraformModules terraform, SourceCollector sink)
    {
        FileKind kind = KindOf(file, explicitly);
        string? text = SourceFiles.TryRead(file, out string? error);
        if (text is null)
        {
            sink.Error(file, "cannot read the file: " + error);
            return false;
        }

        string name = Path.GetFileName(file);
        switch (kind)
        {
            case FileKind.AslJson:
                sink.Definitions.Add(new FoundDefinition(file, name, null, text, TextMap.Identity(text)));
                return true;
            case FileKind.AslYaml:
                {
                    SourceNode? node = SourceDocuments.Parse(file, text, SourceDocuments.Syntax.Yaml, sink);
                    if (node != null)
                    {
                        SourceDocuments.AddRendered(file, text, name, null, node, sink);
                    }

                    return true;
                }

            case FileKind.Terraform:
                if (explicitly || terraform.MayHoldStateMachines(text))
                {
                    terraform.Read(file, text, explicitly, sink);
                }

                return false;
            case FileKind.Document:
                return ReadDocument(file, text, explicitly, sink);
            default:
                return false;
        }
    }

    private static bool ReadDocument(string file, string text, bool explicitly, SourceCollector sink)
    {
        // In a directory, only files that mention a state machine are parsed (package-lock.json, workflows...).
        if (!explicitly
            && !CloudFormationTemplates.MentionsStateMachine(text)
            && !(SourceDocuments.Contains(text, "StartAt") && SourceDocuments.Contains(text, "States")))
        {
            return false;
        }

        SourceNode? root = SourceDocuments.Parse(file, text, SourceDocuments.SyntaxOf(file), sink);
        if (root is null)
        {
            // Not JSON/YAML: if it was meant as a definition file, reading it through its template says so there too.
            return !CloudFormationTemplates.MentionsStateMachine(text);
        }

        if (CloudFormationTemplates.HasStateMachines(root))
        {
            CloudFormationTemplates.Read(file, text, root, sink);
            return false;
        }

        if (SourceDocuments.IsAsl(root))
        {
            string name = Path.GetFileName(file);
            if (SourceDocuments.SyntaxOf(file) == SourceDocuments.Syntax.Json || (SourceDocuments.SyntaxOf(file) == SourceDocuments.Syntax.Sniffed && SourceDocuments.LooksLikeJson(text)))
            {
                sink.Definitions.Add(new FoundDefinition(file, name, null, text, TextMap.Identity(text)));
            }
            else
            {
                SourceDocuments.AddRendered(file, text, name, null, root, sink);
            }

            return true;
        }

        if (explicitly)
        {
            sink.Error(file, CloudFormationTemplates.HasResources(root)
                ? $"this file holds no state machine: it is a template without a resource of type {CloudFormationTemplates.StepFunctionsType} or {CloudFormationTemplates.ServerlessType}"
                : $"this file holds no state machine: looked for an ASL definition (an object with StartAt and States) and for a CloudFormation/SAM template with {CloudFormationTemplates.StepFunctionsType} or {CloudFormationTemplates.ServerlessType} resources");
        }

        return false;
    }

    private static string InternalError(Exception e) =>
        $"lint failed reading this file ({e.GetType().Name}: {e.Message}); this is a bug in stepgen, please report it";
}
