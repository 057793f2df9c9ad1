using System;
using System.Globalization;

namespace StepGen.Build;

/// <summary>
/// Decides whether a state machine name can be used as the stem of <c>&lt;Name&gt;.asl.json</c>.
/// </summary>
/// <remarks>
/// The rules are Windows' rules, applied on every operating system, so a project that builds on
/// Linux or macOS does not start failing when a colleague builds it on Windows.
/// </remarks>
internal static class FileNameRules
{
    /// <summary>The longest suffix appended to the name.</summary>
    internal const string LongestSuffix = ".asl.json";

    private const int MaxFileNameLength = 255;

    private static readonly char[] ForbiddenCharacters = { '"', '<', '>', '|', ':', '*', '?', '\\', '/' };

    private static readonly string[] ReservedDeviceNames =
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Returns null when <paramref name="name"/> is usable, else the end of a sentence that starts
    /// with "it", saying what is wrong.
    /// </summary>
    public static string? FindProblem(string name)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }

        foreach (char c in name)
        {
            if (char.IsControl(c))
            {
                return string.Format(CultureInfo.InvariantCulture, "contains the control character U+{0:X4}", (int)c);
            }

            if (Array.IndexOf(ForbiddenCharacters, c) >= 0)
            {
                return string.Format(CultureInfo.InvariantCulture, "contains the character '{0}'", c);
            }
        }

        char last = name[name.Length - 1];
        if (last == '.' || last == ' ')
        {
            return "ends with a dot or a space";
        }

        int dot = name.IndexOf('.');
        string stem = dot < 0 ? name : name.Substring(0, dot);
        foreach (string device in ReservedDeviceNames)
        {
            if (string.Equals(stem.TrimEnd(' '), device, StringComparison.OrdinalIgnoreCase))
            {
                return "is a reserved device name on Windows (" + device + ")";
            }
        }

        if (name.Length + LongestSuffix.Length > MaxFileNameLength)
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "is {0} characters long, more than a file name allows ({1})",
                name.Length,
                MaxFileNameLength - LongestSuffix.Length);
        }

        return null;
    }
}
