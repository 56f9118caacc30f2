using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

public sealed class ByteStreamSplitDecoderTests
{
    [Fact]
    public void Stream_k_holds_byte_k_of_every_value()
    {
        float[] values = [1.5f, -2.25f, 1e30f];
        var plain = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        var split = new byte[plain.Length];
        for (var i = 0; i < values.Length; i++)
        {
            for (var k = 0; k < 4; k++)
            {
                split[(k * values.Length) + i] = plain[(i * 4) + k];
            }
        }

        var output = new byte[plain.Length];
        ByteStreamSplitDecoder.Decode(split, 4, values.Length, output);

        output.Should().Equal(plain);
    }

    [Fact]
    public void Too_few_bytes_are_corrupt()
    {
        var decode = () => ByteStreamSplitDecoder.Decode(new byte[7], 4, 2, new byte[8]);

        decode.Should().Throw<ParquetFormatException>();
    }
}
