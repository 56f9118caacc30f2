using System.Text;
using MonitorsAsCode.Data.Csv;

namespace MonitorsAsCode.Data.Tests.Csv;

public sealed class StrictUtf8ReaderTests
{
    [Fact]
    public void Characters_cut_across_reads_of_the_stream_are_decoded_whole()
    {
        const string Text = "é,日本,🙂\n";
        var reader = new StrictUtf8Reader(new OneByteAtATime(Encoding.UTF8.GetBytes(Text)));

        reader.ReadToEnd().Should().Be(Text);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var reader = new StrictUtf8Reader(new MemoryStream([0xEF, 0xBB, 0xBF, .. "a,b\n"u8]));

        reader.ReadToEnd().Should().Be("a,b\n");
    }

    [Fact]
    public void The_text_before_an_invalid_byte_is_returned_before_the_read_that_fails()
    {
        var reader = new StrictUtf8Reader(new MemoryStream([.. "ab\ncd"u8, 0xFF, .. "ef"u8]));
        var buffer = new char[100];

        var count = reader.Read(buffer, 0, buffer.Length);
        var next = () => reader.Read(buffer, 0, buffer.Length);

        new string(buffer, 0, count).Should().Be("ab\ncd");
        next.Should().Throw<DecoderFallbackException>();
    }

    [Fact]
    public void A_character_cut_short_by_the_end_of_the_file_is_invalid()
    {
        var reader = new StrictUtf8Reader(new MemoryStream([.. "a"u8, 0xE6, 0x97]));

        var read = () => reader.ReadToEnd();

        read.Should().Throw<DecoderFallbackException>();
    }

    /// <summary>Hands out one byte per read, as a slow pipe may.</summary>
    private sealed class OneByteAtATime(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
