using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Engine.Slos;

/// <summary>The rows of a column at given indices, as a new column of the same kind (for time slices of a snapshot).</summary>
internal static class ColumnSelection
{
    public static Column Take(Column column, int[] rows) => column switch
    {
        DoubleColumn c => new DoubleColumn(c.Name, Pick(c.Values, rows), Pick(c.Valid, rows)),
        Int64Column c => new Int64Column(c.Name, Pick(c.Values, rows), Pick(c.Valid, rows)),
        BoolColumn c => new BoolColumn(c.Name, Pick(c.Values, rows), Pick(c.Valid, rows)),
        StringColumn c => new StringColumn(c.Name, Pick(c.Values, rows), Pick(c.Valid, rows)),
        TimestampColumn c => new TimestampColumn(c.Name, Pick(c.Microseconds, rows), Pick(c.Valid, rows)),
        DateColumn c => new DateColumn(c.Name, Pick(c.Days, rows), Pick(c.Valid, rows)),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "Unknown column kind."),
    };

    private static T[] Pick<T>(T[] values, int[] rows)
    {
        var picked = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            picked[i] = values[rows[i]];
        }

        return picked;
    }
}
