using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Casts a column read in its natural kind to the kind a caller asked for, when the values allow
/// it: integers to doubles, anything to strings (the invariant text of <see cref="Column.FormatValue"/>).
/// </summary>
internal static class ColumnCast
{
    public static Column ToDouble(Int64Column column)
    {
        var values = new double[column.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = column.Values[i];
        }

        return new DoubleColumn(column.Name, values, column.Valid);
    }

    public static Column ToText(Column column)
    {
        var pool = new StringPool();
        var values = new string?[column.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (column.FormatValue(i) is { } text)
            {
                values[i] = pool.Get(text);
            }
        }

        return new StringColumn(column.Name, values, column.Valid);
    }
}
