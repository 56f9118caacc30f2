using System.Globalization;

namespace MonitorsAsCode.Data.Tests.Snapshots;

/// <summary>Expected values computed with the BCL's own date types, independently of the readers' parsers.</summary>
internal static class UnixTime
{
    public static long Microseconds(string roundTrip) =>
        (DateTimeOffset.Parse(roundTrip, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static int Days(int year, int month, int day) =>
        new DateOnly(year, month, day).DayNumber - new DateOnly(1970, 1, 1).DayNumber;
}
