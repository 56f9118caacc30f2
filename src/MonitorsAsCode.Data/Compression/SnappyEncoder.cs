using System.Buffers;
using System.Buffers.Binary;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Compresses a block in the Snappy format: the uncompressed length as a varint, then literals and
/// back-references found greedily through a hash table of 4-byte sequences. Simple rather than
/// fast, and deterministic: the output is a pure function of the input, on every machine and runtime.
/// </summary>
/// <remarks>Follows Google's <c>format_description.txt</c> for Snappy; the element kinds used are literals and copies with 2-byte offsets.</remarks>
internal static class SnappyEncoder
{
    private const int HashBits = 14;
    private const int MinimumMatch = 4;
    private const int MaxOffset = 65_535;
    private const int MaxCopyLength = 64;

    public static byte[] Compress(ReadOnlySpan<byte> source)
    {
        var output = new ArrayBufferWriter<byte>((source.Length / 2) + 16);
        WriteVarint((uint)source.Length, output);
        var table = new int[1 << HashBits];
        Array.Fill(table, -1);
        var literalStart = 0;
        var i = 0;
        while (i + MinimumMatch <= source.Length)
        {
            var sequence = BinaryPrimitives.ReadUInt32LittleEndian(source[i..]);
            var hash = (int)((sequence * 0x1E35A7BDu) >> (32 - HashBits));
            var candidate = table[hash];
            table[hash] = i;
            if (candidate < 0 || i - candidate > MaxOffset || BinaryPrimitives.ReadUInt32LittleEndian(source[candidate..]) != sequence)
            {
                i++;
                continue;
            }

            var length = MinimumMatch;
            while (i + length < source.Length && source[candidate + length] == source[i + length])
            {
                length++;
            }

            WriteLiteral(source[literalStart..i], output);
            var offset = i - candidate;
            for (var remaining = length; remaining > 0;)
            {
                var chunk = Math.Min(remaining, MaxCopyLength);
                var span = output.GetSpan(3);
                span[0] = (byte)(((chunk - 1) << 2) | 0b10);
                BinaryPrimitives.WriteUInt16LittleEndian(span[1..], (ushort)offset);
                output.Advance(3);
                remaining -= chunk;
            }

            i += length;
            literalStart = i;
        }

        WriteLiteral(source[literalStart..], output);
        return output.WrittenSpan.ToArray();
    }

    private static void WriteLiteral(ReadOnlySpan<byte> literal, ArrayBufferWriter<byte> output)
    {
        if (literal.IsEmpty)
        {
            return;
        }

        var n = literal.Length - 1;
        if (n < 60)
        {
            output.GetSpan(1)[0] = (byte)(n << 2);
            output.Advance(1);
        }
        else
        {
            var bytes = n < (1 << 8) ? 1 : n < (1 << 16) ? 2 : n < (1 << 24) ? 3 : 4;
            var span = output.GetSpan(1 + bytes);
            span[0] = (byte)((59 + bytes) << 2);
            for (var b = 0; b < bytes; b++)
            {
                span[1 + b] = (byte)(n >> (8 * b));
            }

            output.Advance(1 + bytes);
        }

        output.Write(literal);
    }

    private static void WriteVarint(uint value, ArrayBufferWriter<byte> output)
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
