using System.Globalization;

namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of doubles.</summary>
public sealed class DoubleColumn(string name, double[] values, bool[] valid) : Column(name, ColumnKind.Double, valid)
{
    /// <summary>The values; entries at null rows are 0.</summary>
    public double[] Values { get; } = values;

    /// <inheritdoc />
    public override string? FormatValue(int row) => Valid[row] ? Values[row].ToString("R", CultureInfo.InvariantCulture) : null;
}
