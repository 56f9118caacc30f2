using System.Globalization;
using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// Parses the text of one value into the representation of a <see cref="ColumnKind"/>, with the
/// invariant culture and without allocating, for the untyped formats (CSV, JSON Lines strings).
/// </summary>
internal static class InvariantValueParser
{
    private const long MicrosecondsPerSecond = 1_000_000;
    private const long MicrosecondsPerMinute = 60 * MicrosecondsPerSecond;
    private const long MicrosecondsPerHour = 60 * MicrosecondsPerMinute;
    private const long MicrosecondsPerDay = 24 * MicrosecondsPerHour;

    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>A finite number with '.' as the decimal point, or NaN / Infinity / inf with an optional sign (any case).</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var word = text.Trim();
        var negative = false;
        if (word.Length > 0 && (word[0] == '+' || word[0] == '-'))
        {
            negative = word[0] == '-';
            word = word[1..];
        }

        if (word.Equals("inf", StringComparison.OrdinalIgnoreCase) || word.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (word.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>A whole number with an optional leading sign; no decimal point, exponent or group separator.</summary>
    public static bool TryParseInt64(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(
            text,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture,
            out value);

    /// <summary><c>true</c>, <c>false</c> (any case), <c>1</c> or <c>0</c>.</summary>
    public static bool TryParseBool(ReadOnlySpan<char> text, out bool value)
    {
        var word = text.Trim();
        if (word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("1"))
        {
            value = true;
            return true;
        }

        value = false;
        return word.Equals("false", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("0");
    }

    /// <summary>A calendar date written <c>yyyy-MM-dd</c>, as days since 1970-01-01.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out int days)
    {
        var word = text.Trim();
        return TryParseDatePart(word, out days) && word.Length == 10;
    }

    /// <summary>
    /// An ISO 8601 instant, as microseconds since the Unix epoch: <c>yyyy-MM-dd</c> (midnight UTC), or
    /// that followed by <c>T</c> (or a space) and <c>HH:mm</c>, optional <c>:ss</c> and fraction, and an
    /// optional zone <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> or <c>±HH</c>; no zone means UTC. Digits of
    /// the fraction beyond microseconds are truncated.
    /// </summary>
    // Long on purpose: it runs for every timestamp cell of a CSV or JSON Lines snapshot, so it reads the span once,
    // field by field in the order they are written, without calls or allocation.
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, out long microseconds)
    {
        microseconds = 0;
        var word = text.Trim();
        if (!TryParseDatePart(word, out var days))
        {
            return false;
        }

        if (word.Length == 10)
        {
            microseconds = days * MicrosecondsPerDay;
            return true;
        }

        if (word[10] is not ('T' or 't' or ' '))
        {
            return false;
        }

        var i = 11;
        if (!TryReadTwoDigits(word, i, out var hour) || hour > 23 || i + 2 >= word.Length || word[i + 2] != ':')
        {
            return false;
        }

        i += 3;
        if (!TryReadTwoDigits(word, i, out var minute) || minute > 59)
        {
            return false;
        }

        i += 2;
        var second = 0;
        long fraction = 0;
        if (i < word.Length && word[i] == ':')
        {
            if (!TryReadTwoDigits(word, i + 1, out second) || second > 59)
            {
                return false;
            }

            i += 3;
            if (i < word.Length && word[i] is '.' or ',')
            {
                i++;
                var digits = 0;
                while (i < word.Length && char.IsAsciiDigit(word[i]))
                {
                    if (digits < 6)
                    {
                        fraction = (fraction * 10) + (word[i] - '0');
                    }

                    digits++;
                    i++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (; digits < 6; digits++)
                {
                    fraction *= 10;
                }
            }
        }

        var offsetMinutes = 0;
        if (i < word.Length)
        {
            var zone = word[i];
            if (zone is 'Z' or 'z')
            {
                i++;
            }
            else if (zone is '+' or '-')
            {
                if (!TryReadTwoDigits(word, i + 1, out var offsetHours) || offsetHours > 23)
                {
                    return false;
                }

                i += 3;
                var offsetMinute = 0;
                if (i < word.Length)
                {
                    if (word[i] == ':')
                    {
                        i++;
                    }

                    if (!TryReadTwoDigits(word, i, out offsetMinute) || offsetMinute > 59)
                    {
                        return false;
                    }

                    i += 2;
                }

                offsetMinutes = (zone == '-' ? -1 : 1) * ((offsetHours * 60) + offsetMinute);
            }
            else
            {
                return false;
            }
        }

        if (i != word.Length)
        {
            return false;
        }

        microseconds = (days * MicrosecondsPerDay)
            + (hour * MicrosecondsPerHour)
            + (minute * MicrosecondsPerMinute)
            + (second * MicrosecondsPerSecond)
            + fraction
            - (offsetMinutes * MicrosecondsPerMinute);
        return true;
    }

    /// <summary>What a value of <paramref name="kind"/> must look like, for error messages.</summary>
    public static string Expectation(ColumnKind kind) => kind switch
    {
        ColumnKind.Double => "expected a number such as 1.5, -2e-3 or NaN, with '.' as the decimal point",
        ColumnKind.Int64 => "expected a whole number such as 42 or -7, without decimals",
        ColumnKind.Bool => "expected true, false, 1 or 0",
        ColumnKind.String => "expected text",
        ColumnKind.Timestamp => "expected an ISO 8601 timestamp such as 2026-11-14T08:30:00Z or 2026-11-14T10:30:00.250+02:00",
        ColumnKind.Date => "expected a date written yyyy-MM-dd, such as 2026-11-14",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown column kind."),
    };

    // Reads yyyy-MM-dd at the start of text; the caller checks what follows.
    private static bool TryParseDatePart(ReadOnlySpan<char> text, out int days)
    {
        days = 0;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryReadTwoDigits(text, 0, out var century) || !TryReadTwoDigits(text, 2, out var yearOfCentury)
            || !TryReadTwoDigits(text, 5, out var month) || !TryReadTwoDigits(text, 8, out var day))
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        days = new DateOnly(year, month, day).DayNumber - EpochDayNumber;
        return true;
    }

    private static bool TryReadTwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        if (at + 1 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]))
        {
            value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
            return true;
        }

        value = 0;
        return false;
    }
}
