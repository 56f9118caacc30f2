using System.Globalization;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decompresses the pages of one column chunk with its codec into a reused pooled buffer. Declared
/// sizes are checked against what the compressed bytes can hold before anything is allocated.
/// </summary>
internal sealed class PageDecompressor(CompressionCodec codec) : IDisposable
{
    private readonly PooledBuffer<byte> output = new();

    /// <summary>
    /// The <paramref name="uncompressedSize"/> bytes <paramref name="source"/> holds; valid until the next call.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is corrupt or of another size.</exception>
    /// <exception cref="ParquetFormatException">The codec is not supported.</exception>
    public ReadOnlySpan<byte> Decompress(ReadOnlySpan<byte> source, int uncompressedSize)
    {
        if (codec == CompressionCodec.Uncompressed)
        {
            return source;
        }

        if (source.IsEmpty && uncompressedSize == 0)
        {
            // An empty section (a v2 page of nulls) is not a compressed stream; some codecs reject it.
            return [];
        }

        switch (codec)
        {
            case CompressionCodec.Snappy:
                {
                    var declared = SnappyDecoder.GetUncompressedLength(source);
                    if (declared != uncompressedSize)
                    {
                        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Snappy data declares {declared} bytes but the page header {uncompressedSize}"));
                    }

                    var destination = output.Get(uncompressedSize);
                    SnappyDecoder.Decompress(source, destination);
                    return destination;
                }

            case CompressionCodec.Gzip:
                {
                    CheckExpansion(source, uncompressedSize, GzipDecoder.MaxExpansion, "gzip");
                    var destination = output.Get(uncompressedSize);
                    GzipDecoder.Decompress(source, destination);
                    return destination;
                }

            case CompressionCodec.Brotli:
                output.ResetWriter();
                BrotliBlockDecoder.Decompress(source, uncompressedSize, output);
                return output.Written;
            case CompressionCodec.Lz4:
            case CompressionCodec.Lz4Raw:
                {
                    CheckExpansion(source, uncompressedSize, Lz4BlockDecoder.MaxExpansion, "LZ4");
                    var destination = output.Get(uncompressedSize);
                    if (codec == CompressionCodec.Lz4)
                    {
                        Lz4BlockDecoder.DecompressHadoopOrRaw(source, destination);
                    }
                    else
                    {
                        Lz4BlockDecoder.Decompress(source, destination);
                    }

                    return destination;
                }

            case CompressionCodec.Zstd:
                {
                    ZstdDecoder.CheckDeclaredSize(source, uncompressedSize);
                    var destination = output.Get(uncompressedSize);
                    ZstdDecoder.Decompress(source, destination);
                    return destination;
                }

            case CompressionCodec.Lzo:
                throw new ParquetFormatException("LZO compression is not supported; rewrite the file with SNAPPY, ZSTD, GZIP, BROTLI or LZ4_RAW");
            default:
                throw new ParquetFormatException("unknown compression codec " + ((int)codec).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// At least the first <paramref name="prefix"/> of the <paramref name="uncompressedSize"/> bytes
    /// <paramref name="source"/> holds (all of them for codecs that cannot stop early); valid until the next call.
    /// Only what is returned is checked.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is corrupt.</exception>
    public ReadOnlySpan<byte> DecompressPrefix(ReadOnlySpan<byte> source, int uncompressedSize, int prefix)
    {
        if (codec != CompressionCodec.Snappy || prefix >= uncompressedSize)
        {
            return Decompress(source, uncompressedSize);
        }

        var declared = SnappyDecoder.GetUncompressedLength(source);
        if (declared != uncompressedSize)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Snappy data declares {declared} bytes but the page header {uncompressedSize}"));
        }

        var destination = output.Get(uncompressedSize);
        var written = SnappyDecoder.DecompressPrefix(source, destination, Math.Max(0, prefix));
        return destination[..written];
    }

    public void Dispose() => output.Dispose();

    private static void CheckExpansion(ReadOnlySpan<byte> source, int uncompressedSize, int maxExpansion, string name)
    {
        if (uncompressedSize > ((long)source.Length * maxExpansion) + 1024)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{name} data of {source.Length} bytes cannot hold the {uncompressedSize} bytes the page header declares"));
        }
    }
}
