using System.Text;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>Bytes written by hand from Snappy's format_description.txt, and round trips through the decoder.</summary>
public sealed class SnappyEncoderTests
{
    [Fact]
    public void Short_input_is_its_length_and_one_literal()
    {
        // varint 3, literal tag (3 - 1) << 2, then the bytes.
        SnappyEncoder.Compress("abc"u8).Should().Equal(0x03, 0x08, (byte)'a', (byte)'b', (byte)'c');
    }

    [Fact]
    public void Repetition_becomes_a_copy_with_a_two_byte_offset()
    {
        // "abcd" literal, then 12 bytes copied from offset 4: tag (12 - 1) << 2 | 2, offset 4 little-endian.
        SnappyEncoder.Compress("abcdabcdabcdabcd"u8).Should().Equal(0x10, 0x0C, (byte)'a', (byte)'b', (byte)'c', (byte)'d', 0x2E, 0x04, 0x00);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 100)]
    [InlineData(2, 70_000)]
    [InlineData(3, 300_000)]
    public void Seeded_text_and_noise_decompress_to_themselves(int seed, int length)
    {
        var random = new Random(seed);
        var words = new[] { "fraud", "score", "card_present", "wallet", "2026-11-", "0.0", "tx-5000" };
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(random.Next(4) == 0 ? ((char)random.Next(33, 127)).ToString() : words[random.Next(words.Length)]);
        }

        var source = Encoding.UTF8.GetBytes(text.ToString()[..length]);
        var noise = new byte[length / 3];
        random.NextBytes(noise);
        source = [.. source, .. noise];

        var compressed = SnappyEncoder.Compress(source);
        var restored = new byte[SnappyDecoder.GetUncompressedLength(compressed)];
        SnappyDecoder.Decompress(compressed, restored);

        restored.Should().Equal(source);
        if (length > 1000)
        {
            compressed.Length.Should().BeLessThan(source.Length);
        }
    }
}
