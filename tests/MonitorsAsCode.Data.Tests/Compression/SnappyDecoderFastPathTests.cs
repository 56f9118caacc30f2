using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>
/// The decoder moves short literals 16 bytes and copies 8 bytes at a time when the buffers have room past
/// the element. Seeded random streams of literals and copies (every offset from 1, overlapping or not, near
/// the end of the output or far from it) must decode exactly as a byte-at-a-time reading of the format does.
/// </summary>
public sealed class SnappyDecoderFastPathTests
{
    [Fact]
    public void Random_streams_decode_as_the_byte_by_byte_reading_of_the_format()
    {
        var random = new Random(20_261_122);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var (stream, expected) = RandomStream(random);
            var output = new byte[expected.Length];

            SnappyDecoder.DecompressOwn(stream, output);

            output.Should().Equal(expected, $"trial {trial}");
        }
    }

    [Fact]
    public void A_prefix_decodes_to_the_same_bytes_as_the_whole_and_stops_early()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 500; trial++)
        {
            var (stream, expected) = RandomStream(random);
            var prefix = random.Next(expected.Length + 1);
            var output = new byte[expected.Length];

            var written = SnappyDecoder.DecompressPrefix(stream, output, prefix);

            written.Should().BeGreaterThanOrEqualTo(prefix).And.BeLessThanOrEqualTo(expected.Length);
            output.AsSpan(0, written).ToArray().Should().Equal(expected.AsSpan(0, written).ToArray(), $"trial {trial}");
            if (prefix < expected.Length)
            {
                written.Should().BeLessThan(prefix + 130, "decoding stops at the end of the element that reaches the prefix");
            }
        }
    }

    /// <summary>Builds a stream element by element, computing the expected output one byte at a time alongside.</summary>
    private static (byte[] Stream, byte[] Expected) RandomStream(Random random)
    {
        var elements = new List<byte>();
        var output = new List<byte>();
        var count = 1 + random.Next(30);
        for (var e = 0; e < count; e++)
        {
            if (output.Count == 0 || random.Next(3) == 0)
            {
                var length = random.Next(4) == 0 ? 17 + random.Next(100) : 1 + random.Next(16);
                if (length <= 60)
                {
                    elements.Add((byte)((length - 1) << 2));
                }
                else
                {
                    elements.Add(60 << 2);
                    elements.Add((byte)(length - 1));
                }

                for (var i = 0; i < length; i++)
                {
                    var value = (byte)random.Next(256);
                    elements.Add(value);
                    output.Add(value);
                }
            }
            else
            {
                var offset = 1 + random.Next(Math.Min(output.Count, random.Next(2) == 0 ? 16 : 2048));
                var length = 1 + random.Next(64);

                // A copy with a 2-byte offset: tag (length - 1) << 2 | 2.
                elements.Add((byte)(((length - 1) << 2) | 2));
                elements.Add((byte)(offset & 0xFF));
                elements.Add((byte)(offset >> 8));
                for (var i = 0; i < length; i++)
                {
                    output.Add(output[output.Count - offset]);
                }
            }
        }

        var preamble = new List<byte>();
        for (var value = (uint)output.Count; ; value >>= 7)
        {
            preamble.Add((byte)(value < 0x80 ? value : (value & 0x7F) | 0x80));
            if (value < 0x80)
            {
                break;
            }
        }

        return ([.. preamble, .. elements], [.. output]);
    }
}
