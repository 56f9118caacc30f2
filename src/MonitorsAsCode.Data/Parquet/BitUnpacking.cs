using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Reads values packed least-significant bit first, as the RLE/bit-packed hybrid and
/// DELTA_BINARY_PACKED encodings store them (Parquet <c>Encodings.md</c>).
/// </summary>
internal static class BitUnpacking
{
    /// <summary>
    /// The <paramref name="bitWidth"/>-bit value (0 to 64 bits) starting at bit <paramref name="bitOffset"/>
    /// of <paramref name="packed"/>. The caller has checked that the value lies inside the span.
    /// </summary>
    public static ulong Read(ReadOnlySpan<byte> packed, long bitOffset, int bitWidth)
    {
        if (bitWidth == 0)
        {
            return 0;
        }

        var index = (int)(bitOffset >> 3);
        var shift = (int)(bitOffset & 7);
        ulong window;
        if (index + 8 <= packed.Length)
        {
            window = BinaryPrimitives.ReadUInt64LittleEndian(packed[index..]);
        }
        else
        {
            window = 0;
            for (var i = 0; index + i < packed.Length && i < 8; i++)
            {
                window |= (ulong)packed[index + i] << (8 * i);
            }
        }

        var value = window >> shift;
        if (shift + bitWidth > 64)
        {
            // The value straddles a ninth byte.
            value |= (ulong)packed[index + 8] << (64 - shift);
        }

        return bitWidth == 64 ? value : value & ((1UL << bitWidth) - 1);
    }

    /// <summary>Unpacks <paramref name="destination"/>.Length values of up to 32 bits, starting at value <paramref name="first"/>.</summary>
    public static void Unpack32(ReadOnlySpan<byte> packed, int bitWidth, long first, Span<int> destination)
    {
        if (bitWidth == 0)
        {
            destination.Clear();
            return;
        }

        var mask = bitWidth == 32 ? uint.MaxValue : (1U << bitWidth) - 1;
        var bit = first * bitWidth;
        for (var i = 0; i < destination.Length; i++, bit += bitWidth)
        {
            var index = (int)(bit >> 3);
            var shift = (int)(bit & 7);
            ulong window;
            if (index + 8 <= packed.Length)
            {
                window = BinaryPrimitives.ReadUInt64LittleEndian(packed[index..]);
            }
            else
            {
                window = 0;
                for (var b = 0; index + b < packed.Length && b < 8; b++)
                {
                    window |= (ulong)packed[index + b] << (8 * b);
                }
            }

            destination[i] = (int)((uint)(window >> shift) & mask);
        }
    }

    /// <summary>
    /// The number of set bits among <paramref name="count"/> bits starting at bit <paramref name="firstBit"/>
    /// (1-bit values, least significant bit first). The caller has checked that the bits lie inside the span.
    /// </summary>
    public static int CountOnes(ReadOnlySpan<byte> packed, long firstBit, int count)
    {
        var bit = firstBit;
        var end = firstBit + count;
        var ones = 0;
        while (bit < end && (bit & 7) != 0)
        {
            ones += (packed[(int)(bit >> 3)] >> (int)(bit & 7)) & 1;
            bit++;
        }

        while (end - bit >= 64)
        {
            ones += BitOperations.PopCount(BinaryPrimitives.ReadUInt64LittleEndian(packed[(int)(bit >> 3)..]));
            bit += 64;
        }

        while (end - bit >= 8)
        {
            ones += BitOperations.PopCount(packed[(int)(bit >> 3)]);
            bit += 8;
        }

        while (bit < end)
        {
            ones += (packed[(int)(bit >> 3)] >> (int)(bit & 7)) & 1;
            bit++;
        }

        return ones;
    }

    /// <summary>The largest of <paramref name="values"/> read as unsigned (so a negative one counts as huge); 0 when empty.</summary>
    public static uint MaxUnsigned(ReadOnlySpan<int> values)
    {
        var unsigned = MemoryMarshal.Cast<int, uint>(values);
        var i = 0;
        var largest = 0U;
        if (Vector.IsHardwareAccelerated && unsigned.Length >= Vector<uint>.Count)
        {
            var wide = Vector<uint>.Zero;
            for (; i <= unsigned.Length - Vector<uint>.Count; i += Vector<uint>.Count)
            {
                wide = Vector.Max(wide, new Vector<uint>(unsigned[i..]));
            }

            for (var lane = 0; lane < Vector<uint>.Count; lane++)
            {
                largest = Math.Max(largest, wide[lane]);
            }
        }

        for (; i < unsigned.Length; i++)
        {
            largest = Math.Max(largest, unsigned[i]);
        }

        return largest;
    }

    /// <summary>Bytes needed for <paramref name="count"/> values of <paramref name="bitWidth"/> bits.</summary>
    public static long BytesFor(long count, int bitWidth) => ((count * bitWidth) + 7) / 8;

    /// <summary>The bit width of levels that go up to <paramref name="maxLevel"/>.</summary>
    public static int WidthOf(int maxLevel) => maxLevel == 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)maxLevel);
}
