using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>Check values as zlib's crc32 gives them (Python: <c>zlib.crc32(b"...")</c>).</summary>
public sealed class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("hello", 0x3610A686u)]
    [InlineData("world", 0x3A771143u)]
    public void Checksum_matches_zlib(string text, uint expected)
    {
        Crc32.Compute(System.Text.Encoding.ASCII.GetBytes(text)).Should().Be(expected);
    }

    [Fact]
    public void Eight_byte_steps_agree_with_byte_steps()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();

        // Computing over a suffix that starts mid-way exercises both loops at other alignments.
        for (var start = 0; start < 9; start++)
        {
            Crc32.Compute(data.AsSpan(start)).Should().Be(ByteAtATime(data.AsSpan(start)));
        }
    }

    private static uint ByteAtATime(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
