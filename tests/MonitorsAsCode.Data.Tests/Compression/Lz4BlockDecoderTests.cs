using System.Text;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>Blocks written by hand from lz4_Block_format.md: token (literals &lt;&lt; 4 | match - 4), literals, offset.</summary>
public sealed class Lz4BlockDecoderTests
{
    // "abc", then a match of 9 at offset 3, then the last literals "XYZ".
    private static readonly byte[] Block = [0x35, .. "abc"u8, 0x03, 0x00, 0x30, .. "XYZ"u8];

    [Fact]
    public void Literals_and_overlapping_matches_decompress()
    {
        var output = new byte[15];

        Lz4BlockDecoder.Decompress(Block, output);

        Encoding.ASCII.GetString(output).Should().Be("abcabcabcabcXYZ");
    }

    [Fact]
    public void Lengths_of_15_and_more_continue_in_extra_bytes()
    {
        // 20 literals (15 + 5), then a match of 300 at offset 1 (4 + 15 + 255 + 26), then an empty last sequence.
        byte[] block = [0xFF, 0x05, .. Enumerable.Repeat((byte)'a', 20), 0x01, 0x00, 0xFF, 0x1A, 0x00];
        var output = new byte[320];

        Lz4BlockDecoder.Decompress(block, output);

        output.Should().OnlyContain(b => b == (byte)'a');
    }

    [Fact]
    public void Hadoop_frames_are_decompressed_one_after_the_other()
    {
        byte[] frame = [0, 0, 0, 15, 0, 0, 0, (byte)Block.Length, .. Block];
        var output = new byte[30];

        Lz4BlockDecoder.DecompressHadoopOrRaw([.. frame, .. frame], output);

        Encoding.ASCII.GetString(output).Should().Be("abcabcabcabcXYZabcabcabcabcXYZ");
    }

    [Fact]
    public void A_raw_block_under_the_old_codec_id_falls_back_from_hadoop_framing()
    {
        var output = new byte[15];

        Lz4BlockDecoder.DecompressHadoopOrRaw(Block, output);

        Encoding.ASCII.GetString(output).Should().Be("abcabcabcabcXYZ");
    }

    [Theory]
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x00, 0x00, 0x30, 0x58, 0x59, 0x5A }, "offset 0")]
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x04, 0x00, 0x30, 0x58, 0x59, 0x5A }, "offset 4 with only 3")]
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x03, 0x00 }, "ends before its last sequence")]
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x03 }, "ends inside a match offset")]
    [InlineData(new byte[] { 0xF0 }, "ends inside a length")]
    public void Corrupt_blocks_are_invalid_data(byte[] block, string reason)
    {
        var decompress = () => Lz4BlockDecoder.Decompress(block, new byte[15]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(reason);
    }

    [Fact]
    public void Block_of_another_length_is_invalid_data()
    {
        var decompress = () => Lz4BlockDecoder.Decompress(Block, new byte[16]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("produced 15 of 16");
    }
}
