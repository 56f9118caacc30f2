using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>A run of rows of a snapshot, one typed column per requested column, in request order.</summary>
public sealed class ColumnBatch
{
    /// <summary>A batch of <paramref name="rowCount"/> rows; every column must have that length.</summary>
    public ColumnBatch(int rowCount, IReadOnlyList<Column> columns)
    {
        foreach (var column in columns)
        {
            if (column.Length != rowCount)
            {
                throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows, the batch {rowCount}.", nameof(columns));
            }
        }

        RowCount = rowCount;
        Columns = columns;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The columns, in the order they were requested.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The column with this name (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">No column of that name was read.</exception>
    public Column this[string name]
    {
        get
        {
            foreach (var column in Columns)
            {
                if (string.Equals(column.Name, name, StringComparison.Ordinal))
                {
                    return column;
                }
            }

            throw new KeyNotFoundException($"Column '{name}' was not read into this batch.");
        }
    }
}
