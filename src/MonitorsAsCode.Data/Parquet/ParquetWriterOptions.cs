namespace MonitorsAsCode.Data.Parquet;

/// <summary>How <see cref="ParquetWriter"/> lays out a file. The defaults suit snapshots of up to a few million rows.</summary>
public sealed record ParquetWriterOptions
{
    /// <summary>Rows per row group (the unit readers decode in parallel); at least 1.</summary>
    public int RowGroupRows { get; init; } = 1_048_576;

    /// <summary>How pages are compressed; SNAPPY by default, as most writers do.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Rows per data page; at least 1.</summary>
    public int PageRows { get; init; } = 65_536;

    /// <summary>
    /// Columns written as REQUIRED (no definition levels); every other column is OPTIONAL. A null in
    /// a required column is an error.
    /// </summary>
    public IReadOnlySet<string> RequiredColumns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The footer's <c>created_by</c>; fixed, so the same columns give the same bytes on every version.</summary>
    public string CreatedBy { get; init; } = "MonitorsAsCode";
}
