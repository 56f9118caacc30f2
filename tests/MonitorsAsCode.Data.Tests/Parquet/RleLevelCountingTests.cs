using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Counting definition levels without writing them out must agree with decoding them and counting, over
/// seeded random runs (RLE and bit-packed, at every alignment); and the bulk helpers it rests on must agree
/// with bit-by-bit loops.
/// </summary>
public sealed class RleLevelCountingTests
{
    [Fact]
    public void Counting_levels_equals_decoding_and_counting()
    {
        var random = new Random(20_261_122);
        for (var trial = 0; trial < 500; trial++)
        {
            var (bytes, total) = RandomRuns(random);
            var wanted = random.Next(total + 1);
            var decoded = new int[wanted];
            new RleBitPackedHybridDecoder(bytes, 1).Decode(decoded);

            var counted = new RleBitPackedHybridDecoder(bytes, 1).CountEqual(wanted, 1);

            counted.Should().Be(decoded.Count(v => v == 1), $"trial {trial}");
        }
    }

    [Fact]
    public void Counting_in_pieces_continues_where_the_last_piece_stopped()
    {
        var random = new Random(7);
        var (bytes, total) = RandomRuns(random);
        var decoded = new int[total];
        new RleBitPackedHybridDecoder(bytes, 1).Decode(decoded);

        var decoder = new RleBitPackedHybridDecoder(bytes, 1);
        var first = decoder.CountEqual(total / 3, 1);
        var rest = decoder.CountEqual(total - (total / 3), 1);

        first.Should().Be(decoded.Take(total / 3).Count(v => v == 1));
        rest.Should().Be(decoded.Skip(total / 3).Count(v => v == 1));
    }

    [Fact]
    public void A_level_above_the_maximum_is_corrupt()
    {
        byte[] run = [0x10, 0x02]; // an RLE run of 8 values of level 2 (bit width 2)

        var count = () => new RleBitPackedHybridDecoder(run, 2).CountEqual(8, 1);

        count.Should().Throw<ParquetFormatException>().WithMessage("*definition level of 2 exceeds*maximum of 1*");
    }

    [Fact]
    public void Runs_shorter_than_the_values_asked_for_are_corrupt()
    {
        byte[] run = [0x08, 0x01]; // 4 values of level 1

        var count = () => new RleBitPackedHybridDecoder(run, 1).CountEqual(5, 1);

        count.Should().Throw<ParquetFormatException>();
    }

    [Fact]
    public void Ones_are_counted_at_every_offset_and_length()
    {
        var random = new Random(11);
        var bytes = new byte[40];
        random.NextBytes(bytes);
        for (var first = 0; first < 70; first++)
        {
            for (var count = 0; first + count <= bytes.Length * 8; count += 1 + (count / 8))
            {
                var expected = 0;
                for (var bit = first; bit < first + count; bit++)
                {
                    expected += (bytes[bit >> 3] >> (bit & 7)) & 1;
                }

                BitUnpacking.CountOnes(bytes, first, count).Should().Be(expected, $"bits {first}..{first + count}");
            }
        }
    }

    [Fact]
    public void The_largest_index_is_found_and_negative_ones_count_as_huge()
    {
        var values = Enumerable.Range(0, 37).Select(i => (i * 7919) % 101).ToArray();

        BitUnpacking.MaxUnsigned(values).Should().Be(100);
        BitUnpacking.MaxUnsigned([.. values, -1]).Should().Be(uint.MaxValue);
        BitUnpacking.MaxUnsigned([]).Should().Be(0);
    }

    /// <summary>Random RLE and bit-packed runs of 1-bit levels, with ULEB128 headers as the encoding defines them.</summary>
    private static (byte[] Bytes, int Total) RandomRuns(Random random)
    {
        var bytes = new List<byte>();
        var total = 0;
        var runs = 1 + random.Next(8);
        for (var r = 0; r < runs; r++)
        {
            if (random.Next(2) == 0)
            {
                var length = 1 + random.Next(300);
                Uleb128(bytes, (ulong)length << 1);
                bytes.Add((byte)random.Next(2));
                total += length;
            }
            else
            {
                var groups = 1 + random.Next(40);
                Uleb128(bytes, ((ulong)groups << 1) | 1);
                for (var g = 0; g < groups; g++)
                {
                    bytes.Add((byte)random.Next(256));
                }

                total += groups * 8;
            }
        }

        return ([.. bytes], total);
    }

    private static void Uleb128(List<byte> bytes, ulong value)
    {
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }
}
