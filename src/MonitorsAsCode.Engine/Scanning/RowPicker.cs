using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>Keeps the given rows (ascending snapshot row numbers) of some columns, for checks that need a small sample of whole rows.</summary>
internal sealed class RowPicker(IReadOnlyList<ColumnRequest> requests, long[] rows) : BatchAccumulator
{
    private readonly List<ColumnBatch> picked = [];

    public override IReadOnlyList<string> Columns { get; } = requests.Select(r => r.Name).ToArray();

    public override BatchAccumulator CreateEmpty() => new RowPicker(requests, rows);

    public override void Add(ColumnBatch batch, long firstRow)
    {
        var start = LowerBound(rows, firstRow);
        var end = LowerBound(rows, firstRow + batch.RowCount);
        if (end == start)
        {
            return;
        }

        var positions = new int[end - start];
        for (var i = start; i < end; i++)
        {
            positions[i - start] = (int)(rows[i] - firstRow);
        }

        var columns = new Column[requests.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = Select(batch[requests[c].Name], positions);
        }

        picked.Add(new ColumnBatch(positions.Length, columns));
    }

    public override void Merge(BatchAccumulator later) => picked.AddRange(((RowPicker)later).picked);

    /// <summary>The picked rows as whole columns, in request order.</summary>
    public IReadOnlyList<Column> Picked()
    {
        var total = picked.Sum(b => b.RowCount);
        var columns = new Column[requests.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = ColumnConcatenation.Concatenate(requests[c], picked, c, total);
        }

        return columns;
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static Column Select(Column column, int[] positions)
    {
        var valid = new bool[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            valid[i] = column.Valid[positions[i]];
        }

        return column switch
        {
            DoubleColumn d => new DoubleColumn(column.Name, Pick(d.Values, positions), valid),
            Int64Column l => new Int64Column(column.Name, Pick(l.Values, positions), valid),
            TimestampColumn t => new TimestampColumn(column.Name, Pick(t.Microseconds, positions), valid),
            DateColumn d => new DateColumn(column.Name, Pick(d.Days, positions), valid),
            BoolColumn b => new BoolColumn(column.Name, Pick(b.Values, positions), valid),
            StringColumn s => new StringColumn(column.Name, Pick(s.Values, positions), valid),
            _ => throw new ArgumentException($"Unknown column type {column.GetType().Name}.", nameof(column)),
        };
    }

    private static T[] Pick<T>(T[] values, int[] positions)
    {
        var picked = new T[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            picked[i] = values[positions[i]];
        }

        return picked;
    }
}
