namespace MonitorsAsCode.Data.JsonLines;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it. A line is a view into a reused buffer,
/// valid until the next <see cref="TryReadLine"/>; the buffer grows to hold the longest line.
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream input;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool endOfInput;

    public Utf8LineReader(Stream input)
    {
        this.input = input;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Whether the line last returned ended with a line break (false only for an unterminated last line).</summary>
    public bool LineWasTerminated { get; private set; }

    /// <summary>Reads the next line without its LF or CRLF (and without a leading byte order mark); false at the end.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Finish(pending[..(searched + newline)]);
                start += searched + newline + 1;
                LineWasTerminated = true;
                return true;
            }

            searched = pending.Length;
            if (endOfInput)
            {
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = Finish(pending);
                start = end;
                LineWasTerminated = false;
                return true;
            }

            Fill();
        }
    }

    private ReadOnlySpan<byte> Finish(ReadOnlySpan<byte> line)
    {
        LineNumber++;
        if (LineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = input.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfInput = true;
        }

        end += read;
    }
}
