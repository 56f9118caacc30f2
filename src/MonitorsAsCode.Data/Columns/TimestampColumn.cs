namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of instants, as microseconds since the Unix epoch in UTC.</summary>
public sealed class TimestampColumn(string name, long[] microseconds, bool[] valid) : Column(name, ColumnKind.Timestamp, valid)
{
    /// <summary>Microseconds since 1970-01-01T00:00:00Z; entries at null rows are 0.</summary>
    public long[] Microseconds { get; } = microseconds;

    /// <summary>The instant at <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside years 0001 to 9999, which <see cref="DateTimeOffset"/> cannot hold.</exception>
    public DateTimeOffset ToDateTimeOffset(int row) =>
        Microseconds[row] is >= -62_135_596_800_000_000 and < 253_402_300_800_000_000
            ? DateTimeOffset.UnixEpoch.AddTicks(Microseconds[row] * 10)
            : throw new ArgumentOutOfRangeException(nameof(row), FormatValue(row), "The instant is outside the years 0001 to 9999 that DateTimeOffset holds.");

    /// <inheritdoc />
    /// <remarks>ISO 8601 in UTC; instants outside years 0001 to 9999 in the expanded form, e.g. <c>+290000-12-30T23:00:00Z</c>.</remarks>
    public override string? FormatValue(int row) => Valid[row] ? TimestampText.Format(Microseconds[row]) : null;
}
