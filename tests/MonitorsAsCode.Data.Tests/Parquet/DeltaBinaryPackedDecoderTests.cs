using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Encodings.md's DELTA_BINARY_PACKED examples, encoded by hand: header (block size 128, 4
/// miniblocks, value count, zigzag first value), then per block a zigzag minimum delta, four bit
/// widths and the packed deltas above the minimum.
/// </summary>
public sealed class DeltaBinaryPackedDecoderTests
{
    [Fact]
    public void Constant_deltas_need_no_packed_bits()
    {
        // 1, 2, 3, 4, 5: first value 1, minimum delta 1, all bit widths 0.
        byte[] data = [0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00];

        var (values, consumed) = Decode(data, 5);

        values.Should().Equal(1, 2, 3, 4, 5);
        consumed.Should().Be(data.Length);
    }

    [Fact]
    public void Deltas_above_the_minimum_are_bit_packed()
    {
        // 7, 5, 3, 1, 2, 3, 4, 5: deltas -2 -2 -2 1 1 1 1, minimum -2, so 0 0 0 3 3 3 3 at width 2 in a 32-value miniblock of 8 bytes.
        byte[] data = [0x80, 0x01, 0x04, 0x08, 0x0E, 0x03, 0x02, 0x00, 0x00, 0x00, 0xC0, 0x3F, 0, 0, 0, 0, 0, 0, 0xEE];

        var (values, consumed) = Decode(data, 8);

        values.Should().Equal(7, 5, 3, 1, 2, 3, 4, 5);
        consumed.Should().Be(18, "the byte after the last miniblock is not part of the encoding");
    }

    [Fact]
    public void Arithmetic_wraps_as_the_encoder_s_does()
    {
        // long.MaxValue, then a delta of +1 wraps to long.MinValue (minimum delta 1, widths 0).
        byte[] data = [0x80, 0x01, 0x04, 0x02, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x02, 0x00, 0x00, 0x00, 0x00];

        Decode(data, 2).Values.Should().Equal(long.MaxValue, long.MinValue);
    }

    [Fact]
    public void Count_other_than_expected_is_corrupt()
    {
        byte[] data = [0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00];

        var decode = () => Decode(data, 4);

        decode.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("holds 5 values where at most 4");
    }

    [Fact]
    public void Invalid_block_size_is_corrupt()
    {
        var decode = () => Decode([0x40, 0x04, 0x01, 0x02], 1);

        decode.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("block size 64");
    }

    [Fact]
    public void Miniblock_cut_short_is_corrupt()
    {
        byte[] data = [0x80, 0x01, 0x04, 0x08, 0x0E, 0x03, 0x02, 0x00, 0x00, 0x00, 0xC0];

        var decode = () => Decode(data, 8);

        decode.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("inside a miniblock");
    }

    private static (long[] Values, int Consumed) Decode(byte[] data, int count)
    {
        var decoder = new DeltaBinaryPackedDecoder(data);
        var values = new long[count];
        decoder.Decode(values);
        return (values[..decoder.TotalCount], decoder.Position);
    }
}
