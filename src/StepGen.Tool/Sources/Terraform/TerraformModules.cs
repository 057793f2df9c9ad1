using System;
using System.Collections.Generic;
using System.IO;

namespace StepGen.Tool.Sources.Terraform;

/// <summary>
/// Finds the state machines of <c>.tf</c> files: each <c>resource "aws_sfn_state_machine"</c> block, and each
/// <c>module</c> block whose <c>source</c> is a Step Functions module (it names <c>step-functions</c>,
/// <c>stepfunctions</c> or <c>sfn</c>, or is a local directory whose <c>.tf</c> files declare a state machine) and that
/// has a <c>definition</c>. Keeps, per directory, its parsed <c>.tf</c> files, whose <c>locals</c> and
/// <c>data "template_file"</c> blocks a definition (or a <c>templatefile</c> path or variables) may name.
/// </summary>
internal sealed class TerraformModules
{
    private readonly Dictionary<string, List<TerraformFile>> _files = new(SourceFiles.PathComparer);

    /// <summary>In a directory, only files that mention a state machine are parsed.</summary>
    public bool MayHoldStateMachines(string text) =>
        text.Contains("aws_sfn_state_machine", StringComparison.Ordinal)
        || (text.Contains("module", StringComparison.Ordinal) && text.Contains("definition", StringComparison.Ordinal));

    public void Read(string file, string text, bool explicitly, SourceCollector sink)
    {
        HclBlock root;
        try
        {
            root = HclParser.ParseFile(text);
        }
        catch (SourceFormatException e)
        {
            if (explicitly || text.Contains("aws_sfn_state_machine", StringComparison.Ordinal))
            {
                sink.Error(file, text, e.Offset, "not Terraform (HCL): " + e.Message);
            }

            return;
        }

        bool found = false;
        foreach (HclBlock block in root.Blocks)
        {
            string? address = null;
            if (block.Type == "resource" && block.Labels.Count == 2 && block.Labels[0] == "aws_sfn_state_machine")
            {
                address = "aws_sfn_state_machine." + block.Labels[1];
            }
            else if (block.Type == "module" && block.Labels.Count == 1 && block.Attribute("definition") != null && IsStepFunctionsModule(file, block))
            {
                address = "module." + block.Labels[0];
            }

            if (address is null)
            {
                continue;
            }

            found = true;
            var definitions = new TerraformDefinitions(this, sink);
            string? machineName = block.Attribute("name")?.Value is HclExpression name ? definitions.LiteralString(file, name) : null;
            HclAttribute? definition = block.Attribute("definition");
            if (definition is null)
            {
                sink.Error(file, text, block.Start, $"{address} has no definition attribute");
                continue;
            }

            definitions.Add(file, text, definition.Value, address, machineName);
        }

        if (!found && explicitly)
        {
            sink.Error(file, "this file holds no state machine: looked for resource \"aws_sfn_state_machine\" blocks (and Step Functions modules with a definition)");
        }
    }

    /// <summary>The local value <paramref name="name"/> of the module (directory) of <paramref name="file"/>, or null.</summary>
    public TerraformLocal? Local(string file, string name)
    {
        foreach (TerraformFile tf in ModuleFiles(DirectoryOf(file)))
        {
            foreach (HclBlock block in tf.Body.Blocks)
            {
                if (block.Type == "locals" && block.Attribute(name) is HclAttribute attribute)
                {
                    return new TerraformLocal(tf.File, tf.Text, attribute.Value);
                }
            }
        }

        return null;
    }

    /// <summary>The block <c>data "<paramref name="type"/>" "<paramref name="name"/>"</c> of the module of <paramref name="file"/>, with the file it is in.</summary>
    public (TerraformFile File, HclBlock Block)? Data(string file, string type, string name)
    {
        foreach (TerraformFile tf in ModuleFiles(DirectoryOf(file)))
        {
            foreach (HclBlock block in tf.Body.Blocks)
            {
                if (block.Type == "data" && block.Labels.Count == 2 && block.Labels[0] == type && block.Labels[1] == name)
                {
                    return (tf, block);
                }
            }
        }

        return null;
    }

    /// <summary>The parsed <c>.tf</c> files of <paramref name="directory"/>, in ordinal order; files that do not parse are left out.</summary>
    private List<TerraformFile> ModuleFiles(string directory)
    {
        string key = SourceFiles.FullPath(directory);
        if (_files.TryGetValue(key, out List<TerraformFile>? cached))
        {
            return cached;
        }

        var files = new List<TerraformFile>();
        _files[key] = files;
        string[] paths;
        try
        {
            paths = Directory.GetFiles(directory, "*.tf");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return files;
        }

        Array.Sort(paths, StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string? text = SourceFiles.TryRead(path, out _);
            if (text is null)
            {
                continue;
            }

            try
            {
                files.Add(new TerraformFile(path, text, HclParser.ParseFile(text)));
            }
            catch (SourceFormatException)
            {
                // Reported when the file itself is read, if it holds a state machine.
            }
        }

        return files;
    }

    private static string DirectoryOf(string file) => Path.GetDirectoryName(file) is { Length: > 0 } directory ? directory : ".";

    /// <summary>A module from a registry or repository named for Step Functions, or a local module that declares a state machine.</summary>
    private bool IsStepFunctionsModule(string file, HclBlock block)
    {
        string source = block.Attribute("source")?.Value is HclTemplate s ? s.LiteralText()?.Value ?? string.Empty : string.Empty;
        if (source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal))
        {
            string directory = SourceFiles.Resolve(file, source);
            return Directory.Exists(directory)
                && ModuleFiles(directory).Exists(tf => tf.Text.Contains("\"aws_sfn_state_machine\"", StringComparison.Ordinal));
        }

        return source.Contains("step-functions", StringComparison.OrdinalIgnoreCase)
            || source.Contains("stepfunctions", StringComparison.OrdinalIgnoreCase)
            || source.Contains("step_functions", StringComparison.OrdinalIgnoreCase)
            || source.Contains("sfn", StringComparison.OrdinalIgnoreCase);
    }
}
