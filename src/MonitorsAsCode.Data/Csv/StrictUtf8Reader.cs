using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MonitorsAsCode.Data.Csv;

/// <summary>
/// Decodes a UTF-8 stream (a leading byte order mark skipped) and, unlike <see cref="StreamReader"/>,
/// neither replaces invalid bytes silently nor throws before handing out the text that precedes them:
/// every character before the first invalid byte is returned, and only the read after that throws a
/// <see cref="DecoderFallbackException"/>. A caller that counts lines therefore knows the invalid byte's line.
/// </summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private readonly Stream input;
    private readonly byte[] bytes = new byte[64 * 1024];
    private int start;
    private int end;
    private bool endOfInput;
    private bool startChecked;

    public StrictUtf8Reader(Stream input)
    {
        this.input = input;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            if (start == end && !endOfInput)
            {
                Fill();
                continue;
            }

            var status = Utf8.ToUtf16(bytes.AsSpan(start, end - start), buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: endOfInput);
            start += read;
            if (written > 0)
            {
                return written;
            }

            switch (status)
            {
                case OperationStatus.Done when endOfInput:
                    return 0;
                case OperationStatus.InvalidData:
                    throw new DecoderFallbackException("invalid UTF-8", bytes.AsSpan(start, Math.Min(4, end - start)).ToArray(), start);
                case OperationStatus.DestinationTooSmall:
                    throw new ArgumentException("A buffer of at least two characters is needed to read a character outside the Basic Multilingual Plane.", nameof(buffer));
                default:
                    // Done with more to come, or a character cut by the end of the buffer.
                    Fill();
                    break;
            }
        }
    }

    private void Fill()
    {
        if (start > 0)
        {
            bytes.AsSpan(start, end - start).CopyTo(bytes);
            end -= start;
            start = 0;
        }

        var read = input.Read(bytes, end, bytes.Length - end);
        endOfInput = read == 0;
        end += read;
        if (!startChecked && (end >= 3 || endOfInput))
        {
            startChecked = true;
            if (bytes.AsSpan(0, end).StartsWith("\uFEFF"u8))
            {
                start = 3;
            }
        }
    }
}
