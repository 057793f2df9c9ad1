using System;
using System.Collections.Generic;

namespace StepGen.Tool.Sources;

/// <summary>What reading one file gave: its definitions, its errors and the files it took definitions from.</summary>
internal sealed class SourceCollector
{
    public List<FoundDefinition> Definitions { get; } = [];

    public List<SourceError> Errors { get; } = [];

    /// <summary>Full paths of the files that <c>DefinitionUri</c>, <c>templatefile</c> or <c>file()</c> named and that were read.</summary>
    public HashSet<string> ReferencedFiles { get; } = new(SourceFiles.PathComparer);

    public void Add(string file, string fileText, string name, string? machineName, MappedString text)
    {
        MappedString json = BarePlaceholders.Quote(text);
        Definitions.Add(new FoundDefinition(file, name, machineName, json.Value, new TextMap(fileText, json.Anchors)));
    }

    /// <summary>An error at <paramref name="offset"/> of <paramref name="fileText"/>.</summary>
    public void Error(string file, string fileText, int offset, string message) =>
        Errors.Add(new SourceError(file, TextMap.Identity(fileText).PositionOfFileOffset(offset), message));

    /// <summary>An error about a whole file (reported at its first line).</summary>
    public void Error(string file, string message) => Errors.Add(new SourceError(file, new FilePosition(1, 1), message));

    public void AddRange(SourceCollector other)
    {
        Definitions.AddRange(other.Definitions);
        Errors.AddRange(other.Errors);
        ReferencedFiles.UnionWith(other.ReferencedFiles);
    }

    public static string Describe(Exception e) => e is System.IO.FileNotFoundException or System.IO.DirectoryNotFoundException ? "no such file" : e.Message;
}
