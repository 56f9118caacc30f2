using System.Text;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>
/// Blocks written by K4os's encoder (the decoder is K4os's too, so these test the framing, the length checks and
/// the errors around it), and corrupt blocks written by hand from lz4_Block_format.md.
/// </summary>
public sealed class Lz4BlockDecoderTests
{
    // Literals, overlapping matches and runs longer than 15 (the token's nibble), as a real page would have.
    private static readonly byte[] Text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcabcabcabcXYZ", 20)) + new string('a', 320) + "the end of the page");

    private static readonly byte[] Block = Encode(Text);

    [Fact]
    public void Literals_and_overlapping_matches_decompress()
    {
        Block.Length.Should().BeLessThan(Text.Length / 4, "the text compresses, so it holds matches");
        var output = new byte[Text.Length];

        Lz4BlockDecoder.Decompress(Block, output);

        output.Should().Equal(Text);
    }

    [Fact]
    public void Hadoop_frames_are_decompressed_one_after_the_other()
    {
        byte[] frame = [.. BigEndian(Text.Length), .. BigEndian(Block.Length), .. Block];
        var output = new byte[2 * Text.Length];

        Lz4BlockDecoder.DecompressHadoopOrRaw([.. frame, .. frame], output);

        output.Should().Equal([.. Text, .. Text]);
    }

    [Fact]
    public void A_raw_block_under_the_old_codec_id_falls_back_from_hadoop_framing()
    {
        var output = new byte[Text.Length];

        Lz4BlockDecoder.DecompressHadoopOrRaw(Block, output);

        output.Should().Equal(Text);
    }

    [Fact]
    public void A_truncated_block_is_invalid_data()
    {
        var decompress = () => Lz4BlockDecoder.Decompress(Block.AsSpan(0, Block.Length - 8), new byte[Text.Length]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("LZ4 block ");
    }

    [Theory]
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x00, 0x00, 0x30, 0x58, 0x59, 0x5A })] // match offset 0
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x04, 0x00, 0x30, 0x58, 0x59, 0x5A })] // offset 4 with only 3 bytes written
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x03, 0x00 })] // ends before its last sequence
    [InlineData(new byte[] { 0x35, 0x61, 0x62, 0x63, 0x03 })] // ends inside a match offset
    [InlineData(new byte[] { 0xF0 })] // ends inside a length
    public void Corrupt_blocks_are_invalid_data(byte[] block)
    {
        var decompress = () => Lz4BlockDecoder.Decompress(block, new byte[15]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("LZ4 block ");
    }

    [Fact]
    public void Block_of_another_length_is_invalid_data()
    {
        var decompress = () => Lz4BlockDecoder.Decompress(Block, new byte[Text.Length + 1]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("LZ4 block ");
    }

    private static byte[] Encode(byte[] text)
    {
        var block = new byte[K4os.Compression.LZ4.LZ4Codec.MaximumOutputSize(text.Length)];
        var length = K4os.Compression.LZ4.LZ4Codec.Encode(text, block);
        return block[..length];
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
