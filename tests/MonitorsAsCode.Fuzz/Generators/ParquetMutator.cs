using System.Buffers.Binary;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>
/// Damages a valid Parquet file the ways storage, transfers and attackers do: flipped bits, overwritten runs of
/// bytes, truncation, a tampered footer length, tampered varints inside the Thrift footer (sizes, counts,
/// offsets made huge, zero or negative), and duplicated or dropped ranges. Mutations aim at the footer half of
/// the time, where one byte changes how the whole file is read.
/// </summary>
internal sealed class ParquetMutator(FuzzCase fuzzCase)
{
    private readonly Random random = fuzzCase.Random;

    /// <summary>One to three mutations of <paramref name="original"/>.</summary>
    public byte[] Mutate(byte[] original)
    {
        var bytes = (byte[])original.Clone();
        var rounds = 1 + random.Next(3);
        for (var round = 0; round < rounds; round++)
        {
            bytes = random.Next(7) switch
            {
                0 => FlipBits(bytes),
                1 => Overwrite(bytes),
                2 => Truncate(bytes),
                3 => TamperFooterLength(bytes),
                4 => TamperFooterVarint(bytes),
                5 => Splice(bytes),
                _ => TamperFooterVarint(FlipBits(bytes)),
            };
        }

        return bytes;
    }

    private (int Start, int End) Footer(byte[] bytes)
    {
        if (bytes.Length < 12)
        {
            return (0, bytes.Length);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8, 4));
        var start = bytes.Length - 8 - length;
        return start >= 4 && length > 0 ? (start, bytes.Length - 8) : (Math.Max(0, bytes.Length - 256), bytes.Length);
    }

    private int Position(byte[] bytes)
    {
        var (start, end) = Footer(bytes);
        return random.Next(2) == 0 && end > start ? random.Next(start, end) : random.Next(bytes.Length);
    }

    private byte[] FlipBits(byte[] bytes)
    {
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            var at = Position(bytes);
            var bit = random.Next(8);
            bytes[at] ^= (byte)(1 << bit);
        }

        fuzzCase.Note($"flipped {flips} bit(s)");
        return bytes;
    }

    private byte[] Overwrite(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = Position(bytes);
        var length = Math.Min(bytes.Length - at, 1 + random.Next(16));
        var fill = random.Next(3);
        for (var i = at; i < at + length; i++)
        {
            bytes[i] = fill switch { 0 => 0x00, 1 => 0xFF, _ => (byte)random.Next(256) };
        }

        fuzzCase.Note($"overwrote {length} byte(s) at {at} with {(fill == 0 ? "0x00" : fill == 1 ? "0xFF" : "random bytes")}");
        return bytes;
    }

    private byte[] Truncate(byte[] bytes)
    {
        var keep = random.Next(4) switch
        {
            0 => random.Next(Math.Min(16, bytes.Length + 1)),
            1 => Math.Max(0, bytes.Length - 1 - random.Next(12)),
            _ => random.Next(bytes.Length + 1),
        };
        fuzzCase.Note($"truncated to {keep} of {bytes.Length} bytes");
        return bytes[..keep];
    }

    private byte[] TamperFooterLength(byte[] bytes)
    {
        if (bytes.Length < 8)
        {
            return bytes;
        }

        int[] choices = [0, 1, -1, int.MaxValue, int.MinValue, bytes.Length, bytes.Length - 7, random.Next(1, 1 << 20)];
        var value = choices[random.Next(choices.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 8, 4), value);
        fuzzCase.Note($"footer length set to {value}");
        return bytes;
    }

    /// <summary>Finds a varint in the footer and rewrites it as a huge, zero, negative or off-by-one value, keeping the byte count when it can.</summary>
    private byte[] TamperFooterVarint(byte[] bytes)
    {
        var (start, end) = Footer(bytes);
        if (end - start < 4)
        {
            return FlipBits(bytes);
        }

        // A Thrift compact field header (delta in the high nibble, type i32=5 or i64=6) followed by a varint.
        var candidates = new List<int>();
        for (var i = start; i < end - 1; i++)
        {
            var type = bytes[i] & 0x0F;
            if ((type == 5 || type == 6) && (bytes[i] >> 4) is >= 1 and <= 4)
            {
                candidates.Add(i + 1);
            }
        }

        if (candidates.Count == 0)
        {
            return FlipBits(bytes);
        }

        var at = candidates[random.Next(candidates.Count)];
        var old = 0;
        while (at + old < end && (bytes[at + old] & 0x80) != 0 && old < 9)
        {
            old++;
        }

        old++;
        // Zigzag: 0x01 is -1, 0x02 is 1; five bytes of 0xFF..0x0F is the largest 32-bit magnitude.
        byte[][] values = [[0x00], [0x01], [0xFE, 0xFF, 0xFF, 0xFF, 0x0F], [0xFF, 0xFF, 0xFF, 0xFF, 0x0F], [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]];
        var value = values[random.Next(values.Length)];
        var result = new List<byte>(bytes.Length + 16);
        result.AddRange(bytes.AsSpan(0, at).ToArray());
        result.AddRange(value);
        result.AddRange(bytes.AsSpan(Math.Min(at + old, bytes.Length)).ToArray());
        var mutated = result.ToArray();
        if (value.Length != old && mutated.Length >= 8)
        {
            // Keep the footer length consistent, so the reader gets past it to the tampered field.
            var length = BinaryPrimitives.ReadInt32LittleEndian(mutated.AsSpan(mutated.Length - 8, 4));
            BinaryPrimitives.WriteInt32LittleEndian(mutated.AsSpan(mutated.Length - 8, 4), length + value.Length - old);
        }

        fuzzCase.Note($"footer varint at {at} ({old} byte(s)) set to {Convert.ToHexString(value)}");
        return mutated;
    }

    private byte[] Splice(byte[] bytes)
    {
        if (bytes.Length < 16)
        {
            return bytes;
        }

        var from = random.Next(bytes.Length - 8);
        var length = 1 + random.Next(Math.Min(64, bytes.Length - from));
        var to = Position(bytes);
        var result = new List<byte>(bytes.Length + length);
        if (random.Next(2) == 0)
        {
            result.AddRange(bytes.AsSpan(0, to).ToArray());
            result.AddRange(bytes.AsSpan(from, length).ToArray());
            result.AddRange(bytes.AsSpan(to).ToArray());
            fuzzCase.Note($"inserted a copy of {length} byte(s) from {from} at {to}");
        }
        else
        {
            var cut = Math.Min(length, bytes.Length - to);
            result.AddRange(bytes.AsSpan(0, to).ToArray());
            result.AddRange(bytes.AsSpan(to + cut).ToArray());
            fuzzCase.Note($"removed {cut} byte(s) at {to}");
        }

        return result.ToArray();
    }
}
