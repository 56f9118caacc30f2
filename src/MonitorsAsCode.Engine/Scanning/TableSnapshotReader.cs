using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>A snapshot already in memory, read as one batch: lets checks over a slice of a table take the same path as a file.</summary>
internal sealed class TableSnapshotReader(SnapshotTable table) : ISnapshotReader
{
    public string Path => table.Path;

    public SnapshotSchema ReadSchema() => new([.. table.Schema.Fields.Where(f => table.Contains(f.Name))]);

    public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var picked = new List<Column>(columns.Count);
        foreach (var request in columns)
        {
            picked.Add(table[request.Name]);
        }

        progress?.Report(1);
        yield return new ColumnBatch((int)table.RowCount, picked);
    }
}
