using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.JsonLines;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it. A line is a view into a reused buffer,
/// valid until the next <see cref="TryReadLine"/>; the buffer grows to hold the longest line, up to
/// a limit past which reading stops with an error rather than holding the rest of the file.
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream input;
    private readonly string path;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool endOfInput;

    public Utf8LineReader(Stream input, string path, int maxLineBytes = SnapshotLimits.MaxJsonLineBytes)
    {
        this.input = input;
        this.path = path;
        this.maxLineBytes = maxLineBytes;
        buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
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
            if ((newline >= 0 ? searched + newline : pending.Length) > maxLineBytes)
            {
                throw LineTooLong();
            }

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

    private SnapshotReadException LineTooLong() =>
        new(path, "the line is longer than " + Size(maxLineBytes) + ", the longest a JSON Lines snapshot may have; is it JSON Lines at all?")
        {
            Line = LineNumber + 1,
        };

    private static string Size(int bytes) => bytes % (1024 * 1024) == 0
        ? (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MiB"
        : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes");

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
            // One byte past the limit is enough to know a line is too long.
            Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxLineBytes + 1L));
        }

        var read = input.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfInput = true;
        }

        end += read;
    }
}
