using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>
/// A reference read relative to the window being judged, from the same source as the current snapshot (its
/// partitions, by the dataset's <c>event_time</c> column): <c>reference: { window: 28d, offset: 7d }</c> is the 28 days
/// ending 7 days before the judged window starts; <c>reference: { seasonal: same-weekday, weeks: 4 }</c> is the same
/// window one, two, three and four weeks earlier.
/// </summary>
public sealed record ReferenceWindow(ReferenceWindowKind Kind, TimeSpan Window, TimeSpan Offset, int Weeks)
{
    /// <summary>The most weeks a seasonal reference may reach back.</summary>
    public const int MaxWeeks = 520;

    /// <summary><paramref name="window"/> of time ending <paramref name="offset"/> before the judged window starts.</summary>
    public static ReferenceWindow Trailing(TimeSpan window, TimeSpan offset) => new(ReferenceWindowKind.Trailing, window, offset, 0);

    /// <summary>The judged window's own hours on the same weekday of each of the last <paramref name="weeks"/> weeks.</summary>
    public static ReferenceWindow SameWeekday(int weeks) => new(ReferenceWindowKind.SameWeekday, TimeSpan.Zero, TimeSpan.Zero, weeks);

    /// <summary>The stretches of time the reference reads for the judged window <c>[from, to)</c>, earliest first.</summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> For(DateTimeOffset from, DateTimeOffset to)
    {
        var spans = new List<(DateTimeOffset From, DateTimeOffset To)>();
        if (Kind == ReferenceWindowKind.Trailing)
        {
            var end = Before(from, Offset);
            spans.Add((Before(end, Window), end));
            return spans;
        }

        for (var week = Weeks; week >= 1; week--)
        {
            var shift = TimeSpan.FromDays(7 * week);
            spans.Add((Before(from, shift), Before(to, shift)));
        }

        return spans;
    }

    /// <summary><paramref name="instant"/> less <paramref name="span"/>, or the first instant there is when that is earlier (a window near year 1).</summary>
    private static DateTimeOffset Before(DateTimeOffset instant, TimeSpan span) =>
        instant.UtcTicks - DateTimeOffset.MinValue.UtcTicks < span.Ticks ? DateTimeOffset.MinValue : instant - span;

    /// <summary>The reference in words, for evidence and pages: <c>the 28d ending 7d before the window</c>.</summary>
    public string Describe() => Kind == ReferenceWindowKind.Trailing
        ? string.Format(CultureInfo.InvariantCulture, "the {0} ending {1} before the window", DurationText.Format(Window.TotalSeconds), Offset == TimeSpan.Zero ? "right" : DurationText.Format(Offset.TotalSeconds))
        : string.Format(CultureInfo.InvariantCulture, "the same weekday window of the last {0} week{1}", Weeks, Weeks == 1 ? string.Empty : "s");
}
