using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decodes DELTA_BINARY_PACKED (Parquet <c>Encodings.md</c>, id 5): a header (block size, miniblocks
/// per block, value count, first value), then blocks of a minimum delta, one bit width per miniblock
/// and the bit-packed deltas above the minimum. Arithmetic wraps, as the encoder's does, so 32-bit
/// columns decode by truncating the 64-bit result.
/// </summary>
internal ref struct DeltaBinaryPackedDecoder
{
    /// <summary>Block sizes above this are not written by any encoder and are treated as corrupt.</summary>
    private const ulong MaxBlockSize = 1 << 20;

    private readonly ReadOnlySpan<byte> data;
    private readonly int valuesPerMiniblock;
    private readonly int miniblocksPerBlock;
    private readonly long firstValue;
    private int position;

    public DeltaBinaryPackedDecoder(ReadOnlySpan<byte> data)
    {
        this.data = data;
        var blockSize = ReadUleb128();
        var miniblocks = ReadUleb128();
        var count = ReadUleb128();
        firstValue = ReadZigZag();
        if (blockSize == 0 || blockSize % 128 != 0 || blockSize > MaxBlockSize || miniblocks == 0 || blockSize % miniblocks != 0 || (blockSize / miniblocks) % 32 != 0)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_BINARY_PACKED header is invalid (block size {blockSize}, {miniblocks} miniblocks)"));
        }

        if (count > int.MaxValue)
        {
            throw new ParquetFormatException("DELTA_BINARY_PACKED value count is out of range");
        }

        TotalCount = (int)count;
        miniblocksPerBlock = (int)miniblocks;
        valuesPerMiniblock = (int)(blockSize / miniblocks);
    }

    /// <summary>Number of values the header says are encoded.</summary>
    public int TotalCount { get; }

    /// <summary>Bytes consumed; after <see cref="Decode"/> of all values, the length of the encoded data.</summary>
    public readonly int Position => position;

    /// <summary>Decodes exactly <see cref="TotalCount"/> values into the start of <paramref name="destination"/>.</summary>
    public void Decode(Span<long> destination)
    {
        if (destination.Length < TotalCount)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_BINARY_PACKED holds {TotalCount} values where at most {destination.Length} were expected"));
        }

        if (TotalCount == 0)
        {
            return;
        }

        var current = firstValue;
        destination[0] = current;
        var filled = 1;
        while (filled < TotalCount)
        {
            var minDelta = ReadZigZag();
            var widthsAt = position;
            if (position + miniblocksPerBlock > data.Length)
            {
                throw new ParquetFormatException("DELTA_BINARY_PACKED data ends inside a block header");
            }

            position += miniblocksPerBlock;
            for (var m = 0; m < miniblocksPerBlock && filled < TotalCount; m++)
            {
                int width = data[widthsAt + m];
                if (width > 64)
                {
                    throw new ParquetFormatException("DELTA_BINARY_PACKED miniblock bit width " + width.ToString(CultureInfo.InvariantCulture) + " exceeds 64");
                }

                var take = Math.Min(valuesPerMiniblock, TotalCount - filled);
                var fullBytes = (int)BitUnpacking.BytesFor(valuesPerMiniblock, width);
                var neededBytes = (int)BitUnpacking.BytesFor(take, width);
                var available = data.Length - position;
                if (neededBytes > available)
                {
                    throw new ParquetFormatException("DELTA_BINARY_PACKED data ends inside a miniblock");
                }

                // The last miniblock is padded to full length by the specification; tolerate writers that cut it short.
                var miniblock = data.Slice(position, Math.Min(fullBytes, available));
                position += miniblock.Length;
                long bit = 0;
                for (var i = 0; i < take; i++, bit += width)
                {
                    current = unchecked(current + minDelta + (long)BitUnpacking.Read(miniblock, bit, width));
                    destination[filled++] = current;
                }
            }
        }
    }

    private ulong ReadUleb128()
    {
        ulong value = 0;
        for (var i = 0; i < 10; i++)
        {
            if (position >= data.Length)
            {
                throw new ParquetFormatException("DELTA_BINARY_PACKED data ends inside a varint");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new ParquetFormatException("DELTA_BINARY_PACKED varint is too long");
    }

    private long ReadZigZag()
    {
        var value = ReadUleb128();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }
}
