using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decodes the RLE/bit-packed hybrid encoding (Parquet <c>Encodings.md</c>, RLE = 3): a sequence
/// of runs, each a ULEB128 header whose low bit says whether a repeated value (RLE run) or groups
/// of eight bit-packed values follow. Used for levels, dictionary indices and RLE booleans.
/// The span holds the runs only (no length prefix).
/// </summary>
internal ref struct RleBitPackedHybridDecoder
{
    private readonly ReadOnlySpan<byte> data;
    private readonly int bitWidth;
    private int position;
    private long repeatLeft;
    private int repeatValue;
    private ReadOnlySpan<byte> packedRun;
    private long packedNext;
    private long packedLeft;

    public RleBitPackedHybridDecoder(ReadOnlySpan<byte> data, int bitWidth)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new ParquetFormatException("bit width " + bitWidth.ToString(CultureInfo.InvariantCulture) + " is not between 0 and 32");
        }

        this.data = data;
        this.bitWidth = bitWidth;
    }

    /// <summary>Fills <paramref name="destination"/>; the runs must hold at least that many values.</summary>
    public void Decode(Span<int> destination)
    {
        var filled = 0;
        while (filled < destination.Length)
        {
            var wanted = destination.Length - filled;
            if (repeatLeft > 0)
            {
                var n = (int)Math.Min(repeatLeft, wanted);
                destination.Slice(filled, n).Fill(repeatValue);
                repeatLeft -= n;
                filled += n;
            }
            else if (packedLeft > 0)
            {
                var n = (int)Math.Min(packedLeft, wanted);
                BitUnpacking.Unpack32(packedRun, bitWidth, packedNext, destination.Slice(filled, n));
                packedNext += n;
                packedLeft -= n;
                filled += n;
            }
            else
            {
                ReadRunHeader(destination.Length - filled);
            }
        }
    }

    /// <summary>
    /// Counts how many of the next <paramref name="count"/> values equal <paramref name="max"/> without
    /// writing them out (definition levels: the non-null rows). A value above <paramref name="max"/> is corrupt.
    /// </summary>
    public int CountEqual(int count, int max)
    {
        var found = 0;
        var done = 0;
        Span<int> block = stackalloc int[128];
        while (done < count)
        {
            var wanted = count - done;
            if (repeatLeft > 0)
            {
                var n = (int)Math.Min(repeatLeft, wanted);
                if ((uint)repeatValue > (uint)max)
                {
                    throw LevelTooHigh(repeatValue, max);
                }

                found += repeatValue == max ? n : 0;
                repeatLeft -= n;
                done += n;
            }
            else if (packedLeft > 0)
            {
                var n = (int)Math.Min(packedLeft, wanted);
                if (bitWidth == 1 && max == 1)
                {
                    found += BitUnpacking.CountOnes(packedRun, packedNext, n);
                }
                else
                {
                    for (var start = 0; start < n; start += block.Length)
                    {
                        var values = block[..Math.Min(block.Length, n - start)];
                        BitUnpacking.Unpack32(packedRun, bitWidth, packedNext + start, values);
                        foreach (var value in values)
                        {
                            if ((uint)value > (uint)max)
                            {
                                throw LevelTooHigh(value, max);
                            }

                            found += value == max ? 1 : 0;
                        }
                    }
                }

                packedNext += n;
                packedLeft -= n;
                done += n;
            }
            else
            {
                ReadRunHeader(wanted);
            }
        }

        return found;
    }

    private static ParquetFormatException LevelTooHigh(int level, int max) =>
        new(string.Create(CultureInfo.InvariantCulture, $"a definition level of {level} exceeds the column's maximum of {max}"));

    private void ReadRunHeader(int wanted)
    {
        if (position >= data.Length)
        {
            throw new ParquetFormatException("RLE/bit-packed data ends before all values were read");
        }

        var header = ReadUleb128();
        if ((header & 1) == 0)
        {
            repeatLeft = (long)(header >> 1);
            var width = (bitWidth + 7) / 8;
            if (position + width > data.Length)
            {
                throw new ParquetFormatException("RLE/bit-packed data ends inside a run's value");
            }

            var value = 0U;
            for (var i = 0; i < width; i++)
            {
                value |= (uint)data[position + i] << (8 * i);
            }

            position += width;
            repeatValue = (int)value;
            return;
        }

        var groups = (long)(header >> 1);
        var runBytes = groups * bitWidth;
        var available = Math.Min(runBytes, data.Length - position);

        // Writers may cut the last bit-packed run short of its groups; accept it when the values asked for are present.
        var values = bitWidth == 0 ? groups * 8 : available * 8 / bitWidth;
        values = Math.Min(values, groups * 8);
        if (values < Math.Min(wanted, groups * 8))
        {
            throw new ParquetFormatException("RLE/bit-packed data ends inside a bit-packed run");
        }

        packedRun = data.Slice(position, (int)available);
        packedNext = 0;
        packedLeft = values;
        position += (int)available;
    }

    private ulong ReadUleb128()
    {
        ulong value = 0;
        for (var i = 0; i < 5; i++)
        {
            if (position >= data.Length)
            {
                throw new ParquetFormatException("RLE/bit-packed data ends inside a run header");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new ParquetFormatException("an RLE/bit-packed run header is too long");
    }
}
