using System.Globalization;

namespace MonitorsAsCode.Data.Columns;

/// <summary>
/// Writes microseconds since the Unix epoch as ISO 8601 UTC text over the whole int64 range: years
/// 0001 to 9999 as <c>yyyy-MM-ddTHH:mm:ss.FFFFFFZ</c>, others in the standard's expanded form with
/// a sign and at least six year digits (<c>+290000-12-30T23:00:00Z</c>), proleptic Gregorian.
/// </summary>
public static class TimestampText
{
    private const long MicrosecondsPerDay = 86_400_000_000;

    // 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in microseconds since 1970.
    private const long FirstOrdinaryYear = -62_135_596_800_000_000;
    private const long PastOrdinaryYears = 253_402_300_800_000_000;

    /// <summary>Microseconds since 1970-01-01T00:00:00Z as ISO 8601 UTC text, to the microsecond (trailing zeros dropped).</summary>
    public static string Format(long microseconds)
    {
        if (microseconds is >= FirstOrdinaryYear and < PastOrdinaryYears)
        {
            return DateTime.UnixEpoch.AddTicks(microseconds * 10).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);
        }

        var days = Math.DivRem(microseconds, MicrosecondsPerDay, out var timeOfDay);
        if (timeOfDay < 0)
        {
            days--;
            timeOfDay += MicrosecondsPerDay;
        }

        var (year, month, day) = CivilFromDays(days);
        var time = new TimeOnly(timeOfDay * 10).ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        var sign = year < 0 ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(year):D6}-{month:D2}-{day:D2}T{time}Z");
    }

    /// <summary>Microseconds since the epoch as ISO 8601 UTC text to the second (<c>2026-11-16T00:00:00Z</c>), as reports print instants.</summary>
    public static string FormatSeconds(long microseconds)
    {
        var seconds = Math.DivRem(microseconds, 1_000_000, out var rest);
        if (rest < 0 && seconds > (long.MinValue / 1_000_000) + 1)
        {
            seconds--;
        }

        return Format(seconds * 1_000_000);
    }

    /// <summary>
    /// The instant, or null when it lies outside the years 0001 to 9999 that <see cref="DateTimeOffset"/> holds.
    /// </summary>
    public static DateTimeOffset? ToInstant(long microseconds) =>
        microseconds is >= FirstOrdinaryYear and < PastOrdinaryYears ? DateTimeOffset.UnixEpoch.AddTicks(microseconds * 10) : null;

    /// <summary>A day count since 1970-01-01 as <c>yyyy-MM-dd</c>, with the expanded year form outside years 0001 to 9999.</summary>
    public static string FormatDate(long days)
    {
        var (year, month, day) = CivilFromDays(days);
        return year is >= 1 and <= 9999
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{(year < 0 ? "-" : "+")}{Math.Abs(year):D6}-{month:D2}-{day:D2}");
    }

    /// <summary>Year (astronomical: 0 is 1 BC), month and day of a day count since 1970-01-01, by 400-year eras.</summary>
    private static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719_468;
        var era = (days >= 0 ? days : days - 146_096) / 146_097;
        var dayOfEra = days - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1);
        var month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }
}
