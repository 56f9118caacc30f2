using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>Keeps some columns whole, for the checks that judge row by row (SLO event series); they share the pass.</summary>
internal sealed class TableCollector(IReadOnlyList<ColumnRequest> requests) : BatchAccumulator
{
    private readonly List<ColumnBatch> batches = [];

    public override IReadOnlyList<string> Columns { get; } = requests.Select(r => r.Name).ToArray();

    public override BatchAccumulator CreateEmpty() => new TableCollector(requests);

    public override void Add(ColumnBatch batch, long firstRow) =>
        batches.Add(new ColumnBatch(batch.RowCount, requests.Select(r => batch[r.Name]).ToArray()));

    public override void Merge(BatchAccumulator later) => batches.AddRange(((TableCollector)later).batches);

    /// <summary>The columns, joined.</summary>
    /// <exception cref="SnapshotReadException">The snapshot has more rows than one column holds.</exception>
    public SnapshotTable Table(string path, SnapshotSchema schema)
    {
        long total = 0;
        foreach (var batch in batches)
        {
            total += batch.RowCount;
        }

        if (total > int.MaxValue)
        {
            throw new SnapshotReadException(path, $"has {total} rows; SLOs hold their columns in memory and take at most {int.MaxValue} rows per snapshot.");
        }

        var columns = new Column[requests.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = ColumnConcatenation.Concatenate(requests[c], batches, c, (int)total);
        }

        batches.Clear();
        return new SnapshotTable(path, schema, total, columns);
    }
}
