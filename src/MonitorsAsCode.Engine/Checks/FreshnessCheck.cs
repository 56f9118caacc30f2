using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>The age, in seconds, of the newest event time in the current snapshot at the run's as-of instant.</summary>
public sealed class FreshnessCheck : MonitorCheck
{
    private const long MicrosecondsPerDay = 86_400_000_000;

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Freshness;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var column = context.CurrentColumn();

        // In microseconds since the epoch, so an event time beyond what DateTimeOffset holds (a Parquet
        // timestamp in year 290000, say) is measured and reported rather than overflowing. Events after the
        // as-of instant cannot show how fresh the data is: one far-future sentinel row would otherwise hide a
        // stale feed. They are left out of the age and counted in the evidence.
        Int128 asOfMicroseconds = (context.AsOf.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        Int128? newest = null;
        Int128? latestFuture = null;
        var future = 0L;
        switch (column)
        {
            case TimestampColumn timestamps:
                for (var i = 0; i < timestamps.Length; i++)
                {
                    if (timestamps.Valid[i])
                    {
                        Count(timestamps.Microseconds[i], timestamps.Microseconds[i]);
                    }
                }

                break;

            case DateColumn dates:
                // A date's events may run until the end of that day, so its age is counted from the next
                // midnight; a date is after the as-of instant only when its day starts after it.
                for (var i = 0; i < dates.Length; i++)
                {
                    if (dates.Valid[i])
                    {
                        Int128 start = (Int128)dates.Days[i] * MicrosecondsPerDay;
                        Count(start, start + MicrosecondsPerDay);
                    }
                }

                break;

            default:
                throw new CheckException($"column '{column.Name}' is not a timestamp or date column");
        }

        var leftOut = future == 0
            ? string.Empty
            : $"{ValueFormat.Count(future)} event(s) after the as-of instant, the latest {Text(latestFuture!.Value)}";
        if (newest is not { } latest)
        {
            throw new CheckException(future == 0
                ? $"column '{column.Name}' has no event times: every row is null"
                : $"column '{column.Name}' has no event time at or before {ValueFormat.Instant(context.AsOf)}: {leftOut}; check the clock of the producer or --as-of");
        }

        // Only a date whose day holds the as-of instant ends after it: its events may still come, so it is 0 old.
        var age = Math.Max((double)(asOfMicroseconds - latest) / 1e6, 0);
        var asOf = context.AsOfSource switch
        {
            AsOfSource.Option => "--as-of",
            AsOfSource.CapturedAt => "the snapshot's captured_at",
            _ => "the clock",
        };
        var summary = $"newest event {Text(latest)} is {ValueFormat.Duration(age)} old at {ValueFormat.Instant(context.AsOf)} (as of {asOf})";
        if (future > 0)
        {
            summary += $"; {leftOut} left out: check the clock of the producer";
        }

        return new Measurement(age, Evidence.Of(summary));

        void Count(Int128 start, Int128 end)
        {
            if (start > asOfMicroseconds)
            {
                future++;
                latestFuture = latestFuture is { } f && f >= end ? f : end;
            }
            else if (newest is not { } n || end > n)
            {
                newest = end;
            }
        }
    }

    /// <summary>An instant in microseconds as reports write it, to the second; past int64 it is clamped (a date's end, never reached).</summary>
    private static string Text(Int128 microseconds) =>
        TimestampText.FormatSeconds((long)Int128.Clamp(microseconds, long.MinValue, long.MaxValue));
}
