using System;
using System.Globalization;
using System.IO;
using System.Text;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// Reads a definitions file (YAML, an OpenSLO file to import) strictly: UTF-8 only, with or without a
/// byte order mark, and at most <see cref="MaxBytes"/> long. A byte that is not UTF-8 is reported as
/// MAC0001 at its line and column rather than read as U+FFFD, so a file mangled by an editor or a
/// hostile pull request never loads as something other than what it holds. docs/limits.md lists the limit.
/// </summary>
public static class DefinitionFileText
{
    /// <summary>The largest definitions file read, in bytes (16 MiB); real ones are a few KiB.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of <paramref name="path"/>; diagnostics name it <paramref name="shownPath"/>. Null, with
    /// <paramref name="problem"/> set, when it is too long or not UTF-8. Errors reading the file at all
    /// (missing, no permission) are thrown as they are.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static string? Read(string path, string shownPath, out DefinitionDiagnostic? problem) =>
        Read(path, shownPath, MaxBytes, out problem);

    /// <summary>As <see cref="Read(string, string, out DefinitionDiagnostic?)"/> with another limit (tests lower it).</summary>
    internal static string? Read(string path, string shownPath, long maxBytes, out DefinitionDiagnostic? problem)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);

        // The length is checked before anything is read, and the read stops one byte past the limit,
        // so neither a huge file nor one that grows while it is read is ever held whole.
        if (stream.Length > maxBytes)
        {
            problem = TooLong(shownPath, stream.Length, maxBytes);
            return null;
        }

        var buffer = new byte[(int)Math.Min(maxBytes + 1, stream.Length + 1)];
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    problem = TooLong(shownPath, length, maxBytes);
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }
        }

        return Decode(buffer, length, shownPath, out problem);
    }

    /// <summary>
    /// The first <paramref name="length"/> bytes of a file named <paramref name="shownPath"/> decoded as
    /// strict UTF-8 without its byte order mark; null, with <paramref name="problem"/> set, when they are not UTF-8.
    /// </summary>
    public static string? Decode(byte[] bytes, int length, string shownPath, out DefinitionDiagnostic? problem)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problem = new DefinitionDiagnostic(
                DefinitionRules.YamlSyntax,
                "this file starts with a UTF-16 byte order mark; definitions must be UTF-8 (save the file as UTF-8)",
                new SourceLocation(shownPath, 1, 1));
            return null;
        }

        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var bad = FirstInvalidByte(bytes, start, length);
        if (bad >= 0)
        {
            problem = NotUtf8(shownPath, bytes, start, bad);
            return null;
        }

        problem = null;
        return Strict.GetString(bytes, start, length - start);
    }

    /// <summary>
    /// The index of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode 15,
    /// table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when there is none.
    /// </summary>
    internal static int FirstInvalidByte(byte[] bytes, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int count;
            byte low = 0x80, high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF)
            {
                count = 1;
            }
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                count = 2;
                if (lead == 0xE0)
                {
                    low = 0xA0;
                }
                else if (lead == 0xED)
                {
                    high = 0x9F;
                }
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                count = 3;
                if (lead == 0xF0)
                {
                    low = 0x90;
                }
                else if (lead == 0xF4)
                {
                    high = 0x8F;
                }
            }
            else
            {
                return i;
            }

            for (var k = 1; k <= count; k++)
            {
                if (i + k >= end)
                {
                    return i;
                }

                var next = bytes[i + k];
                var min = k == 1 ? low : (byte)0x80;
                var max = k == 1 ? high : (byte)0xBF;
                if (next < min || next > max)
                {
                    return i;
                }
            }

            i += count + 1;
        }

        return -1;
    }

    private static DefinitionDiagnostic TooLong(string shownPath, long length, long maxBytes) => new(
        DefinitionRules.YamlSyntax,
        string.Format(
            CultureInfo.InvariantCulture,
            "this file is {0} bytes long, and definitions files of at most {1} bytes ({2} MiB) are read",
            length,
            maxBytes,
            maxBytes / (1024 * 1024)),
        new SourceLocation(shownPath, 1, 1));

    /// <summary>MAC0001 at the line and column (in UTF-16 characters, as YAML positions are counted) of the byte at <paramref name="offset"/>.</summary>
    private static DefinitionDiagnostic NotUtf8(string shownPath, byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && bytes[i + 1] != (byte)'\n'))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Strict.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        return new DefinitionDiagnostic(
            DefinitionRules.YamlSyntax,
            string.Format(CultureInfo.InvariantCulture, "byte 0x{0:X2} is not valid UTF-8; definitions must be UTF-8 (save the file as UTF-8)", bytes[offset]),
            new SourceLocation(shownPath, line, column));
    }
}
