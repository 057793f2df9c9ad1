using System;
using System.Collections.Generic;
using System.IO;

namespace StepGen.Tool.Lint;

/// <summary>One definition to check: its JSON text, and the way from an offset in it to a position in the file the user edits.</summary>
/// <param name="Label">The definition's name in messages when the file can hold several (a template's resource), else null.</param>
internal sealed record DefinitionFile(string File, string Name, string? MachineName, string Text, Func<int, LintPosition> Position, string? Label);

/// <summary>Finds definitions in a path. (Plain JSON files for now.)</summary>
internal static class DefinitionFiles
{
    public static IEnumerable<DefinitionFile> Read(string path, LintReport report)
    {
        var files = new List<string>();
        if (Directory.Exists(path))
        {
            foreach (string file in Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories))
            {
                files.Add(file);
            }

            files.Sort(StringComparer.Ordinal);
        }
        else
        {
            files.Add(path);
        }

        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            string name = Path.GetFileName(file);
            int dot = name.IndexOf('.', StringComparison.Ordinal);
            yield return new DefinitionFile(file, dot > 0 ? name.Substring(0, dot) : name, null, text, offset => PositionIn(text, offset), null);
        }
    }

    private static LintPosition PositionIn(string text, int offset)
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new LintPosition(line, column);
    }
}
