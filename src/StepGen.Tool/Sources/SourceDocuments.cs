using System;

using StepGen.Tool.Sources.CloudFormation;
using StepGen.Tool.Sources.Json;
using StepGen.Tool.Sources.Nodes;
using StepGen.Tool.Sources.Yaml;

namespace StepGen.Tool.Sources;

/// <summary>Parses a file as JSON or YAML into positioned nodes, and reads definition files that a template names.</summary>
internal static class SourceDocuments
{
    public enum Syntax
    {
        Json,
        Yaml,

        /// <summary>Decided by the first character: JSON for <c>{</c> or <c>[</c>, else YAML.</summary>
        Sniffed,
    }

    /// <summary>JSON for <c>.json</c>, YAML for <c>.yaml</c>/<c>.yml</c>, else by the first character.</summary>
    public static Syntax SyntaxOf(string path) =>
        SourceFiles.EndsWith(path, ".json") ? Syntax.Json
        : SourceFiles.EndsWith(path, ".yaml") || SourceFiles.EndsWith(path, ".yml") ? Syntax.Yaml
        : Syntax.Sniffed;

    /// <summary>True when the text's first character (after blanks and a BOM) opens a JSON object or array.</summary>
    public static bool LooksLikeJson(string text)
    {
        foreach (char c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                continue;
            }

            return c is '{' or '[';
        }

        return false;
    }

    /// <summary>The document, or null after adding a "not JSON"/"not YAML" error where parsing stopped.</summary>
    public static SourceNode? Parse(string file, string text, Syntax syntax, SourceCollector sink)
    {
        bool json = syntax == Syntax.Json || (syntax == Syntax.Sniffed && LooksLikeJson(text));
        try
        {
            return json ? JsonSourceReader.Read(text) : YamlReader.Read(text);
        }
        catch (SourceFormatException e)
        {
            string what = syntax == Syntax.Sniffed ? "not JSON or YAML" : json ? "not JSON" : "not YAML";
            sink.Error(file, text, e.Offset, what + ": " + e.Message);
            return null;
        }
    }

    /// <summary>
    /// Adds the definition in <paramref name="path"/>, a file that a template names (<c>DefinitionUri</c>): JSON text as it
    /// is, YAML converted, with <paramref name="substitutions"/> applied. Returns false (and adds nothing) when it cannot be read.
    /// </summary>
    public static bool ReadDefinitionFile(string path, string name, string? machineName, Substitutions substitutions, SourceCollector sink)
    {
        string? text = SourceFiles.TryRead(path, out string? error);
        if (text is null)
        {
            return false;
        }

        sink.ReferencedFiles.Add(SourceFiles.FullPath(path));
        Syntax syntax = SyntaxOf(path);
        if (syntax == Syntax.Json || (syntax == Syntax.Sniffed && LooksLikeJson(text)))
        {
            sink.Add(path, text, name, machineName, substitutions.Apply(MappedString.Verbatim(text, 0, text.Length)));
            return true;
        }

        SourceNode? node = Parse(path, text, Syntax.Yaml, sink);
        if (node != null)
        {
            AddRendered(path, text, name, machineName, CloudFormationIntrinsics.Resolve(node, substitutions), sink);
        }

        return true;
    }

    /// <summary>Adds <paramref name="node"/> written as JSON text, or an error where it cannot be.</summary>
    public static void AddRendered(string file, string fileText, string name, string? machineName, SourceNode node, SourceCollector sink)
    {
        try
        {
            sink.Add(file, fileText, name, machineName, NodeJsonWriter.Write(node));
        }
        catch (SourceFormatException e)
        {
            sink.Error(file, fileText, e.Offset, e.Message);
        }
    }

    /// <summary>A short description of a node for messages.</summary>
    public static string Describe(SourceNode node) => node switch
    {
        SourceMapping m when CloudFormationIntrinsics.IsIntrinsic(m, out string function, out _) => function,
        SourceMapping => "an object",
        SourceSequence => "an array",
        SourceScalar { Kind: ScalarKind.String } s => "'" + (s.Value.Length > 40 ? s.Value.Substring(0, 37) + "..." : s.Value) + "'",
        SourceScalar s => s.Value,
        _ => "a value",
    };

    /// <summary>True when <paramref name="node"/> is a mapping with both <c>StartAt</c> and <c>States</c>.</summary>
    public static bool IsAsl(SourceNode node) =>
        node is SourceMapping m && m.Get("StartAt") != null && m.Get("States") != null;

    public static bool Contains(string text, string value) => text.Contains(value, StringComparison.Ordinal);
}
