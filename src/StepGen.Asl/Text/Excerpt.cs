namespace StepGen.Asl.Text;

/// <summary>How messages quote a long value: its start, cut with "..." so a message stays one readable line.</summary>
internal static class Excerpt
{
    /// <summary>The value itself when at most <paramref name="max"/> characters, else its start and "...".</summary>
    public static string Of(string value, int max = 40) => value.Length > max ? value.Substring(0, max - 3) + "..." : value;
}
