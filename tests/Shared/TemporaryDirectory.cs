using System.Text;

namespace MonitorsAsCode.Testing;

/// <summary>A folder with a unique name under the temp directory, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private TemporaryDirectory(string root)
    {
        Root = root;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>Creates a new, empty folder.</summary>
    public static TemporaryDirectory Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "mac-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new TemporaryDirectory(root);
    }

    /// <summary>The absolute path of <paramref name="name"/> inside the folder, with '/' separators.</summary>
    public string PathOf(string name) => Path.Combine(Root, name).Replace('\\', '/');

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark, creating folders, and returns the file's path.</summary>
    public string Write(string name, string content)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
