namespace StepGen.Tool.Tests;

/// <summary>The stepgen command run in process, and what the tests need to say where in a file a finding is.</summary>
internal static class Stepgen
{
    /// <summary>Runs <c>stepgen</c> with <paramref name="args"/> through its entry point; returns the exit code and both streams.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await Program.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The 1-based line and column of <paramref name="what"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Position(string text, string what)
    {
        int offset = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(offset >= 0, what + " is not in the text");
        int line = 1 + text.Take(offset).Count(c => c == '\n');
        int column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
        return (line, column);
    }
}
