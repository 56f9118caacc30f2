using System.Globalization;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>Where a column chunk is, for error messages: the file, the 0-based row group and the column.</summary>
internal sealed record ColumnChunkLocation(string Path, int RowGroup, string Column)
{
    /// <summary>An error in this chunk, optionally in its page <paramref name="page"/> (0-based, dictionary page included) at <paramref name="fileOffset"/>.</summary>
    public SnapshotReadException Error(string reason, int? page = null, long? fileOffset = null, Exception? inner = null)
    {
        var where = "row group " + RowGroup.ToString(CultureInfo.InvariantCulture);
        if (page is { } p)
        {
            where += ", page " + p.ToString(CultureInfo.InvariantCulture);
            if (fileOffset is { } offset)
            {
                where += " at byte " + offset.ToString(CultureInfo.InvariantCulture);
            }
        }

        return new SnapshotReadException(Path, where + ": " + reason, column: Column, inner: inner);
    }
}
