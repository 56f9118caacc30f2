namespace MonitorsAsCode.Data.Columns;

/// <summary>A column of booleans.</summary>
public sealed class BoolColumn(string name, bool[] values, bool[] valid) : Column(name, ColumnKind.Bool, valid)
{
    /// <summary>The values; entries at null rows are false.</summary>
    public bool[] Values { get; } = values;

    /// <inheritdoc />
    public override string? FormatValue(int row) => Valid[row] ? (Values[row] ? "true" : "false") : null;
}
