using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>The age, in seconds, of the newest event time in the current snapshot at the run's as-of instant.</summary>
public sealed class FreshnessCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Freshness;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var column = context.CurrentColumn();
        DateTimeOffset? newest = null;
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

                    if (max != long.MinValue)
                    {
                        newest = DateTimeOffset.UnixEpoch.AddTicks(max * 10);
                    }

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
                    if (max != int.MinValue)
                    {
                        newest = DateTimeOffset.UnixEpoch.AddDays(max + 1);
                    }

                    break;
                }

            default:
                throw new CheckException($"column '{column.Name}' is not a timestamp or date column");
        }

        if (newest is not { } latest)
        {
            throw new CheckException($"column '{column.Name}' has no event times: every row is null");
        }

        var age = (context.AsOf - latest).TotalSeconds;
        var asOf = context.AsOfSource switch
        {
            AsOfSource.Option => "--as-of",
            AsOfSource.CapturedAt => "the snapshot's captured_at",
            _ => "the clock",
        };
        var summary = age >= 0
            ? $"newest event {ValueFormat.Instant(latest)} is {ValueFormat.Duration(age)} old at {ValueFormat.Instant(context.AsOf)} (as of {asOf})"
            : $"newest event {ValueFormat.Instant(latest)} is {ValueFormat.Duration(-age)} after {ValueFormat.Instant(context.AsOf)} (as of {asOf}): check the clock of the producer";
        return new Measurement(age, Evidence.Of(summary));
    }
}
