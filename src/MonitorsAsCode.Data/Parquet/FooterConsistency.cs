using System.Globalization;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Cross-checks the row counts a footer states before anything is read, so that every way of reading the
/// file — batches, column scans, stored statistics, profiles — sees the same rows or none: the file's
/// <c>num_rows</c> is the sum of its row groups', every row group has one column chunk per leaf column,
/// and each chunk's <c>num_values</c> equals its row group's <c>num_rows</c> (at least that many for a
/// repeated leaf, which has one level entry or more per row). A single flipped bit in a count, a list
/// size or a field header breaks one of these; without the check a row group could be skipped as empty
/// or left out, and the file read as fewer rows without an error.
/// </summary>
/// <remarks>The pages themselves are checked against the chunk's <c>num_values</c> while they are decoded.</remarks>
internal static class FooterConsistency
{
    /// <exception cref="SnapshotReadException">A count disagrees; the message names the file, row group and column.</exception>
    public static void Check(string path, FileMetaData metaData, ParquetSchema schema)
    {
        long sum = 0;
        var rowGroups = metaData.RowGroups;
        for (var index = 0; index < rowGroups.Count; index++)
        {
            var rowGroup = rowGroups[index];
            sum += rowGroup.NumRows;
            if (rowGroup.Columns.Count != schema.LeafCount)
            {
                throw Corrupt(path, $"row group {index} has {rowGroup.Columns.Count} column chunks but the schema {schema.LeafCount} leaf columns");
            }

            for (var leaf = 0; leaf < schema.LeafCount; leaf++)
            {
                // A chunk without metadata (encrypted, or stored elsewhere) is refused when it is read.
                if (rowGroup.Columns[leaf].MetaData is not { } chunk)
                {
                    continue;
                }

                var shape = schema.Leaves[leaf];
                if (shape.Repeated ? chunk.NumValues < rowGroup.NumRows : chunk.NumValues != rowGroup.NumRows)
                {
                    throw Corrupt(
                        path,
                        $"row group {index}: the column chunk holds {chunk.NumValues} values but the row group has {rowGroup.NumRows} rows",
                        shape.Path);
                }
            }
        }

        if (sum != metaData.NumRows)
        {
            throw Corrupt(path, $"its row groups hold {sum} rows in all ({rowGroups.Count} row groups) but the footer says the file has {metaData.NumRows}");
        }
    }

    private static SnapshotReadException Corrupt(string path, FormattableString reason, string? column = null) =>
        new(path, "has an inconsistent footer: " + reason.ToString(CultureInfo.InvariantCulture) + "; the file is corrupt and is not read", column: column);
}
