using System;
using System.IO;

using StepGen.Asl.Json;
using StepGen.Testing.Definition;

namespace StepGen.Tool.Commands;

/// <summary>How reading a JSON file named on the command line went.</summary>
internal enum JsonFileRead
{
    /// <summary>The file holds one JSON value.</summary>
    Read,

    /// <summary>No such file, or it cannot be read: the command's arguments are wrong.</summary>
    Unreadable,

    /// <summary>The file is there but is not JSON.</summary>
    NotJson,
}

/// <summary>Reads a JSON file named on the command line, with one wording of what went wrong for every command.</summary>
internal static class JsonFile
{
    /// <summary>
    /// Reads <paramref name="path"/>. On failure writes one line to <paramref name="stderr"/>, starting with
    /// <paramref name="label"/> (the command and what the file is, e.g. <c>stepgen jsonata: --input x.json</c>); a file
    /// that is not JSON is reported with the line and column where the parser stopped.
    /// </summary>
    public static JsonFileRead TryRead(string path, string label, TextWriter stderr, out JsonNode? node)
    {
        node = null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{label}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
            return JsonFileRead.Unreadable;
        }

        JsonParseResult parsed = JsonParser.Parse(text);
        if (!parsed.Success)
        {
            (int line, int column) = LineColumn.Of(text, parsed.ErrorOffset);
            stderr.WriteLine($"{label}: not JSON: {parsed.Error} (line {line}, column {column}, offset {parsed.ErrorOffset})");
            return JsonFileRead.NotJson;
        }

        node = parsed.Value;
        return JsonFileRead.Read;
    }

    /// <summary>What a value that is not the object a command wants is, for its message: "an array", "null".</summary>
    public static string Describe(JsonNode node) => node.KindPhrase;
}
