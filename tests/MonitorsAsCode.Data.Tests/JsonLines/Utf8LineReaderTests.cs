using System.Text;
using MonitorsAsCode.Data.JsonLines;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Tests.JsonLines;

public sealed class Utf8LineReaderTests
{
    [Fact]
    public void A_line_longer_than_the_limit_stops_reading_at_the_limit()
    {
        const int Limit = 1024 * 1024;
        var input = new EndlessLine();
        var reader = new Utf8LineReader(input, "huge.jsonl", Limit);

        var read = () => reader.TryReadLine(out _);

        var error = read.Should().Throw<SnapshotReadException>().Which;
        error.Message.Should().Be("huge.jsonl, line 1: the line is longer than 1 MiB, the longest a JSON Lines snapshot may have; is it JSON Lines at all?");
        input.BytesRead.Should().BeLessThanOrEqualTo(Limit + 1);
    }

    [Fact]
    public void A_line_of_the_limit_is_read_and_a_longer_one_after_it_is_refused_with_its_line()
    {
        var text = new string('a', 10) + "\n" + new string('b', 11) + "\n";
        var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "lines.jsonl", maxLineBytes: 10);

        reader.TryReadLine(out var first).Should().BeTrue();
        first.Length.Should().Be(10);
        var second = () => reader.TryReadLine(out _);

        second.Should().Throw<SnapshotReadException>().Which.Line.Should().Be(2);
    }

    [Fact]
    public void An_unterminated_last_line_longer_than_the_limit_is_refused()
    {
        var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 11))), "lines.jsonl", maxLineBytes: 10);

        var read = () => reader.TryReadLine(out _);

        read.Should().Throw<SnapshotReadException>().Which.Line.Should().Be(1);
    }

    /// <summary>A stream of 'a' without end or line break, counting what was read from it.</summary>
    private sealed class EndlessLine : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
