namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>One declared column of a dataset.</summary>
public sealed record ColumnDefinition(string Name, ColumnType Type, ColumnRole Role)
{
    /// <summary>Where the column was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;
}
