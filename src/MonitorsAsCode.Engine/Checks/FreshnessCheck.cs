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
        // timestamp in year 290000, say) is measured and reported rather than overflowing.
        Int128? newest = null;
        string newestText;
        switch (column)
        {
            case TimestampColumn timestamps:
                {
                    var max = long.MinValue;
                    for (var i = 0; i < timestamps.Length; i++)
                    {
                        if (timestamps.Valid[i] && timestamps.Microseconds[i] > max)
                        {
                            max = timestamps.Microseconds[i];
                        }
                    }

                    newest = max != long.MinValue ? max : null;
                    newestText = TimestampText.FormatSeconds(max);
                    break;
                }

            case DateColumn dates:
                {
                    var max = int.MinValue;
                    for (var i = 0; i < dates.Length; i++)
                    {
                        if (dates.Valid[i] && dates.Days[i] > max)
                        {
                            max = dates.Days[i];
                        }
                    }

                    // A date's events may run until the end of that day, so its age is counted from the next midnight.
                    newest = max != int.MinValue ? ((Int128)max + 1) * MicrosecondsPerDay : null;
                    newestText = TimestampText.FormatDate((long)max + 1) + "T00:00:00Z";
                    break;
                }

            default:
                throw new CheckException($"column '{column.Name}' is not a timestamp or date column");
        }

        if (newest is not { } latest)
        {
            throw new CheckException($"column '{column.Name}' has no event times: every row is null");
        }

        var asOfMicroseconds = (context.AsOf.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        var age = (double)(asOfMicroseconds - latest) / 1e6;
        var asOf = context.AsOfSource switch
        {
            AsOfSource.Option => "--as-of",
            AsOfSource.CapturedAt => "the snapshot's captured_at",
            _ => "the clock",
        };
        var summary = age >= 0
            ? $"newest event {newestText} is {ValueFormat.Duration(age)} old at {ValueFormat.Instant(context.AsOf)} (as of {asOf})"
            : $"newest event {newestText} is {ValueFormat.Duration(-age)} after {ValueFormat.Instant(context.AsOf)} (as of {asOf}): check the clock of the producer";
        return new Measurement(age, Evidence.Of(summary));
    }
}
