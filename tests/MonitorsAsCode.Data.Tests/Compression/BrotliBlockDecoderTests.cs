using System.Buffers;
using System.Text;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>
/// A Brotli stream written by hand from RFC 7932, bits least significant first: WBITS = 16 (one 0 bit),
/// a meta-block (ISLAST 0, MNIBBLES 4, MLEN - 1 = 4 in 16 bits, ISUNCOMPRESSED 1, padding), the 5 raw
/// bytes, then an empty last meta-block (ISLAST 1, ISLASTEMPTY 1).
/// </summary>
public sealed class BrotliBlockDecoderTests
{
    private static readonly byte[] Hello = [0x40, 0x00, 0x10, .. "hello"u8, 0x03];

    [Fact]
    public void Uncompressed_meta_block_decompresses()
    {
        var output = new ArrayBufferWriter<byte>();

        BrotliBlockDecoder.Decompress(Hello, 5, output);

        Encoding.ASCII.GetString(output.WrittenSpan).Should().Be("hello");
    }

    [Fact]
    public void Output_grows_in_steps_until_the_expected_length()
    {
        var output = new ArrayBufferWriter<byte>(1);

        BrotliBlockDecoder.Decompress(Hello, 5, output);

        output.WrittenCount.Should().Be(5);
    }

    [Fact]
    public void More_output_than_expected_is_invalid_data()
    {
        var decompress = () => BrotliBlockDecoder.Decompress(Hello, 4, new ArrayBufferWriter<byte>());

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("more than the 4 bytes");
    }

    [Fact]
    public void Less_output_than_expected_is_invalid_data()
    {
        var decompress = () => BrotliBlockDecoder.Decompress(Hello, 6, new ArrayBufferWriter<byte>());

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("produced 5 of 6");
    }

    [Fact]
    public void Truncated_stream_is_invalid_data()
    {
        var decompress = () => BrotliBlockDecoder.Decompress(Hello[..6], 5, new ArrayBufferWriter<byte>());

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("ends early");
    }

    [Fact]
    public void A_huge_declared_size_allocates_only_what_is_produced()
    {
        var output = new ArrayBufferWriter<byte>();

        var decompress = () => BrotliBlockDecoder.Decompress(Hello, int.MaxValue - 1, output);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("produced 5 of");
        output.Capacity.Should().BeLessThan(1 << 20);
    }
}
