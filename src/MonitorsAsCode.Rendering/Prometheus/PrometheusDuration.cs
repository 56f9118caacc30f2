using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>
/// Durations as Prometheus writes them: the largest units first, <c>30d</c>, <c>1h30m</c>, <c>5m</c> — the same text as
/// <see cref="DurationText.Format"/>, which definitions use, limited to what Prometheus accepts.
/// </summary>
public static class PrometheusDuration
{
    /// <summary>Formats <paramref name="duration"/> (whole seconds; at least one second).</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = Math.Round(duration.TotalSeconds);
        if (seconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A Prometheus duration must be at least one second.");
        }

        return DurationText.Format(seconds);
    }
}
