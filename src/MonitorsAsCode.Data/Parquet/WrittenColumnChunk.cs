namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A column chunk as <see cref="ColumnChunkWriter"/> wrote it: its bytes (page headers and pages)
/// and what the footer records about it. Offsets are from the start of the file.
/// </summary>
internal sealed record WrittenColumnChunk(
    byte[] Bytes,
    long UncompressedSize,
    long Offset,
    PhysicalType Type,
    IReadOnlyList<ParquetEncoding> Encodings,
    long DataPageOffset,
    long? DictionaryPageOffset,
    long NullCount,
    byte[]? Min,
    byte[]? Max);
