namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// The bytes of a Parquet file break the format, or use a feature this reader does not support.
/// Thrown by the decoders, which do not know the file; the reader wraps it into a
/// <see cref="Snapshots.SnapshotReadException"/> naming the file, row group, column and page.
/// </summary>
internal sealed class ParquetFormatException(string message) : Exception(message);
