using System.Globalization;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>A maintenance window as one line of text, for an OpenSLO annotation: <c>saturday,sunday 02:00-04:00</c> (no days: every day).</summary>
public static class MaintenanceText
{
    /// <summary>Formats <paramref name="window"/> (its name is the annotation's key).</summary>
    public static string Format(MaintenanceWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var days = new List<string>();
        foreach (var day in window.Weekdays)
        {
            days.Add(SloWords.Of(day));
        }

        var range = Clock(window.Start) + "-" + Clock(window.End);
        return days.Count == 0 ? range : string.Join(",", days) + " " + range;
    }

    /// <summary>Parses text written by <see cref="Format"/>; null when it is not in that form.</summary>
    public static MaintenanceWindow? Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 2)
        {
            return null;
        }

        var days = new List<DayOfWeek>();
        if (parts.Length == 2)
        {
            foreach (var word in parts[0].Split(','))
            {
                var match = SloWords.Weekdays.FirstOrDefault(p => p.Key == word);
                if (match.Key is null)
                {
                    return null;
                }

                days.Add(match.Value);
            }
        }

        var range = parts[^1].Split('-');
        return range.Length == 2 && TryClock(range[0], out var start) && TryClock(range[1], out var end)
            ? new MaintenanceWindow(name, days, start, end)
            : null;
    }

    private static string Clock(TimeSpan time) =>
        ((int)time.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);

    private static bool TryClock(string text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes >= 60 || hours > 24 || (hours == 24 && minutes > 0))
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0);
        return true;
    }
}
