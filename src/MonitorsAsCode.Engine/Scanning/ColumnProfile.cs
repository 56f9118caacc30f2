namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// What one pass counts of every column it reads: rows and nulls, and for numeric columns (double, int64, timestamp
/// in microseconds, date in days) the finite values' count and range and the non-finite values left out.
/// </summary>
/// <param name="Rows">Rows in the snapshot.</param>
/// <param name="Nulls">Null rows.</param>
internal sealed record ColumnProfile(long Rows, long Nulls)
{
    /// <summary>Non-null NaN values (double columns).</summary>
    public long NotANumber { get; init; }

    /// <summary>Non-null +∞ values (double columns).</summary>
    public long PositiveInfinities { get; init; }

    /// <summary>Non-null −∞ values (double columns).</summary>
    public long NegativeInfinities { get; init; }

    /// <summary>Finite values (numeric columns), or non-null values (text and bool).</summary>
    public long Finite { get; init; }

    /// <summary>The smallest finite value as a double, NaN when there is none or the column is not numeric.</summary>
    public double Minimum { get; init; } = double.NaN;

    /// <summary>The largest finite value as a double, NaN when there is none or the column is not numeric.</summary>
    public double Maximum { get; init; } = double.NaN;
}
