namespace MonitorsAsCode.Data.Parquet;

/// <summary>The codecs <see cref="ParquetWriter"/> writes: only those whose output is the same on every machine and runtime.</summary>
public enum ParquetCompression
{
    /// <summary>Pages as they are.</summary>
    Uncompressed,

    /// <summary>Pages compressed with the project's own Snappy encoder (deterministic, unlike a platform library).</summary>
    Snappy,
}
