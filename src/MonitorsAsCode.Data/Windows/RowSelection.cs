using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Windows;

/// <summary>Copies chosen rows of a column into a new, shorter column.</summary>
internal static class RowSelection
{
    /// <summary>The first <paramref name="count"/> rows of <paramref name="rows"/> (ascending indexes) of <paramref name="column"/>.</summary>
    public static Column Take(Column column, int[] rows, int count)
    {
        var valid = new bool[count];
        for (var i = 0; i < count; i++)
        {
            valid[i] = column.Valid[rows[i]];
        }

        return column switch
        {
            DoubleColumn c => new DoubleColumn(c.Name, Pick(c.Values, rows, count), valid),
            Int64Column c => new Int64Column(c.Name, Pick(c.Values, rows, count), valid),
            BoolColumn c => new BoolColumn(c.Name, Pick(c.Values, rows, count), valid),
            StringColumn c => new StringColumn(c.Name, Pick(c.Values, rows, count), valid),
            TimestampColumn c => new TimestampColumn(c.Name, Pick(c.Microseconds, rows, count), valid),
            DateColumn c => new DateColumn(c.Name, Pick(c.Days, rows, count), valid),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "Unknown column kind."),
        };
    }

    private static T[] Pick<T>(T[] values, int[] rows, int count)
    {
        var picked = new T[count];
        for (var i = 0; i < count; i++)
        {
            picked[i] = values[rows[i]];
        }

        return picked;
    }
}
