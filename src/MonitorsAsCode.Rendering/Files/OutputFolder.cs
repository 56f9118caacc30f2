using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MonitorsAsCode.Rendering.Files;

/// <summary>
/// Writes generated files into a folder only where their bytes change (so timestamps and diffs show
/// real changes only), each through a temporary file renamed into place, and removes files it wrote
/// before that are no longer generated. It remembers what it wrote, with each file's SHA-256, in a manifest,
/// <see cref="ManifestFile"/>, and never touches files it did not write.
/// </summary>
/// <remarks>
/// The manifest may have been committed by anyone, so it proves nothing by itself: a file is removed only when it
/// is listed, lies inside the folder with no symbolic link on the way, is a regular file, and still holds exactly
/// the bytes whose hash the manifest recorded (the bytes this tool wrote; a file edited since is kept). Nothing is
/// written through a symbolic link inside the folder either: a linked folder on the way is an error.
/// </remarks>
public static class OutputFolder
{
    /// <summary>The manifest of generated files, itself generated.</summary>
    public const string ManifestFile = ".monitors-render";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What <see cref="Write"/> would do, without writing anything.</summary>
    /// <exception cref="IOException">A folder on the way to a generated file is a symbolic link.</exception>
    public static OutputPlan Compare(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var all = WithManifest(files);
        var created = new List<string>();
        var changed = new List<string>();
        var unchanged = new List<string>();
        foreach (var file in all)
        {
            var path = Path.Combine(folder, file.Path);
            RefuseLinkedFolders(folder, file.Path);
            if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                created.Add(file.Path);
            }
            else if (IsPlainFile(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(Utf8.GetBytes(file.Content)))
            {
                unchanged.Add(file.Path);
            }
            else
            {
                // A link or a FIFO where a generated file goes is replaced, never read.
                changed.Add(file.Path);
            }
        }

        var generated = new HashSet<string>(all.Select(f => f.Path), StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var (path, hash) in PreviouslyWritten(folder))
        {
            if (!generated.Contains(path) && IsOursToRemove(folder, path, hash))
            {
                removed.Add(path);
            }
        }

        return new OutputPlan(created, changed, unchanged, removed);
    }

    /// <summary>Brings <paramref name="folder"/> up to date with <paramref name="files"/> and says what changed.</summary>
    /// <exception cref="IOException">A folder on the way to a generated file is a symbolic link, or a file cannot be written.</exception>
    public static OutputPlan Write(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var plan = Compare(folder, files);
        var all = WithManifest(files);
        var writes = new HashSet<string>(plan.Created.Concat(plan.Changed), StringComparer.Ordinal);
        foreach (var file in all)
        {
            if (writes.Contains(file.Path))
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? folder);
                RefuseLinkedFolders(folder, file.Path);
                AtomicFile.WriteAllText(path, file.Content);
            }
        }

        foreach (var path in plan.Removed)
        {
            File.Delete(Path.Combine(folder, path));
        }

        return plan;
    }

    private static List<GeneratedFile> WithManifest(IReadOnlyList<GeneratedFile> files)
    {
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifest = new StringBuilder();
        manifest.Append("# Files written by 'monitors render', with the SHA-256 of what it wrote. It rewrites them when the definitions change and removes those it no longer generates, if they still hold what it wrote.\n");
        foreach (var file in sorted)
        {
            manifest.Append(Hash(Utf8.GetBytes(file.Content))).Append("  ").Append(file.Path).Append('\n');
        }

        return [.. files, new GeneratedFile(ManifestFile, manifest.ToString())];
    }

    /// <summary>
    /// The (path, SHA-256) pairs the manifest lists. A line without a hash (an older manifest), a path that leaves
    /// the folder, and a manifest that is a link or not a regular file give nothing: nothing unproven is removed.
    /// </summary>
    private static List<(string Path, string Hash)> PreviouslyWritten(string folder)
    {
        var entries = new List<(string, string)>();
        var manifest = Path.Combine(folder, ManifestFile);
        if (!IsPlainFile(manifest))
        {
            return entries;
        }

        foreach (var line in File.ReadLines(manifest))
        {
            var separator = line.IndexOf("  ", StringComparison.Ordinal);
            if (line.StartsWith('#') || separator != 64 || !IsHex(line.AsSpan(0, 64)))
            {
                continue;
            }

            var path = line[(separator + 2)..];
            if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal)
                || path.Split('/').Any(segment => segment is "" or "." or ".."))
            {
                continue;
            }

            entries.Add((path, line[..64]));
        }

        return entries;
    }

    /// <summary>Whether the file at <paramref name="path"/> (relative, already checked to stay inside) still holds the bytes hashed as <paramref name="hash"/>, reached without a link.</summary>
    private static bool IsOursToRemove(string folder, string path, string hash)
    {
        var full = Path.Combine(folder, path);
        return !HasLinkedFolder(folder, path) && IsPlainFile(full)
            && string.Equals(Hash(File.ReadAllBytes(full)), hash, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A regular file that is not itself a link.</summary>
    private static bool IsPlainFile(string path) =>
        new FileInfo(path).LinkTarget is null && Definitions.Files.FileKinds.Of(path) == Definitions.Files.FileKind.Regular;

    private static void RefuseLinkedFolders(string folder, string path)
    {
        if (HasLinkedFolder(folder, path))
        {
            throw new IOException($"'{path}' lies in a folder inside '{folder}' that is a symbolic link; generated files are never written through links (remove the link)");
        }
    }

    /// <summary>Whether a folder between <paramref name="folder"/> and the file at <paramref name="path"/> is a symbolic link.</summary>
    private static bool HasLinkedFolder(string folder, string path)
    {
        var segments = path.Split('/');
        var current = folder;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            current = Path.Combine(current, segments[i]);
            if (new DirectoryInfo(current).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
