using System.Buffers.Binary;
using System.Globalization;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses LZ4 blocks (the LZ4 block format, <c>lz4_Block_format.md</c>): sequences of a
/// token (literal length and match length nibbles, each extended by 255-bytes), literals, and a
/// 2-byte little-endian match offset; the last sequence has literals only. Also reads Parquet's
/// deprecated LZ4 codec, which is Hadoop's framing of such blocks, or a bare block from old writers.
/// </summary>
internal static class Lz4BlockDecoder
{
    private const int MinMatch = 4;

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

        var position = 0;
        var written = 0;
        while (true)
        {
            if (position >= source.Length)
            {
                throw Corrupt("ends before its last sequence");
            }

            var token = source[position++];
            var literals = ReadLength(source, ref position, token >> 4);
            if (literals > source.Length - position || literals > destination.Length - written)
            {
                throw Corrupt("has literals that run past the end of the data");
            }

            source.Slice(position, literals).CopyTo(destination[written..]);
            position += literals;
            written += literals;
            if (position == source.Length)
            {
                return written;
            }

            if (position + 2 > source.Length)
            {
                throw Corrupt("ends inside a match offset");
            }

            int offset = BinaryPrimitives.ReadUInt16LittleEndian(source[position..]);
            position += 2;
            var match = ReadLength(source, ref position, token & 0x0F);
            if (match > int.MaxValue - MinMatch)
            {
                throw Corrupt("has an impossible match length");
            }

            match += MinMatch;
            if (offset == 0 || offset > written)
            {
                throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"copies from offset {offset} with only {written} bytes written"));
            }

            if (match > destination.Length - written)
            {
                throw Corrupt("has a match that runs past the expected length");
            }

            SnappyDecoder.Copy(destination, written, offset, match);
            written += match;
        }
    }

    private static int ReadLength(ReadOnlySpan<byte> source, ref int position, int nibble)
    {
        long length = nibble;
        if (nibble != 15)
        {
            return nibble;
        }

        while (true)
        {
            if (position >= source.Length)
            {
                throw Corrupt("ends inside a length");
            }

            var b = source[position++];
            length += b;
            if (length > int.MaxValue)
            {
                throw Corrupt("has an impossible length");
            }

            if (b != 255)
            {
                return (int)length;
            }
        }
    }

    private static InvalidDataException Corrupt(string reason) => new("LZ4 block " + reason);
}
