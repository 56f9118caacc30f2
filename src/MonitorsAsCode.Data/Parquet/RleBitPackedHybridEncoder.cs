using System.Buffers;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Encodes small non-negative integers (definition levels, dictionary indices) in Parquet's
/// RLE / bit-packed hybrid encoding: a run of eight or more equal values becomes an RLE run, and
/// everything between such runs is bit-packed in groups of eight, the last group padded with zeros.
/// </summary>
/// <remarks>Follows the Parquet encodings document, "Run Length Encoding / Bit-Packing Hybrid (RLE = 3)".</remarks>
internal static class RleBitPackedHybridEncoder
{
    private const int MinimumRun = 8;

    /// <summary>Appends the encoded <paramref name="values"/> (without a length prefix) to <paramref name="output"/>.</summary>
    public static void Encode(ReadOnlySpan<int> values, int bitWidth, IBufferWriter<byte> output)
    {
        var i = 0;
        while (i < values.Length)
        {
            var run = RunLength(values, i);
            if (run >= MinimumRun)
            {
                WriteRle(values[i], run, bitWidth, output);
                i += run;
                continue;
            }

            // Bit-pack groups of eight until a long run starts at a group boundary.
            var start = i;
            var groups = 0;
            do
            {
                i += MinimumRun;
                groups++;
            }
            while (i < values.Length && RunLength(values, i) < MinimumRun);

            WriteBitPacked(values[start..Math.Min(i, values.Length)], groups, bitWidth, output);
            i = Math.Min(i, values.Length);
        }
    }

    private static int RunLength(ReadOnlySpan<int> values, int start)
    {
        var end = start + 1;
        while (end < values.Length && values[end] == values[start])
        {
            end++;
        }

        return end - start;
    }

    private static void WriteRle(int value, int count, int bitWidth, IBufferWriter<byte> output)
    {
        WriteVarint((uint)count << 1, output);
        var width = (bitWidth + 7) / 8;
        var span = output.GetSpan(width);
        for (var b = 0; b < width; b++)
        {
            span[b] = (byte)(value >> (8 * b));
        }

        output.Advance(width);
    }

    private static void WriteBitPacked(ReadOnlySpan<int> values, int groups, int bitWidth, IBufferWriter<byte> output)
    {
        WriteVarint(((uint)groups << 1) | 1, output);
        var length = groups * bitWidth;
        var span = output.GetSpan(length)[..length];
        span.Clear();

        // Values are packed from the least significant bit of the first byte on.
        long bit = 0;
        foreach (var value in values)
        {
            for (var b = 0; b < bitWidth; b++, bit++)
            {
                if (((value >> b) & 1) != 0)
                {
                    span[(int)(bit >> 3)] |= (byte)(1 << (int)(bit & 7));
                }
            }
        }

        output.Advance(length);
    }

    private static void WriteVarint(uint value, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(5);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        output.Advance(length);
    }
}
