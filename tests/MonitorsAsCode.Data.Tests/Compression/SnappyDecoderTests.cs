using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>Streams written by hand from Snappy's format_description.txt: a varint length, then tagged elements.</summary>
public sealed class SnappyDecoderTests
{
    public static TheoryData<byte[], string> Streams => new()
    {
        // Literal of 5 (tag (5-1) << 2).
        { [0x05, 0x10, .. "hello"u8], "hello" },

        // Literal "ab", then a 1-byte-offset copy of 6 at offset 2 (overlapping): tag (6-4) << 2 | 01.
        { [0x08, 0x04, .. "ab"u8, 0x09, 0x02], "abababab" },

        // Literal "abcd", then a 2-byte-offset copy of 8 at offset 4: tag (8-1) << 2 | 10.
        { [0x0C, 0x0C, .. "abcd"u8, 0x1E, 0x04, 0x00], "abcdabcdabcd" },

        // The same with a 4-byte offset: tag (8-1) << 2 | 11.
        { [0x0C, 0x0C, .. "abcd"u8, 0x1F, 0x04, 0x00, 0x00, 0x00], "abcdabcdabcd" },

        // A literal of 70 needs one length byte after the tag (60 << 2), holding 70 - 1.
        { [0x46, 0xF0, 0x45, .. Enumerable.Repeat((byte)'x', 70)], new string('x', 70) },
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Hand_written_streams_decompress(byte[] stream, string expected)
    {
        var output = new byte[SnappyDecoder.GetUncompressedLength(stream)];

        SnappyDecoder.Decompress(stream, output);

        System.Text.Encoding.ASCII.GetString(output).Should().Be(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0x08, 0x04, 0x61, 0x62, 0x09, 0x00 }, "offset 0")]
    [InlineData(new byte[] { 0x08, 0x04, 0x61, 0x62, 0x09, 0x03 }, "offset 3 with only 2 bytes")]
    [InlineData(new byte[] { 0x05, 0x10, 0x68, 0x65 }, "runs past the end")]
    [InlineData(new byte[] { 0x06, 0x10, 0x68, 0x65, 0x6C, 0x6C, 0x6F }, "produced 5 of the 6")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0x7F, 0x00 }, "more than 5 bytes of input can hold")]
    [InlineData(new byte[] { 0x80 }, "no valid length preamble")]
    public void Corrupt_streams_are_invalid_data(byte[] stream, string reason)
    {
        // Our decoder, which decodes page prefixes, names what is wrong.
        var decompressOwn = () =>
        {
            var output = new byte[SnappyDecoder.GetUncompressedLength(stream)];
            SnappyDecoder.DecompressOwn(stream, output);
        };

        decompressOwn.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(reason);

        // Whole pages go through Snappier: the same streams are still refused as corrupt Snappy data.
        var decompress = () =>
        {
            var output = new byte[SnappyDecoder.GetUncompressedLength(stream)];
            SnappyDecoder.Decompress(stream, output);
        };

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("Snappy data ");
    }

    [Fact]
    public void Declared_length_must_match_the_destination()
    {
        var decompress = () => SnappyDecoder.Decompress([0x05, 0x10, .. "hello"u8], new byte[6]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("declares 5 bytes where 6");
    }

    /// <summary>Snappier (a port of Google's compressor, which Parquet.Net uses) compresses; ours must restore every byte.</summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 100)]
    [InlineData(2, 70_000)]
    [InlineData(3, 300_000)]
    public void Seeded_text_and_noise_compressed_by_Snappier_decompress_to_themselves(int seed, int length)
    {
        var random = new Random(seed);
        var words = new[] { "fraud", "score", "card_present", "wallet", "2026-11-", "0.0", "tx-5000" };
        var text = new System.Text.StringBuilder();
        while (text.Length < length)
        {
            text.Append(random.Next(4) == 0 ? ((char)random.Next(33, 127)).ToString() : words[random.Next(words.Length)]);
        }

        var noise = new byte[length / 3];
        random.NextBytes(noise);
        byte[] source = [.. System.Text.Encoding.UTF8.GetBytes(text.ToString()[..length]), .. noise];

        var compressed = Snappier.Snappy.CompressToArray(source);
        var restored = new byte[SnappyDecoder.GetUncompressedLength(compressed)];
        SnappyDecoder.Decompress(compressed, restored);

        restored.Should().Equal(source);
    }
}
