using System.Globalization;

namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of 64-bit integers.</summary>
public sealed class Int64Column(string name, long[] values, bool[] valid) : Column(name, ColumnKind.Int64, valid)
{
    /// <summary>The values; entries at null rows are 0.</summary>
    public long[] Values { get; } = values;

    /// <inheritdoc />
    public override string? FormatValue(int row) => Valid[row] ? Values[row].ToString(CultureInfo.InvariantCulture) : null;
}
