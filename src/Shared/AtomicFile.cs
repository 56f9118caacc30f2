#if NET
using System.Text;

namespace MonitorsAsCode;

/// <summary>
/// Writes a file so that readers never see half of it: the content goes to a new temporary file beside it, named
/// <c>.NAME.GUID.monitors-tmp</c> so it is recognisable, which is then renamed over the target. A temporary file that
/// a killed run left behind for the same target is removed by the next write once it is old enough that no run can
/// still be writing it. Compiled into every project under src/ (see Directory.Build.props) and linked by the example
/// data tool, so every output of the product and its tools is written the same way.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The ending of every temporary file.</summary>
    public const string Suffix = ".monitors-tmp";

    /// <summary>How old a temporary file must be before a later write takes it for a killed run's and removes it.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> as UTF-8 without a byte order mark; the folder must exist.</summary>
    /// <exception cref="IOException">The folder is missing or the file cannot be written.</exception>
    public static void WriteAllText(string path, string content) => WriteAllBytes(path, Utf8.GetBytes(content));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; the folder must exist.</summary>
    /// <exception cref="IOException">The folder is missing or the file cannot be written.</exception>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes, 0, bytes.Length));

    /// <summary>Writes to <paramref name="path"/> what <paramref name="write"/> writes to the stream it is given; the folder must exist.</summary>
    /// <exception cref="IOException">The folder is missing or the file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"directory '{directory}' does not exist");
        }

        RemoveStale(full);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + Suffix);
        try
        {
            // CreateNew: never through a link or into a file someone else made under this name.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Removes the temporary files of <paramref name="fullPath"/> older than <see cref="StaleAfter"/>, left by a killed run.</summary>
    public static void RemoveStale(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath);
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        var cutoff = DateTime.UtcNow - StaleAfter;
        var pattern = "." + Path.GetFileName(fullPath) + ".*" + Suffix;
        try
        {
            foreach (var stale in Directory.EnumerateFiles(directory, pattern, new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, MatchType = MatchType.Simple, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = 0 }))
            {
                var info = new FileInfo(stale);
                if (info.LinkTarget is null && info.LastWriteTimeUtc < cutoff)
                {
                    info.Delete();
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Another run removed it first, or it cannot be removed: the write goes on either way.
        }
    }
}
#endif
