using System;
using System.IO;

namespace StepGen.Tool.Sources;

/// <summary>File access and paths for the readers: reading text without throwing, and resolving references next to a file.</summary>
internal static class SourceFiles
{
    /// <summary>Compares full paths as the file system does (case-insensitive on Windows and macOS).</summary>
    public static StringComparer PathComparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Reads <paramref name="path"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static string? TryRead(string path, out string? error)
    {
        error = null;
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            error = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return null;
        }
    }

    /// <summary>
    /// <paramref name="reference"/> (a path written in <paramref name="fromFile"/>) as a path the user can open:
    /// combined with the directory of <paramref name="fromFile"/> as the user gave it, leading <c>./</c> dropped, not made absolute.
    /// </summary>
    public static string Resolve(string fromFile, string reference)
    {
        string relative = reference.Replace('\\', '/');
        while (relative.StartsWith("./", StringComparison.Ordinal))
        {
            relative = relative.Substring(2);
        }

        if (Path.IsPathRooted(relative))
        {
            return relative;
        }

        string directory = Path.GetDirectoryName(fromFile) ?? string.Empty;
        return directory.Length == 0 ? relative : Path.Combine(directory, relative);
    }

    /// <summary>The full path, for telling whether two names are the same file; the path itself when it cannot be had.</summary>
    public static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }

    /// <summary>True when <paramref name="path"/> ends with <paramref name="suffix"/>, ignoring case.</summary>
    public static bool EndsWith(string path, string suffix) => path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
