namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>One declared column of a dataset.</summary>
public sealed record ColumnDefinition(string Name, ColumnType Type, ColumnRole Role)
{
    /// <summary>
    /// How much the model relies on the column (for example its SHAP importance from training), at least 0;
    /// null counts as 1. Dataset drift monitors weight the column's drift by it.
    /// </summary>
    public double? Importance { get; init; }

    /// <summary>Where the column was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;
}
