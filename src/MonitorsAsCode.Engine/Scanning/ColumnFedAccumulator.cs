using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// A monitor's accumulator made of one <see cref="ColumnAccumulator"/> per column it reads (<see cref="Feeds"/>, in the
/// order of <see cref="BatchAccumulator.Columns"/>): a columnar snapshot's pass feeds them through the column scan,
/// with the column's profile and every other monitor's feed on it; a row format's pass feeds them batch by batch
/// through this class, each batch a part of its own, as a row group is. The result is the same either way.
/// </summary>
internal abstract class ColumnFedAccumulator : BatchAccumulator
{
    /// <summary>What receives each column's values; the results are read from them after the pass.</summary>
    public abstract IReadOnlyList<ColumnAccumulator> Feeds { get; }

    /// <inheritdoc />
    public sealed override BatchAccumulator CreateEmpty() => new BatchPart(this);

    /// <inheritdoc />
    public sealed override void Add(ColumnBatch batch, long firstRow)
    {
        var part = new BatchPart(this);
        part.Add(batch, firstRow);
        Merge(part);
    }

    /// <inheritdoc />
    public sealed override void Merge(BatchAccumulator later)
    {
        if (((BatchPart)later).Parts is { } parts)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                Feeds[i].Merge(parts[i]);
            }
        }
    }

    /// <summary>One batch's parts of the feeds, made and filled on a worker, merged into the feeds in row order.</summary>
    private sealed class BatchPart(ColumnFedAccumulator owner) : BatchAccumulator
    {
        public ColumnAccumulator[]? Parts { get; private set; }

        public override IReadOnlyList<string> Columns => owner.Columns;

        public override BatchAccumulator CreateEmpty() => new BatchPart(owner);

        public override void Add(ColumnBatch batch, long firstRow)
        {
            var feeds = owner.Feeds;
            var parts = new ColumnAccumulator[feeds.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = feeds[i].CreatePart(firstRow);
                parts[i].AddColumn(batch[owner.Columns[i]]);
            }

            // Every column of the batch is in before any part ends, so parts that line rows up can join them.
            foreach (var part in parts)
            {
                part.EndPart();
            }

            Parts = parts;
        }

        public override void Merge(BatchAccumulator later) =>
            throw new NotSupportedException("A batch's parts are merged into the accumulator that made them.");
    }
}
