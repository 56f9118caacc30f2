using System.Globalization;

namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of instants, as microseconds since the Unix epoch in UTC.</summary>
public sealed class TimestampColumn(string name, long[] microseconds, bool[] valid) : Column(name, ColumnKind.Timestamp, valid)
{
    /// <summary>Microseconds since 1970-01-01T00:00:00Z; entries at null rows are 0.</summary>
    public long[] Microseconds { get; } = microseconds;

    /// <summary>The instant at <paramref name="row"/>.</summary>
    public DateTimeOffset ToDateTimeOffset(int row) => DateTimeOffset.UnixEpoch.AddTicks(Microseconds[row] * 10);

    /// <inheritdoc />
    public override string? FormatValue(int row) =>
        Valid[row] ? ToDateTimeOffset(row).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture) : null;
}
