using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Scanning;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>The age, in seconds, of the newest event time in the current snapshot at the run's as-of instant.</summary>
internal sealed class FreshnessCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Freshness;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var name = context.SingleColumn();
        var found = context.Current.Get<NewestEventAccumulator>(Key(context.Monitor));
        if (found.NotTemporal)
        {
            throw new CheckException($"column '{name}' is not a timestamp or date column");
        }

        // In microseconds since the epoch, so an event time beyond what DateTimeOffset holds (a Parquet
        // timestamp in year 290000, say) is measured and reported rather than overflowing. Events after the
        // as-of instant cannot show how fresh the data is: one far-future sentinel row would otherwise hide a
        // stale feed. They are left out of the age and counted in the evidence.
        var asOfMicroseconds = Microseconds(context.AsOf);
        var newest = found.Newest;
        var latestFuture = found.LatestFuture;
        var future = found.Future;
        var leftOut = future == 0 || latestFuture is not { } latestAfter
            ? string.Empty
            : $"{ValueFormat.Count(future)} event(s) after the as-of instant, the latest {Text(latestAfter)}";
        if (newest is not { } latest)
        {
            throw new CheckException(future == 0
                ? $"column '{name}' has no event times: every row is null"
                : $"column '{name}' has no event time at or before {ValueFormat.Instant(context.AsOf)}: {leftOut}; check the clock of the producer or --as-of");
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
    }

    /// <inheritdoc />
    internal override void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf)
    {
        if (monitor.Column is { } column && plan.CanRead(column))
        {
            plan.Add(Key(monitor), new NewestEventAccumulator(column, plan.KindOf(column), Microseconds(asOf)));
        }
    }

    private static Int128 Microseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static string Key(MonitorDefinition monitor) => "freshness:" + monitor.Id;

    /// <summary>An instant in microseconds as reports write it, to the second; past int64 it is clamped (a date's end, never reached).</summary>
    private static string Text(Int128 microseconds) =>
        TimestampText.FormatSeconds((long)Int128.Clamp(microseconds, long.MinValue, long.MaxValue));
}
