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
    /// A reader for the snapshot at <paramref name="path"/>, chosen by its extension (any case).
    /// Nothing is read yet beyond checking that the file exists.
    /// </summary>
    /// <exception cref="SnapshotReadException">The file does not exist or its format is not supported.</exception>
    public static ISnapshotReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new SnapshotReadException(path, "file not found");
        }

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
