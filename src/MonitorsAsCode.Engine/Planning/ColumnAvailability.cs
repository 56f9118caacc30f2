using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Engine.Planning;

/// <summary>
/// Which declared columns a snapshot can supply. A column missing from the file, or stored as a type that cannot be
/// read as its declared one (a Parquet DOUBLE declared <c>int64</c>), is a mismatch between the definitions and the
/// data, not bad data — and so is a nested column (a Parquet struct, list or map), which is listed but never read: it is left out of the scan, the schema monitor names it, and the monitors and SLOs that read
/// it become <c>error</c> results, while the rest of the run goes on.
/// </summary>
internal static class ColumnAvailability
{
    /// <summary>Whether <paramref name="column"/> is in <paramref name="schema"/> and readable as its declared type.</summary>
    public static bool CanRead(SnapshotSchema schema, ColumnDefinition column) =>
        schema.Find(column.Name) is { } field && field.CanBeReadAs(ColumnKinds.Of(column.Type));

    /// <summary>
    /// Reads the declared columns of <paramref name="dataset"/> named in <paramref name="columns"/> that the snapshot
    /// at <paramref name="path"/> can supply; an empty snapshot is a read error saying <paramref name="noRows"/>.
    /// </summary>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read, or has no rows.</exception>
    public static SnapshotTable Load(ISnapshotReader reader, string path, DatasetDefinition dataset, IReadOnlySet<string> columns, string noRows, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var schema = reader.ReadSchema();
        var requests = new List<ColumnRequest>();
        foreach (var column in dataset.Columns)
        {
            if (columns.Contains(column.Name) && CanRead(schema, column))
            {
                requests.Add(new ColumnRequest(column.Name, ColumnKinds.Of(column.Type)));
            }
        }

        var table = SnapshotTable.Load(reader, requests, progress, cancellationToken);
        return table.RowCount > 0 ? table : throw new SnapshotReadException(path, noRows);
    }

    /// <summary>Why <paramref name="column"/> is not in <paramref name="table"/>, or null when it is.</summary>
    public static string? Problem(DatasetDefinition dataset, SnapshotTable table, string column) =>
        table.Contains(column) ? null : Problem(dataset, table.Schema, table.Path, column);

    /// <summary>Why <paramref name="column"/> was not read by the pass that found <paramref name="facts"/>, or null when it was.</summary>
    public static string? Problem(DatasetDefinition dataset, Scanning.SnapshotFacts facts, string column) =>
        facts.Contains(column) ? null : Problem(dataset, facts.Schema, facts.Path, column);

    private static string Problem(DatasetDefinition dataset, SnapshotSchema schema, string path, string column)
    {
        if (schema.Find(column) is { Kind: { } stored } field
            && dataset.FindColumn(column) is { } declared
            && !field.CanBeReadAs(ColumnKinds.Of(declared.Type)))
        {
            var type = YamlWords.Of(declared.Type);
            return $"column '{column}' of dataset '{dataset.Id}' is declared {type} but stored as {ColumnKinds.Word(stored)} in {path}, which cannot be read as {type}";
        }

        if (schema.Find(column) is null && schema.FindNested(column) is { } nested)
        {
            return $"column '{column}' is a nested column ({nested.Type}) in {path}; nested columns (structs, lists, maps) are not supported for this check, which reads the column's values";
        }

        return $"column '{column}' is missing from {path}";
    }
}
