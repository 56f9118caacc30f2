using System.Globalization;

namespace MonitorsAsCode.Data.Windows;

/// <summary>
/// The day a Hive-style partition path names: a folder <c>date=2026-08-01</c> (or <c>dt=</c>, <c>day=</c>,
/// <c>event_date=</c>; keys in any case) anywhere in the path holds the events of that UTC day, so a windowed read
/// skips the folder's files when the day lies outside the window without opening them.
/// </summary>
public static class HivePartition
{
    private static readonly string[] DayKeys = ["date", "dt", "day", "event_date"];

    /// <summary>Whether <paramref name="segment"/> is a Hive partition folder name, <c>key=value</c>.</summary>
    public static bool IsPartitionFolder(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var equals = segment.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < segment.Length - 1;
    }

    /// <summary>The UTC day <c>[start, start + 1 day)</c> the path's innermost day partition names, or null when it names none.</summary>
    public static (DateTimeOffset From, DateTimeOffset To)? DayOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            var segment = segments[i];
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !DayKeys.Contains(segment[..equals], StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (DateTime.TryParseExact(segment[(equals + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
            {
                var start = new DateTimeOffset(DateTime.SpecifyKind(day, DateTimeKind.Utc));
                return (start, start.AddDays(1));
            }
        }

        return null;
    }
}
