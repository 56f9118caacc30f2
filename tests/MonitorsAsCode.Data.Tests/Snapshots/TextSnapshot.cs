using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Snapshots;

/// <summary>Reads columns of a snapshot written out as text (CSV, JSON Lines) for a reader's tests.</summary>
internal static class TextSnapshot
{
    /// <summary>
    /// The <paramref name="columns"/> of <paramref name="content"/>, saved to a temporary file ending in
    /// <paramref name="extension"/> and read by the reader that <paramref name="open"/> makes for its path.
    /// </summary>
    public static SnapshotTable Load(string extension, string content, Func<string, ISnapshotReader> open, params (string Name, ColumnKind Kind)[] columns)
    {
        using var file = TemporaryFile.WithText(extension, content);
        var requests = new ColumnRequest[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            requests[i] = new ColumnRequest(columns[i].Name, columns[i].Kind);
        }

        return SnapshotTable.Load(open(file.Path), requests);
    }
}
