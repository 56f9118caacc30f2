using System;
using System.Globalization;

namespace MonitorsAsCode.Definitions.Events;

/// <summary>
/// The bounds of known events as written and as shown. A bound is an ISO 8601 date or instant (<see cref="IsoInstant"/>);
/// a bare date is midnight UTC when it starts an event, and the next midnight when it ends one, so an event's
/// <c>to:</c> date is its last whole day.
/// </summary>
public static class EventInstant
{
    /// <summary>Reads a bound; <paramref name="isEnd"/> says it is a <c>to:</c>, whose bare date means the end of that day.</summary>
    public static bool TryParse(string text, bool isEnd, out DateTimeOffset instant)
    {
        if (!IsoInstant.TryParse(text, out instant))
        {
            return false;
        }

        if (isEnd && text.Trim().Length == 10)
        {
            // A bare yyyy-MM-dd: the event lasts through that day. The last representable day has no next midnight.
            if (instant > DateTimeOffset.MaxValue.AddDays(-1))
            {
                return false;
            }

            instant = instant.AddDays(1);
        }

        return true;
    }

    /// <summary>The event's span as people read it: <c>2026-10-01 to 2026-10-14</c> for whole days, else both instants in UTC.</summary>
    public static string Span(KnownEventDefinition knownEvent)
    {
        if (knownEvent is null)
        {
            throw new ArgumentNullException(nameof(knownEvent));
        }

        if (IsMidnight(knownEvent.From) && IsMidnight(knownEvent.To))
        {
            return Date(knownEvent.From) + " to " + Date(knownEvent.To.AddDays(-1));
        }

        return Format(knownEvent.From) + " to " + Format(knownEvent.To);
    }

    /// <summary>An instant in UTC, ISO 8601 to the second: <c>2026-10-01T06:00:00Z</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsMidnight(DateTimeOffset instant) => instant.ToUniversalTime().TimeOfDay == TimeSpan.Zero;
}
