using System.Text;

namespace MonitorsAsCode.Data.Tests.IO;

/// <summary>A file with a unique name under the temp directory, deleted on dispose.</summary>
internal sealed class TemporaryFile : IDisposable
{
    private TemporaryFile(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>A unique path with <paramref name="extension"/>; nothing is written.</summary>
    public static TemporaryFile Reserve(string extension) =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mac-data-tests-" + Guid.NewGuid().ToString("N") + extension));

    /// <summary>A file holding <paramref name="content"/> as UTF-8, with a byte order mark when asked.</summary>
    public static TemporaryFile WithText(string extension, string content, bool byteOrderMark = false)
    {
        var file = Reserve(extension);
        File.WriteAllText(file.Path, content, new UTF8Encoding(byteOrderMark));
        return file;
    }

    /// <summary>A file holding exactly <paramref name="bytes"/>.</summary>
    public static TemporaryFile WithBytes(string extension, byte[] bytes)
    {
        var file = Reserve(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public void Dispose()
    {
        File.Delete(Path);
    }
}
