using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Scanning;

/// <summary>Feeds a snapshot's columns to accumulators through the fastest path its reader offers.</summary>
public static class ColumnScan
{
    /// <summary>
    /// Feeds every row of <paramref name="columns"/> to <paramref name="accumulators"/> (one per column):
    /// through <see cref="IColumnScanner"/> when the reader is one, else batch by batch, each batch a part (see
    /// <see cref="ColumnAccumulator.CreatePart"/>) merged in order.
    /// </summary>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read.</exception>
    public static void Run(ISnapshotReader reader, IReadOnlyList<ColumnRequest> columns, IReadOnlyList<ColumnAccumulator> accumulators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(accumulators);
        if (columns.Count != accumulators.Count)
        {
            throw new ArgumentException("One accumulator per column is needed.", nameof(accumulators));
        }

        if (reader is IColumnScanner scanner)
        {
            scanner.Scan(columns, accumulators, cancellationToken);
            return;
        }

        // Each batch is a part of its own, as a row group is for a columnar reader.
        long firstRow = 0;
        foreach (var batch in reader.ReadBatches(columns, cancellationToken: cancellationToken))
        {
            for (var i = 0; i < accumulators.Count; i++)
            {
                var part = accumulators[i].CreatePart(firstRow);
                part.AddColumn(batch.Columns[i]);
                part.EndPart();
                accumulators[i].Merge(part);
            }

            firstRow += batch.RowCount;
        }
    }
}
