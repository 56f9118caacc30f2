namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of strings.</summary>
public sealed class StringColumn(string name, string?[] values, bool[] valid) : Column(name, ColumnKind.String, valid)
{
    /// <summary>The values; entries at null rows are null.</summary>
    public string?[] Values { get; } = values;

    /// <inheritdoc />
    public override string? FormatValue(int row) => Valid[row] ? Values[row] : null;
}
