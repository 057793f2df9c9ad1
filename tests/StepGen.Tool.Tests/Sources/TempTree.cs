namespace StepGen.Tool.Tests.Sources;

/// <summary>A temporary directory of fixture files, removed on dispose; paths are handed out relative to the current directory where possible.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree() => Root = Directory.CreateTempSubdirectory("stepgen-sources-").FullName;

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (folders created) and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        string path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
