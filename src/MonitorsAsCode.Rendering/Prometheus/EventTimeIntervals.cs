using System.Globalization;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Events;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>
/// The Alertmanager time intervals of <c>suppress</c> events. Alertmanager's intervals recur (by year, month, day of
/// month and time of day, in UTC here), so a one-off span is written as the exact days it covers: a part of its first
/// day, the whole days grouped by month (<c>days_of_month: ["1:14"]</c>), and a part of its last day. Times are to the
/// minute: the start is rounded down and the end up, so the mute never starts late or ends early.
/// </summary>
internal static class EventTimeIntervals
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>The interval's name: <c>event:</c> and the event's id, apart from maintenance windows' names.</summary>
    public static string Name(KnownEventDefinition known) => "event:" + known.Id;

    /// <summary>The suppressing events of <paramref name="definitions"/> (valid ones, with an end after the start), in declaration order.</summary>
    public static IReadOnlyList<KnownEventDefinition> Suppressing(DefinitionSet definitions)
    {
        var found = new List<KnownEventDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var known in definitions.Events)
        {
            if (known.Effect == EventEffect.Suppress && known.To > known.From && seen.Add(known.Id))
            {
                found.Add(known);
            }
        }

        return found;
    }

    /// <summary>The <c>time_intervals</c> entry of one event.</summary>
    public static YamlValue.Mapping Of(KnownEventDefinition known)
    {
        var ranges = new YamlValue.Sequence();
        var start = Minute(known.From.ToUniversalTime(), roundUp: false);
        var end = Minute(known.To.ToUniversalTime(), roundUp: true);
        var cursor = start;
        while (cursor < end)
        {
            var day = new DateTimeOffset(cursor.Year, cursor.Month, cursor.Day, 0, 0, 0, TimeSpan.Zero);
            var nextDay = day.AddDays(1);
            if (cursor != day || end < nextDay)
            {
                var until = end < nextDay ? end : nextDay;
                ranges.Add(Days(day, day).Add("times", new YamlValue.Sequence().Add(new YamlValue.Mapping()
                    .Add("start_time", YamlValue.Quoted(Clock(cursor - day)))
                    .Add("end_time", YamlValue.Quoted(Clock(until - day))))));
                cursor = until;
                continue;
            }

            var nextMonth = new DateTimeOffset(day.Year, day.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
            var lastWholeDayEnd = new DateTimeOffset(end.Year, end.Month, end.Day, 0, 0, 0, TimeSpan.Zero);
            var runEnd = lastWholeDayEnd < nextMonth ? lastWholeDayEnd : nextMonth;
            ranges.Add(Days(day, runEnd.AddDays(-1)));
            cursor = runEnd;
        }

        return new YamlValue.Mapping().Add("name", Name(known)).Add("time_intervals", ranges);
    }

    /// <summary>Whole days from <paramref name="first"/> to <paramref name="last"/>, both in one month.</summary>
    private static YamlValue.Mapping Days(DateTimeOffset first, DateTimeOffset last)
    {
        var days = first.Day == last.Day ? Number(first.Day) : Number(first.Day) + ":" + Number(last.Day);
        return new YamlValue.Mapping()
            .Add("years", new YamlValue.Sequence().Add(YamlValue.Quoted(first.Year.ToString(CultureInfo.InvariantCulture))))
            .Add("months", new YamlValue.Sequence().Add(Months[first.Month - 1]))
            .Add("days_of_month", new YamlValue.Sequence().Add(YamlValue.Quoted(days)));
    }

    private static DateTimeOffset Minute(DateTimeOffset instant, bool roundUp)
    {
        var floor = new DateTimeOffset(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        return roundUp && floor != instant ? floor.AddMinutes(1) : floor;
    }

    private static string Clock(TimeSpan time) =>
        ((int)time.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
