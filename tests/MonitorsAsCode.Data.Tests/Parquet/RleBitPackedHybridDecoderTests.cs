using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>Runs written by hand from Parquet's Encodings.md (RLE/bit-packed hybrid).</summary>
public sealed class RleBitPackedHybridDecoderTests
{
    [Fact]
    public void Repeated_run_fills_its_count_with_one_value()
    {
        // Header 10 << 1 (RLE), value 5 in one byte.
        var values = Decode([0x14, 0x05], bitWidth: 3, count: 10);

        values.Should().Equal(Enumerable.Repeat(5, 10));
    }

    [Fact]
    public void Bit_packed_run_is_the_specification_example()
    {
        // Encodings.md: 0..7 at bit width 3 are 10001000 11000110 11111010; header 1 << 1 | 1.
        var values = Decode([0x03, 0x88, 0xC6, 0xFA], bitWidth: 3, count: 8);

        values.Should().Equal(0, 1, 2, 3, 4, 5, 6, 7);
    }

    [Fact]
    public void Runs_follow_one_another_and_a_batch_may_end_inside_a_run()
    {
        byte[] data = [0x06, 0x01, 0x03, 0x88, 0xC6, 0xFA, 0x04, 0x07];
        var decoder = new RleBitPackedHybridDecoder(data, 3);
        var first = new int[5];
        var second = new int[8];

        decoder.Decode(first);
        decoder.Decode(second);

        first.Concat(second).Should().Equal(1, 1, 1, 0, 1, 2, 3, 4, 5, 6, 7, 7, 7);
    }

    [Fact]
    public void Values_of_32_bits_and_a_width_of_zero_decode()
    {
        Decode([0x02, 0xFF, 0xFF, 0xFF, 0x7F], bitWidth: 32, count: 1).Should().Equal(int.MaxValue);
        Decode([0x08], bitWidth: 0, count: 4).Should().Equal(0, 0, 0, 0);
    }

    [Fact]
    public void Running_out_of_runs_is_corrupt()
    {
        var decode = () => Decode([0x14, 0x05], bitWidth: 3, count: 11);

        decode.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("ends before all values");
    }

    [Fact]
    public void Bit_packed_run_cut_short_is_corrupt_only_when_values_are_missing()
    {
        Decode([0x03, 0x88, 0xC6], bitWidth: 3, count: 5).Should().Equal(0, 1, 2, 3, 4);

        var decode = () => Decode([0x03, 0x88, 0xC6], bitWidth: 3, count: 8);

        decode.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("inside a bit-packed run");
    }

    [Fact]
    public void Bit_width_above_32_is_corrupt()
    {
        var decode = () => Decode([0x02, 0x00], bitWidth: 33, count: 1);

        decode.Should().Throw<ParquetFormatException>();
    }

    private static int[] Decode(byte[] data, int bitWidth, int count)
    {
        var values = new int[count];
        new RleBitPackedHybridDecoder(data, bitWidth).Decode(values);
        return values;
    }
}
