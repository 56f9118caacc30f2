using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// One pass over a snapshot: the reader decodes batches (Parquet: row groups ahead in parallel), each batch is
/// folded into its own copies of the accumulators on a worker, and the copies are merged in row order as they
/// finish, so every core is busy and the result does not depend on thread timing. At most a few batches are in
/// memory at once.
/// </summary>
internal static class BatchScan
{
    private static readonly int InFlight = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Feeds every row of <paramref name="columns"/> to <paramref name="accumulators"/>; returns the number of rows.</summary>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read.</exception>
    public static long Run(ISnapshotReader reader, IReadOnlyList<ColumnRequest> columns, IReadOnlyList<BatchAccumulator> accumulators, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<BatchAccumulator[]>>();
        long rows = 0;
        try
        {
            foreach (var batch in reader.ReadBatches(columns, progress, cancellationToken))
            {
                var first = rows;
                rows += batch.RowCount;
                if (accumulators.Count == 0)
                {
                    continue;
                }

                pending.Enqueue(Task.Run(() => Fold(accumulators, batch, first), cancellationToken));
                while (pending.Count >= InFlight)
                {
                    Merge(accumulators, pending.Dequeue());
                }
            }

            while (pending.Count > 0)
            {
                Merge(accumulators, pending.Dequeue());
            }
        }
        finally
        {
            // A read error leaves workers running on earlier batches: let them end before the caller moves on.
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Their results are no longer wanted.
                }
            }
        }

        foreach (var accumulator in accumulators)
        {
            accumulator.Finish();
        }

        return rows;
    }

    private static BatchAccumulator[] Fold(IReadOnlyList<BatchAccumulator> accumulators, ColumnBatch batch, long firstRow)
    {
        var parts = new BatchAccumulator[accumulators.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = accumulators[i].CreateEmpty();
            parts[i].Add(batch, firstRow);
        }

        return parts;
    }

    private static void Merge(IReadOnlyList<BatchAccumulator> accumulators, Task<BatchAccumulator[]> task)
    {
        var parts = task.GetAwaiter().GetResult();
        for (var i = 0; i < parts.Length; i++)
        {
            accumulators[i].Merge(parts[i]);
        }
    }
}
