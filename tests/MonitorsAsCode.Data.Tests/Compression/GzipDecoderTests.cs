using System.Buffers.Binary;
using System.Text;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>Gzip members written by hand (RFC 1952 header, one stored deflate block per RFC 1951, CRC-32 and size).</summary>
public sealed class GzipDecoderTests
{
    [Fact]
    public void Stored_member_decompresses()
    {
        var output = new byte[5];

        GzipDecoder.Decompress(Member("hello", 0x3610A686), output);

        Encoding.ASCII.GetString(output).Should().Be("hello");
    }

    [Fact]
    public void Concatenated_members_are_all_read()
    {
        var output = new byte[10];

        GzipDecoder.Decompress([.. Member("hello", 0x3610A686), .. Member("world", 0x3A771143)], output);

        Encoding.ASCII.GetString(output).Should().Be("helloworld");
    }

    [Fact]
    public void More_output_than_expected_is_invalid_data()
    {
        var decompress = () => GzipDecoder.Decompress(Member("hello", 0x3610A686), new byte[4]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("more than the 4 bytes");
    }

    [Fact]
    public void Less_output_than_expected_is_invalid_data()
    {
        var decompress = () => GzipDecoder.Decompress(Member("hello", 0x3610A686), new byte[6]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("produced 5 of 6");
    }

    [Fact]
    public void Not_gzip_is_invalid_data()
    {
        var decompress = () => GzipDecoder.Decompress("plain text"u8, new byte[5]);

        decompress.Should().Throw<InvalidDataException>();
    }

    /// <summary>A gzip member holding <paramref name="text"/> in one stored block; <paramref name="crc"/> is its CRC-32.</summary>
    private static byte[] Member(string text, uint crc)
    {
        var data = Encoding.ASCII.GetBytes(text);
        var bytes = new List<byte> { 0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03 };
        bytes.Add(0x01);
        bytes.Add((byte)data.Length);
        bytes.Add(0);
        bytes.Add((byte)~data.Length);
        bytes.Add(0xFF);
        bytes.AddRange(data);
        var trailer = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(4), (uint)data.Length);
        bytes.AddRange(trailer);
        return [.. bytes];
    }
}
