using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>The finite values of a numeric column as doubles, compacted in row order: what sorted-sample statistics compare.</summary>
internal static class FiniteValues
{
    /// <summary>
    /// Copies the finite non-null values of <paramref name="column"/> (double, int64, timestamp in microseconds, date
    /// in days) into <paramref name="destination"/>; false, with <paramref name="written"/> at its length, when they do not fit.
    /// </summary>
    /// <exception cref="ArgumentException">The column is not numeric.</exception>
    public static bool TryCopy(Column column, Span<double> destination, out int written)
    {
        var valid = column.Valid;
        written = 0;
        switch (column)
        {
            case DoubleColumn doubles:
                var source = doubles.Values;
                for (var i = 0; i < source.Length; i++)
                {
                    if (valid[i] && double.IsFinite(source[i]))
                    {
                        if (written == destination.Length)
                        {
                            return false;
                        }

                        destination[written++] = source[i];
                    }
                }

                return true;
            case Int64Column longs:
                return TryCopy(longs.Values, valid, destination, ref written);
            case TimestampColumn timestamps:
                return TryCopy(timestamps.Microseconds, valid, destination, ref written);
            case DateColumn dates:
                return TryCopy(dates.Days, valid, destination, ref written);
            default:
                throw new ArgumentException($"Column '{column.Name}' is not numeric.", nameof(column));
        }
    }

    private static bool TryCopy<T>(T[] source, bool[] valid, Span<double> destination, ref int written)
        where T : System.Numerics.IBinaryInteger<T>
    {
        for (var i = 0; i < source.Length; i++)
        {
            if (valid[i])
            {
                if (written == destination.Length)
                {
                    return false;
                }

                destination[written++] = double.CreateTruncating(source[i]);
            }
        }

        return true;
    }
}
