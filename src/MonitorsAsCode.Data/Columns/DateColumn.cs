using System.Globalization;

namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of calendar dates, as days since 1970-01-01.</summary>
public sealed class DateColumn(string name, int[] days, bool[] valid) : Column(name, ColumnKind.Date, valid)
{
    /// <summary>Days since 1970-01-01; entries at null rows are 0.</summary>
    public int[] Days { get; } = days;

    /// <inheritdoc />
    public override string? FormatValue(int row) =>
        Valid[row] ? TimestampText.FormatDate(Days[row]) : null;
}
