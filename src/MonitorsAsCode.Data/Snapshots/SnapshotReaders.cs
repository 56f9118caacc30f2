using System.Text;
using MonitorsAsCode.Data.Csv;
using MonitorsAsCode.Data.JsonLines;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>Opens a snapshot with the reader its file extension names.</summary>
public static class SnapshotReaders
{
    // One line per format; the order is the order the error message lists them in.
    private static readonly (string Extension, Func<string, ISnapshotReader> Open)[] Formats =
    [
        (".csv", path => new CsvSnapshotReader(path)),
        (".jsonl", path => new JsonLinesSnapshotReader(path)),
        (".ndjson", path => new JsonLinesSnapshotReader(path)),
        (".parquet", path => new MonitorsAsCode.Data.Parquet.ParquetSnapshotReader(path)),
    ];

    /// <summary>The extensions a reader exists for, with the leading dot, lower case.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = ListExtensions();

    /// <summary>
    /// A reader for the snapshot at <paramref name="path"/>: a file, read by the reader its extension
    /// (any case) names; a folder, read as every <c>.parquet</c> file directly in it and in its Hive-style
    /// partition subfolders (<c>date=2026-08-01/</c>, any <c>key=value</c> name, at any depth; other subfolders
    /// and symbolic links to folders are not entered); or a glob with <c>*</c> or <c>?</c> in the file-name part only (e.g.
    /// <c>data/part-*.parquet</c>), read as every matching <c>.parquet</c> file there and in its Hive-style subfolders. A folder or glob is
    /// one snapshot of its parts in ordinal path order (<see cref="PartitionedSnapshotReader"/>).
    /// Nothing is read yet beyond checking that the file exists or listing the parts.
    /// </summary>
    /// <exception cref="SnapshotReadException">
    /// The file does not exist, its format is not supported, or no <c>.parquet</c> file matches the folder or glob.
    /// </exception>
    public static ISnapshotReader Open(string path) => Open(path, refusal: null);

    /// <summary>
    /// As <see cref="Open(string)"/>, but every file that would be opened (the file itself, or each part of a folder
    /// or glob) is first given to <paramref name="refusal"/>, which says why it must not be read (a phrase that
    /// follows the file's path) or null; a refused file is never opened. This is the check at the moment of opening,
    /// beside the one validation made earlier, in case the files changed in between.
    /// </summary>
    /// <exception cref="SnapshotReadException">As for <see cref="Open(string)"/>, or a file is refused.</exception>
    public static ISnapshotReader Open(string path, Func<string, string?>? refusal)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            if (Directory.Exists(path) || IsGlob(path))
            {
                var parts = ListParts(path);
                foreach (var part in parts)
                {
                    Refuse(path, part, refusal);
                }

                return parts.Count == 0
                    ? throw new SnapshotReadException(path, "no .parquet files match '" + path + "'")
                    : new PartitionedSnapshotReader(path, parts);
            }

            throw new SnapshotReadException(path, "file not found");
        }

        Refuse(path, path, refusal);

        var extension = System.IO.Path.GetExtension(path);
        foreach (var (known, open) in Formats)
        {
            if (string.Equals(extension, known, StringComparison.OrdinalIgnoreCase))
            {
                return open(path);
            }
        }

        var shown = extension.Length == 0 ? "(no extension)" : "'" + extension + "'";
        throw new SnapshotReadException(path, "unsupported snapshot format " + shown + "; expected " + DescribeSupported());
    }

    private static void Refuse(string path, string file, Func<string, string?>? refusal)
    {
        if (refusal?.Invoke(file) is { } reason)
        {
            throw new SnapshotReadException(path, "'" + file + "' " + reason + "; it was not opened");
        }
    }

    private static bool IsGlob(string path) =>
        System.IO.Path.GetFileName(path).AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The <c>.parquet</c> files directly in the folder, or matching the glob's file-name part, in ordinal order.</summary>
    private static List<string> ListParts(string path)
    {
        string folder;
        string? pattern = null;
        var bare = false; // a glob without a folder part: list the parts as bare names, as given
        if (Directory.Exists(path))
        {
            folder = path;
        }
        else
        {
            var parent = System.IO.Path.GetDirectoryName(path);
            bare = string.IsNullOrEmpty(parent);
            folder = string.IsNullOrEmpty(parent) ? "." : parent;
            pattern = System.IO.Path.GetFileName(path);
        }

        var parts = new List<string>();
        if (!Directory.Exists(folder))
        {
            return parts;
        }

        try
        {
            AddParts(parts, folder, bare ? null : folder, pattern);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotReadException(path, "cannot be listed: " + error.Message, inner: error);
        }

        parts.Sort(StringComparer.Ordinal);
        return parts;
    }

    /// <summary>Adds the matching <c>.parquet</c> files of <paramref name="folder"/> and of its Hive-style subfolders, named under <paramref name="shownAs"/> (bare names when null).</summary>
    private static void AddParts(List<string> parts, string folder, string? shownAs, string? pattern)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            var name = System.IO.Path.GetFileName(file);
            if (string.Equals(System.IO.Path.GetExtension(name), ".parquet", StringComparison.OrdinalIgnoreCase)
                && (pattern is null || System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: false)))
            {
                parts.Add(shownAs is null ? name : System.IO.Path.Combine(shownAs, name));
            }
        }

        foreach (var subfolder in Directory.EnumerateDirectories(folder, "*", options))
        {
            var name = System.IO.Path.GetFileName(subfolder);
            if (Windows.HivePartition.IsPartitionFolder(name) && new DirectoryInfo(subfolder).LinkTarget is null)
            {
                AddParts(parts, subfolder, shownAs is null ? name : System.IO.Path.Combine(shownAs, name), pattern);
            }
        }
    }

    private static string[] ListExtensions()
    {
        var extensions = new string[Formats.Length];
        for (var i = 0; i < Formats.Length; i++)
        {
            extensions[i] = Formats[i].Extension;
        }

        return extensions;
    }

    private static string DescribeSupported()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Formats.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : i == Formats.Length - 1 ? " or " : ", ").Append(Formats[i].Extension);
        }

        return text.ToString();
    }
}
