using System.Collections.Concurrent;

using StepGen.Asl.Paths;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Parsed paths by their text, so that a state evaluated a thousand times parses its paths once. Bounded: when it
/// holds <see cref="Capacity"/> paths it starts over.
/// </summary>
internal static class PathCache
{
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, PathParseResult> Parsed = new ConcurrentDictionary<string, PathParseResult>(System.StringComparer.Ordinal);

    /// <summary>The parsed path.</summary>
    /// <exception cref="AslRuntimeException"><see cref="AslErrorNames.Runtime"/> when the path is not valid.</exception>
    public static PathParseResult Parse(string path)
    {
        path ??= string.Empty;
        if (!Parsed.TryGetValue(path, out PathParseResult? parsed))
        {
            parsed = PathParser.Parse(path);
            if (Parsed.Count >= Capacity)
            {
                Parsed.Clear();
            }

            Parsed[path] = parsed;
        }

        if (!parsed.Success)
        {
            throw new AslRuntimeException(AslErrorNames.Runtime, "Invalid path '" + path + "': " + parsed.Error);
        }

        return parsed;
    }
}
