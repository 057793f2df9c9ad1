using System;
using System.Collections.Generic;
using System.IO;

namespace StepGen.Tool.Sources.Terraform;

/// <summary>
/// Finds the state machines of <c>.tf</c> files: each <c>resource "aws_sfn_state_machine"</c> block, and each
/// <c>module</c> block whose <c>source</c> is a Step Functions module (it names <c>step-functions</c>,
/// <c>stepfunctions</c> or <c>sfn</c>) and that has a <c>definition</c>. Keeps, per directory, the <c>locals</c> of all
/// its <c>.tf</c> files, which a definition (or a <c>templatefile</c> path or variables) may name.
/// </summary>
internal sealed class TerraformModules
{
    private readonly Dictionary<string, Dictionary<string, TerraformLocal>> _locals = new(SourceFiles.PathComparer);

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
            else if (block.Type == "module" && block.Labels.Count == 1 && block.Attribute("definition") != null && IsStepFunctionsModule(block))
            {
                address = "module." + block.Labels[0];
            }

            if (address is null)
            {
                continue;
            }

            found = true;
            string? machineName = block.Attribute("name")?.Value is HclTemplate name ? name.LiteralText()?.Value : null;
            HclAttribute? definition = block.Attribute("definition");
            if (definition is null)
            {
                sink.Error(file, text, block.Start, $"{address} has no definition attribute");
                continue;
            }

            new TerraformDefinitions(this, sink).Add(file, text, definition.Value, address, machineName);
        }

        if (!found && explicitly)
        {
            sink.Error(file, "this file holds no state machine: looked for resource \"aws_sfn_state_machine\" blocks (and Step Functions modules with a definition)");
        }
    }

    /// <summary>The local value <paramref name="name"/> of the module (directory) of <paramref name="file"/>, or null.</summary>
    public TerraformLocal? Local(string file, string name)
    {
        string directory = SourceFiles.FullPath(Path.GetDirectoryName(file) is { Length: > 0 } d ? d : ".");
        if (!_locals.TryGetValue(directory, out Dictionary<string, TerraformLocal>? locals))
        {
            locals = LoadLocals(Path.GetDirectoryName(file) is { Length: > 0 } relative ? relative : ".");
            _locals[directory] = locals;
        }

        return locals.TryGetValue(name, out TerraformLocal? local) ? local : null;
    }

    private static Dictionary<string, TerraformLocal> LoadLocals(string directory)
    {
        var locals = new Dictionary<string, TerraformLocal>(StringComparer.Ordinal);
        string[] files;
        try
        {
            files = Directory.GetFiles(directory, "*.tf");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return locals;
        }

        Array.Sort(files, StringComparer.Ordinal);
        foreach (string path in files)
        {
            string? text = SourceFiles.TryRead(path, out _);
            if (text is null || !text.Contains("locals", StringComparison.Ordinal))
            {
                continue;
            }

            HclBlock root;
            try
            {
                root = HclParser.ParseFile(text);
            }
            catch (SourceFormatException)
            {
                continue;
            }

            foreach (HclBlock block in root.Blocks)
            {
                if (block.Type != "locals")
                {
                    continue;
                }

                foreach (HclAttribute attribute in block.Attributes)
                {
                    locals.TryAdd(attribute.Name, new TerraformLocal(path, text, attribute.Value));
                }
            }
        }

        return locals;
    }

    private static bool IsStepFunctionsModule(HclBlock block)
    {
        string source = block.Attribute("source")?.Value is HclTemplate s ? s.LiteralText()?.Value ?? string.Empty : string.Empty;
        return source.Contains("step-functions", StringComparison.OrdinalIgnoreCase)
            || source.Contains("stepfunctions", StringComparison.OrdinalIgnoreCase)
            || source.Contains("step_functions", StringComparison.OrdinalIgnoreCase)
            || source.Contains("sfn", StringComparison.OrdinalIgnoreCase);
    }
}
