namespace StepGen.Tests.Shared;

/// <summary>
/// A lock across test processes around installing tests/js: `dotnet test StepGen.sln` runs the test projects in
/// parallel, and several of them (the package, generator and runner tests) install the npm tools on a
/// fresh clone. One `npm ci` deleting node_modules while the other installs would break both.
/// </summary>
internal static class JsInstallLock
{
    public static async Task<IDisposable> AcquireAsync(string directory)
    {
        string path = Path.Combine(directory, ".install.lock");
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock between processes (flock on Unix); the file stays, so
                // every process locks the same one.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
