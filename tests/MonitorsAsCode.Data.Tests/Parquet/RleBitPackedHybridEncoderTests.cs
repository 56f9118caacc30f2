using System.Buffers;
using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>Expected bytes written by hand from Parquet's Encodings.md (RLE/bit-packed hybrid), and round trips through the decoder.</summary>
public sealed class RleBitPackedHybridEncoderTests
{
    [Fact]
    public void Eight_or_more_equal_values_are_one_rle_run()
    {
        // Header 10 << 1 (RLE), value 5 in one byte.
        Encode(Enumerable.Repeat(5, 10).ToArray(), 3).Should().Equal(0x14, 0x05);
    }

    [Fact]
    public void Mixed_values_are_bit_packed_as_in_the_specification_example()
    {
        // Encodings.md: 0..7 at bit width 3 are 10001000 11000110 11111010; header 1 << 1 | 1.
        Encode([0, 1, 2, 3, 4, 5, 6, 7], 3).Should().Equal(0x03, 0x88, 0xC6, 0xFA);
    }

    [Fact]
    public void Short_tail_is_one_group_padded_with_zeros()
    {
        // 1, 0, 1 at bit width 1: one group, bits 101 then zeros.
        Encode([1, 0, 1], 1).Should().Equal(0x03, 0x05);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(17, 3)]
    [InlineData(20, 4)]
    public void Seeded_random_runs_and_noise_decode_to_themselves(int bitWidth, int seed)
    {
        var random = new Random(seed);
        var values = new List<int>();
        while (values.Count < 5_000)
        {
            var value = random.Next(1 << bitWidth);
            values.AddRange(Enumerable.Repeat(value, random.Next(2) == 0 ? 1 : random.Next(1, 40)));
        }

        var encoded = Encode([.. values], bitWidth);
        var decoded = new int[values.Count];
        new RleBitPackedHybridDecoder(encoded, bitWidth).Decode(decoded);

        decoded.Should().Equal(values);
    }

    private static byte[] Encode(int[] values, int bitWidth)
    {
        var output = new ArrayBufferWriter<byte>();
        RleBitPackedHybridEncoder.Encode(values, bitWidth, output);
        return output.WrittenSpan.ToArray();
    }
}
