namespace MonitorsAsCode.Data.Parquet;

/// <summary>The compression of a column chunk's pages, with the Thrift enum values.</summary>
internal enum CompressionCodec
{
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,

    /// <summary>Deprecated: Hadoop-framed LZ4 blocks, or (old parquet-cpp) one raw LZ4 block.</summary>
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
}
