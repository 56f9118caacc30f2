using System.Buffers.Binary;
using System.Globalization;
using K4os.Compression.LZ4;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses LZ4 blocks (the LZ4 block format, <c>lz4_Block_format.md</c>) through K4os.Compression.LZ4,
/// checking that each block fills exactly the length the page declares. Also reads Parquet's deprecated LZ4
/// codec, which is Hadoop's framing of such blocks, or a bare block from old writers.
/// </summary>
internal static class Lz4BlockDecoder
{
    /// <summary>The most output one byte of input can produce (a 255-byte match-length extension).</summary>
    internal const int MaxExpansion = 256;

    /// <summary>Decompresses one raw block; it must produce exactly <paramref name="destination"/>.Length bytes.</summary>
    /// <exception cref="InvalidDataException">The block is corrupt or of another length.</exception>
    public static void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var written = DecompressBlock(source, destination);
        if (written != destination.Length)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"produced {written} of {destination.Length} bytes"));
        }
    }

    /// <summary>
    /// Decompresses Parquet's deprecated LZ4 codec: Hadoop framing (per frame, the big-endian
    /// uncompressed and compressed lengths, then the block) when the frames fit exactly, else one raw block.
    /// </summary>
    /// <exception cref="InvalidDataException">Neither reading works.</exception>
    public static void DecompressHadoopOrRaw(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (TryDecompressHadoop(source, destination))
        {
            return;
        }

        try
        {
            Decompress(source, destination);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException("LZ4 data is neither Hadoop-framed nor a raw LZ4 block: " + error.Message, error);
        }
    }

    private static bool TryDecompressHadoop(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        // Check the framing first without decoding, so a raw block is never half-decoded as frames.
        var position = 0;
        long total = 0;
        while (position < source.Length)
        {
            if (source.Length - position < 8)
            {
                return false;
            }

            var uncompressed = BinaryPrimitives.ReadUInt32BigEndian(source[position..]);
            var compressed = BinaryPrimitives.ReadUInt32BigEndian(source[(position + 4)..]);
            position += 8;
            if (compressed > (uint)(source.Length - position) || uncompressed > (ulong)(compressed + 1) * MaxExpansion)
            {
                return false;
            }

            total += uncompressed;
            position += (int)compressed;
        }

        if (total != destination.Length || source.Length == 0)
        {
            return false;
        }

        position = 0;
        var written = 0;
        try
        {
            while (position < source.Length)
            {
                var uncompressed = (int)BinaryPrimitives.ReadUInt32BigEndian(source[position..]);
                var compressed = (int)BinaryPrimitives.ReadUInt32BigEndian(source[(position + 4)..]);
                position += 8;
                Decompress(source.Slice(position, compressed), destination.Slice(written, uncompressed));
                position += compressed;
                written += uncompressed;
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }

        return true;
    }

    private static int DecompressBlock(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if ((long)destination.Length > ((long)source.Length * MaxExpansion) + 16)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"of {source.Length} bytes cannot hold {destination.Length} bytes"));
        }

        // K4os's decoder checks every length and offset against both buffers and answers -1 for a corrupt block.
        var written = LZ4Codec.Decode(source, destination);
        return written >= 0 ? written : throw Corrupt("is corrupt: a length or match offset points outside the block or its output");
    }

    private static InvalidDataException Corrupt(string reason) => new("LZ4 block " + reason);
}
