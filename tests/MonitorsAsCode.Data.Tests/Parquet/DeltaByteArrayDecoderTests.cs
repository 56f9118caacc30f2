using System.Text;
using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY, encoded by hand (Encodings.md).</summary>
public sealed class DeltaByteArrayDecoderTests
{
    [Fact]
    public void Lengths_then_concatenated_bytes()
    {
        // Lengths 5, 5 (first 5, minimum delta 0), then "HelloWorld".
        byte[] data = [0x80, 0x01, 0x04, 0x02, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, .. "HelloWorld"u8];
        using var scratch = new DecodeScratch();

        var values = Texts(DeltaLengthByteArrayDecoder.Decode(data, 2, scratch, out var consumed));

        values.Should().Equal("Hello", "World");
        consumed.Should().Be(data.Length);
    }

    [Fact]
    public void Prefixes_are_taken_from_the_previous_value()
    {
        // Encodings.md's example: axis, axle, babble, babyhood; prefix lengths 0 2 0 3, suffixes axis le babble yhood.
        // Prefix lengths: first 0, minimum delta -2, relative 4 0 5 at width 3 (bytes 0x44 0x01), a 12-byte miniblock.
        byte[] prefixes = [0x80, 0x01, 0x04, 0x04, 0x00, 0x03, 0x03, 0x00, 0x00, 0x00, 0x44, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        // Suffix lengths 4 2 6 5: first 4, minimum delta -2, relative 0 6 1 at width 3 (byte 0x70).
        byte[] suffixLengths = [0x80, 0x01, 0x04, 0x04, 0x08, 0x03, 0x03, 0x00, 0x00, 0x00, 0x70, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        using var scratch = new DecodeScratch();

        var values = Texts(DeltaByteArrayDecoder.Decode([.. prefixes, .. suffixLengths, .. "axislebabbleyhood"u8], 4, scratch));

        values.Should().Equal("axis", "axle", "babble", "babyhood");
    }

    [Fact]
    public void Prefix_longer_than_the_previous_value_is_corrupt()
    {
        // Prefix lengths 1 then 0 with a first value of length 0.
        byte[] prefixes = [0x80, 0x01, 0x04, 0x01, 0x02];
        byte[] suffixLengths = [0x80, 0x01, 0x04, 0x01, 0x00];
        using var scratch = new DecodeScratch();

        byte[] data = [.. prefixes, .. suffixLengths];

        var decode = () => DeltaByteArrayDecoder.Decode(data, 1, scratch).Count;

        decode.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("reuses 1 bytes of a previous value of 0");
    }

    private static string[] Texts(ByteArrayValues values)
    {
        var texts = new string[values.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Encoding.ASCII.GetString(values[i]);
        }

        return texts;
    }
}
