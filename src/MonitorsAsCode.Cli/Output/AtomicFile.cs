namespace MonitorsAsCode.Cli.Output;

/// <summary>
/// Writes a file so that readers never see half of it: the content goes to a temporary file in the
/// same directory (<c>.NAME.GUID.monitors-tmp</c>), which is then renamed over the target; a temporary
/// file a killed run left behind is removed by a later write.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string content) =>
        Rendering.Files.TemporaryFile.WriteAllText(path, content);
}
